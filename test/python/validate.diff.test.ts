// Differential test of the validator: the same scenarios (a broken
// environ, a bad status or header, a body of the wrong type...) through
// CPython 3.14's wsgiref.validate.validator (fixtures/validate_diff.py, in
// Pyodide) and through the port's validator. Both must fail in the same
// cases, with the same message (the port's English half; Python's text),
// warn the same, and pass the same body. Where Python fails with
// something other than its AssertionError, the difference is declared in
// known-differences.ts and each such case is checked in PYTHON_CRASHES.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';

import {
  setupTestingDefaults,
  validator,
  type HeaderPair,
  type ResponseIterable,
  type WSGIApplication,
  type WSGIEnvironment,
  type InputStream,
} from '../../lib/index';
import { REPO_ROOT, cpython } from './cpython';
import { type DifferenceName, KNOWN_DIFFERENCES } from './known-differences';

type Spec = string | number | boolean | null | { str: string } | { int: number } | { tuple: Spec[] } | Spec[];

interface Scenario {
  set?: Record<string, Spec>;
  delete?: string[];
  status?: Spec;
  headers?: Spec;
  write?: Spec[];
  read?: number[];
  body?: Spec[] | { str: string } | null;
}

interface Outcome {
  /** [type name, message] of the error, or null. */
  error: [string, string] | null;
  warnings: string[];
  body: string;
}

const str = (text: string) => ({ str: text });
const int = (n: number) => ({ int: n });

const SCENARIOS: Record<string, Scenario> = {
  'a correct app': {},
  'several chunks and write()': { write: ['a', 'b'], body: ['c', '', 'd'] },
  'an empty body': { body: [] },
  'missing REQUEST_METHOD': { delete: ['REQUEST_METHOD'] },
  'missing SERVER_NAME': { delete: ['SERVER_NAME'] },
  'missing wsgi.input': { delete: ['wsgi.input'] },
  'missing wsgi.run_once': { delete: ['wsgi.run_once'] },
  'HTTP_CONTENT_TYPE in the environ': { set: { HTTP_CONTENT_TYPE: 'text/plain' } },
  'HTTP_CONTENT_LENGTH in the environ': { set: { HTTP_CONTENT_LENGTH: '3' } },
  'a CGI variable that is not a string': { set: { SERVER_PORT: int(80) } },
  'wsgi.url_scheme ftp': { set: { 'wsgi.url_scheme': 'ftp' } },
  'missing QUERY_STRING (a warning)': { delete: ['QUERY_STRING'] },
  'unknown method (a warning)': { set: { REQUEST_METHOD: 'BREW' } },
  'SCRIPT_NAME without a leading /': { set: { SCRIPT_NAME: 'app' } },
  'PATH_INFO without a leading /': { set: { PATH_INFO: 'x' } },
  'SCRIPT_NAME is /': { set: { SCRIPT_NAME: '/' } },
  'negative CONTENT_LENGTH': { set: { CONTENT_LENGTH: '-1' } },
  'CONTENT_LENGTH 0 and 12': { set: { CONTENT_LENGTH: '12' } },
  'status too short': { status: '200' },
  'status without a space': { status: '200OK' },
  'status code 099': { status: '099 Odd' },
  'status that is not a string': { status: int(200) },
  'status with only a code and space (a warning)': { status: '200 ' },
  // Python's whitespace is not JavaScript's: str.split() also splits at
  // \x1c-\x1f and \x85; int() strips \x85 (not \x1c-\x1f).
  'status with \\x1c after the code (a warning)': { status: '200\x1cOK' },
  'status with \\x85 after the code (a warning)': { status: '200\x85OK' },
  'status starting with \\x1f (a warning)': { status: '\x1f200 OK' },
  'CONTENT_LENGTH with \\x85 and \\v around': { set: { CONTENT_LENGTH: '\x8512\x0b' } },
  'headers not a list': { headers: str('Content-Type: text/plain') },
  'a header that is not a pair': { headers: [['Content-Type', 'text/plain', 'x']] },
  'a Status header': { headers: [['Content-Type', 'text/plain'], ['Status', '200']] },
  'a header name with a colon': { headers: [['Content-Type', 'text/plain'], ['X:Y', '1']] },
  'a header name ending in -': { headers: [['Content-Type', 'text/plain'], ['X-', '1']] },
  'a header value with a newline': { headers: [['Content-Type', 'text/plain'], ['X-A', 'a\nb']] },
  'a header value that is not a string': { headers: [['Content-Type', 'text/plain'], ['X-A', int(1)]] },
  'no Content-Type': { headers: [] },
  'Content-Type with 204': { status: '204 No Content', headers: [['Content-Type', 'text/plain']], body: [] },
  '304 without Content-Type': { status: '304 Not Modified', headers: [], body: [] },
  'write() a str': { write: [str('text')] },
  'a str in the body': { body: [str('text')] },
  'the body is a str': { body: str('text') },
  'the body is None': { body: null },
  'read() with no argument': { read: [] },
  'read() with two arguments': { read: [1, 2] },
  'read(0)': { read: [0] },
};

/**
 * Where CPython's validator does not get to its assertion: an exception
 * of another type escapes first (the declared differences named here).
 * Python's exception is checked exactly, and what the port does instead.
 */
interface PythonCrash {
  difference: DifferenceName;
  scenario: Scenario;
  python: [string, string];
  /** The port's message, or /^$/ when the port accepts the environ. */
  port: RegExp;
}
const PYTHON_CRASHES: Record<string, PythonCrash> = {
  'CONTENT_LENGTH abc': {
    difference: 'validatorIntConversion',
    scenario: { set: { CONTENT_LENGTH: 'abc' } },
    python: ['ValueError', "invalid literal for int() with base 10: 'abc'"],
    port: /Invalid CONTENT_LENGTH: 'abc'/,
  },
  'CONTENT_LENGTH with \\x1c around (not whitespace to int())': {
    difference: 'validatorIntConversion',
    scenario: { set: { CONTENT_LENGTH: '\x1c12' } },
    python: ['ValueError', "invalid literal for int() with base 10: '\\x1c12'"],
    port: /Invalid CONTENT_LENGTH: '\\x1c12'/,
  },
  'CONTENT_LENGTH 1.0': {
    difference: 'validatorIntConversion',
    scenario: { set: { CONTENT_LENGTH: '1.0' } },
    python: ['ValueError', "invalid literal for int() with base 10: '1.0'"],
    port: /Invalid CONTENT_LENGTH: '1\.0'/,
  },
  'neither SCRIPT_NAME nor PATH_INFO': {
    difference: 'validatorScriptNameOrPathInfo',
    scenario: { delete: ['SCRIPT_NAME', 'PATH_INFO'] },
    python: ['KeyError', "'SCRIPT_NAME'"],
    port: /One of SCRIPT_NAME or PATH_INFO are required/,
  },
  'status code not digits': {
    difference: 'validatorIntConversion',
    scenario: { status: '2x0 OK' },
    python: ['ValueError', "invalid literal for int() with base 10: '2x0'"],
    port: /\/ invalid literal for int\(\) with base 10: '2x0'\.$/,
  },
  'no SCRIPT_NAME, PATH_INFO present (accepted by the port)': {
    difference: 'validatorScriptNameOrPathInfo',
    scenario: { delete: ['SCRIPT_NAME'] },
    python: ['KeyError', "'SCRIPT_NAME'"],
    port: /^$/,
  },
  'SCRIPT_NAME /app, no PATH_INFO (accepted by the port)': {
    difference: 'validatorScriptNameOrPathInfo',
    scenario: { set: { SCRIPT_NAME: '/app' }, delete: ['PATH_INFO'] },
    python: ['KeyError', "'PATH_INFO'"],
    port: /^$/,
  },
};

// ---------------------------------------------------------------- the port's twin

function value(spec: Spec): unknown {
  if (Array.isArray(spec)) return spec.map(value);
  if (spec !== null && typeof spec === 'object') {
    if ('str' in spec) return spec.str;
    if ('int' in spec) return spec.int;
    if ('tuple' in spec) return Object.freeze(spec.tuple.map(value)); // not a list to the port either
  }
  return spec;
}

function chunk(spec: Spec): unknown {
  return typeof spec === 'string' ? new Uint8Array(Buffer.from(spec, 'latin1')) : value(spec);
}

function makeEnviron(scenario: Scenario): WSGIEnvironment {
  const environ: WSGIEnvironment = { QUERY_STRING: '' };
  setupTestingDefaults(environ);
  for (const [key, spec] of Object.entries(scenario.set ?? {})) environ[key] = value(spec);
  for (const key of scenario.delete ?? []) delete environ[key];
  return environ;
}

function makeApp(scenario: Scenario): WSGIApplication {
  return (environ, startResponse) => {
    const headers = value(scenario.headers ?? [['Content-Type', 'text/plain']]) as HeaderPair[];
    const write = startResponse(value(scenario.status ?? '200 OK') as string, headers);
    for (const part of scenario.write ?? []) write(chunk(part) as Uint8Array);
    if (scenario.read) (environ['wsgi.input'] as InputStream).read(...(scenario.read as [number]));
    const body = scenario.body === undefined ? ['ok'] : scenario.body;
    if (body === null) return null as unknown as ResponseIterable;
    if (!Array.isArray(body)) return chunk(body) as ResponseIterable;
    return body.map(chunk) as Uint8Array[];
  };
}

function runHere(scenario: Scenario): Outcome {
  const received: Uint8Array[] = [];
  const outcome: Outcome = { error: null, warnings: [], body: '' };
  try {
    const environ = makeEnviron(scenario);
    const app = validator(makeApp(scenario), {
      onWarning: (warning) => outcome.warnings.push(warning.message),
      onUnclosed: (error) => outcome.warnings.push(error.message),
    });
    const result = app(environ, () => (data: Uint8Array) => void received.push(data));
    for (const part of result) received.push(part);
    (result as { close(): void }).close();
  } catch (error) {
    const e = error as Error;
    outcome.error = [e.name, e.message];
  }
  outcome.body = Buffer.concat(received).toString('latin1');
  return outcome;
}

/** The English half of a port message ("español / English"). */
function english(message: string): string {
  const at = message.indexOf(' / ');
  return at < 0 ? message : message.slice(at + 3);
}

/**
 * A message as both sides can say it: the port ends its sentences with a
 * period, and names JavaScript types where Python shows `<class 'int'>`,
 * so the comparison stops at the first type name.
 */
function comparable(message: string): string {
  const typeAt = message.search(/<class '|\b(number|string|boolean|object|undefined|function)\b(?= \(|\.?$)/);
  return (typeAt < 0 ? message : message.slice(0, typeAt)).replace(/\.$/, '');
}

// ---------------------------------------------------------------- the tests

let python: Record<string, Outcome>;
before(async () => {
  const interpreter = await cpython();
  interpreter.loadModule('validate_diff', join(REPO_ROOT, 'test', 'python', 'fixtures', 'validate_diff.py'));
  const all = { ...SCENARIOS, ...Object.fromEntries(Object.entries(PYTHON_CRASHES).map(([k, v]) => [k, v.scenario])) };
  const code = 'import validate_diff\nvalidate_diff.results(scenarios)';
  python = JSON.parse(String(interpreter.run(code, { globals: { scenarios: JSON.stringify(all) } }).value));
});

test(`validate: same verdicts as CPython 3.14's validator, ${Object.keys(SCENARIOS).length} scenarios`, async (t) => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    await t.test(name, () => {
      const expected = python[name]!;
      const actual = runHere(scenario);
      assert.equal(actual.body, expected.body, 'body');
      assert.deepEqual(actual.warnings.map((w) => comparable(english(w))), expected.warnings.map(comparable), 'warnings');
      if (expected.error === null) {
        assert.equal(actual.error, null, 'no error');
      } else {
        assert.equal(expected.error[0], 'AssertionError', `Python's error: ${expected.error.join(': ')}`);
        assert.ok(actual.error, `the port fails too (Python: ${expected.error[1]})`);
        assert.equal(actual.error[0], 'WSGIAssertionError');
        // A bare `assert` in Python has no message; the port always explains.
        if (expected.error[1] !== '') {
          assert.equal(comparable(english(actual.error[1])), comparable(expected.error[1]), 'message');
        }
      }
    });
  }
});

test('validate: declared differences where CPython crashes before its check', async (t) => {
  for (const [name, { difference, scenario, python: crash, port }] of Object.entries(PYTHON_CRASHES)) {
    await t.test(`${name} (${difference})`, () => {
      assert.deepEqual(python[name]!.error, crash, `Python: ${KNOWN_DIFFERENCES[difference].python}`);
      const actual = runHere(scenario);
      if (port.source === '^$') assert.equal(actual.error, null, 'the port accepts it');
      else assert.match(actual.error?.[1] ?? '', port, 'the port');
    });
  }
});
