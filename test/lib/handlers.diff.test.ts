// Differential test: the same tiny apps through CPython's wsgiref.handlers
// (test/lib/fixtures/handlers_diff.py, run with python3) and through
// lib/handlers.ts; the raw output bytes must match, except the Date line.
// The machine's python3 may be older than 3.14: the cases avoid what
// changed since (control characters in the status).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BaseCGIHandler, SimpleHandler } from '../../lib/handlers';
import { BytesIO, StringIO } from '../../lib/io';
import { decodeLatin1, encodeLatin1 } from '../../lib/latin1';
import type { HeaderPair, WSGIApplication, WSGIEnvironment } from '../../lib/types';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

const BASE_ENVIRON: WSGIEnvironment = {
  SERVER_PROTOCOL: 'HTTP/1.0',
  REQUEST_METHOD: 'GET',
  SERVER_NAME: 'localhost',
  SERVER_PORT: '8000',
  SCRIPT_NAME: '',
  PATH_INFO: '/',
  QUERY_STRING: '',
};
const text = (): HeaderPair[] => [['Content-Type', 'text/plain']];

const hello: WSGIApplication = (e, s) => {
  s('200 OK', text());
  return [bytes('Hello, world!')];
};
const errorBefore: WSGIApplication = () => {
  throw new Error('boom');
};
const echo: WSGIApplication = (e, s) => {
  s('200 OK', text());
  const keys = ['REQUEST_METHOD', 'PATH_INFO', 'SERVER_SOFTWARE', 'wsgi.url_scheme'];
  const show = (value: unknown) => (value === undefined ? 'None' : String(value));
  return [encodeLatin1(keys.map((k) => `${k}=${show(e[k])}`).join(' '))];
};

type HandlerClass = typeof SimpleHandler | typeof BaseCGIHandler;
type Case = [WSGIApplication, HandlerClass, WSGIEnvironment, Partial<SimpleHandler>];

const CASES: Record<string, Case> = {
  hello: [hello, SimpleHandler, {}, {}],
  hello_dated: [
    (e, s) => {
      s('200 OK', [...text(), ['Date', 'Mon, 05 Jun 2006 18:49:54 GMT']]);
      return [bytes('Hello, world!')];
    },
    SimpleHandler, {}, {},
  ],
  multi: [
    (e, s) => {
      s('200 OK', text());
      return [bytes('a'), bytes('bc')];
    },
    SimpleHandler, {}, {},
  ],
  generator: [
    function* (e, s) {
      s('200 OK', text());
      yield bytes('x');
      yield bytes('yz');
    },
    SimpleHandler, {}, {},
  ],
  write_call: [
    (e, s) => {
      s('200 OK', text())(bytes('first '));
      return [bytes('second')];
    },
    SimpleHandler, {}, {},
  ],
  empty: [
    (e, s) => {
      s('200 OK', text());
      return [];
    },
    SimpleHandler, {}, {},
  ],
  empty_chunks: [
    (e, s) => {
      s('200 OK', text());
      return [bytes(''), bytes('abc')];
    },
    SimpleHandler, {}, {},
  ],
  single_empty: [
    (e, s) => {
      s('200 OK', text());
      return [bytes('')];
    },
    SimpleHandler, {}, {},
  ],
  head: [
    (e, s) => {
      s('200 OK', [...text(), ['Content-Length', '12345']]);
      return [];
    },
    SimpleHandler, { REQUEST_METHOD: 'HEAD' }, {},
  ],
  error_before: [errorBefore, SimpleHandler, {}, {}],
  error_after_start: [
    (e, s) => {
      s('200 OK', text());
      throw new Error('boom');
    },
    SimpleHandler, {}, {},
  ],
  error_after_output: [
    (e, s) => {
      s('200 OK', text())(bytes('partial'));
      throw new Error('boom');
    },
    SimpleHandler, {}, {},
  ],
  error_in_iter: [
    function* (e, s) {
      s('200 OK', text());
      yield bytes('a');
      throw new Error('boom');
    },
    SimpleHandler, {}, {},
  ],
  restart_exc_info: [
    (e, s) => {
      s('200 OK', [['Content-Type', 'text/html']]);
      try {
        throw new Error('boom');
      } catch (error) {
        s('503 Service Unavailable', text(), error);
        return [bytes('later')];
      }
    },
    SimpleHandler, {}, {},
  ],
  latin1_values: [
    (e, s) => {
      s('200 Olé', [...text(), ['X-Nombre', 'café']]);
      return [bytes('año')];
    },
    SimpleHandler, {}, {},
  ],
  bad_status_space: [badStatus('200OK'), SimpleHandler, {}, {}],
  bad_status_short: [badStatus('200'), SimpleHandler, {}, {}],
  bad_status_digits: [badStatus('2x0 OK'), SimpleHandler, {}, {}],
  hop_by_hop: [
    (e, s) => {
      s('200 OK', [...text(), ['Connection', 'close']]);
      return [bytes('x')];
    },
    SimpleHandler, {}, {},
  ],
  write_str: [
    (e, s) => {
      s('200 OK', text())('text' as unknown as Uint8Array);
      return [];
    },
    SimpleHandler, {}, {},
  ],
  yield_str: [
    (e, s) => {
      s('200 OK', text());
      return ['text' as unknown as Uint8Array];
    },
    SimpleHandler, {}, {},
  ],
  second_start: [
    (e, s) => {
      s('200 OK', text());
      s('404 Not Found', text());
      return [bytes('x')];
    },
    SimpleHandler, {}, {},
  ],
  no_content_type: [
    (e, s) => {
      s('204 No Content', []);
      return [];
    },
    SimpleHandler, {}, {},
  ],
  file_wrapper: [
    (e, s) => {
      s('200 OK', text());
      const wrap = e['wsgi.file_wrapper'] as (f: BytesIO, n: number) => Iterable<Uint8Array>;
      return wrap(new BytesIO(bytes('abcdefghij')), 4);
    },
    SimpleHandler, {}, {},
  ],
  http09: [hello, SimpleHandler, { SERVER_PROTOCOL: 'HTTP/0.9' }, {}],
  http11: [hello, SimpleHandler, { SERVER_PROTOCOL: 'HTTP/1.1' }, { httpVersion: '1.1' }],
  server_software: [echo, SimpleHandler, {}, { serverSoftware: 'Demo/1.0' }],
  https_echo: [echo, SimpleHandler, { HTTPS: 'on', REQUEST_METHOD: 'POST' }, {}],
  cgi_hello: [hello, BaseCGIHandler, {}, {}],
  cgi_error: [errorBefore, BaseCGIHandler, {}, {}],
  cgi_software: [echo, BaseCGIHandler, {}, { serverSoftware: 'Demo/1.0' }],
};

function badStatus(status: string): WSGIApplication {
  return (e, s) => {
    s(status, text());
    return [bytes('x')];
  };
}

function runHere([app, Handler, extra, attributes]: Case) {
  const out = new BytesIO();
  const err = new StringIO();
  const handler = new Handler(new BytesIO(), out, err, { ...BASE_ENVIRON, ...extra });
  handler.osEnviron = {};
  Object.assign(handler, attributes);
  handler.run(app);
  return { out: out.getvalue(), err: err.getvalue() !== '' };
}

/** Drops the Date line that BaseHandler adds (its value is the current time). */
function withoutDate(output: Uint8Array): string {
  return decodeLatin1(output).replace(
    /\r\nDate: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/,
    '\r\n',
  );
}

const KNOWN_DIFFERENCES: Record<string, Case> = {
  // Python finds out when encoding the header block, after the status
  // line and Date went out: the response is cut mid-headers. The port
  // refuses it in startResponse, so the client gets a clean 500.
  non_latin1_header: [
    (e, s) => {
      s('200 OK', [...text(), ['X-Snow', '\u2603']]);
      return [bytes('x')];
    },
    SimpleHandler, {}, {},
  ],
  // CPython 3.14 refuses control characters in the status (a 500); older
  // versions send them raw. The port follows 3.14.
  status_control: [badStatus('200 OK\x01'), SimpleHandler, {}, {}],
};

interface PythonResults {
  [name: string]: { out: string; err: boolean } | number[];
}

function pythonCase(python: PythonResults, name: string) {
  const result = python[name] as { out: string; err: boolean };
  return { out: new Uint8Array(Buffer.from(result.out, 'base64')), err: result.err };
}

function runPython(): PythonResults {
  const script = join(here, 'fixtures', 'handlers_diff.py');
  const result = spawnSync('python3', [script], { encoding: 'utf8' });
  assert.equal(result.error, undefined, 'python3 is needed for this differential test');
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('handlers: same bytes as CPython wsgiref.handlers, case by case', () => {
  const python = runPython();
  const names = [...Object.keys(CASES), ...Object.keys(KNOWN_DIFFERENCES), 'python_version'];
  assert.deepEqual(Object.keys(python).sort(), names.sort(), 'the two case lists match');
  for (const [name, testCase] of Object.entries(CASES)) {
    const expected = pythonCase(python, name);
    const actual = runHere(testCase);
    assert.equal(withoutDate(actual.out), withoutDate(expected.out), name);
    assert.equal(actual.err, expected.err, `${name}: something logged to stderr`);
  }
});

const SERVER_ERROR =
  'HTTP/1.0 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 59\r\n\r\n' +
  'A server error occurred.  Please contact the administrator.';

test('handlers: the known differences with CPython are the documented ones', () => {
  const python = runPython();
  const [major, minor] = python.python_version as number[];

  const snow = pythonCase(python, 'non_latin1_header');
  assert.equal(withoutDate(snow.out), 'HTTP/1.0 200 OK\r\n', 'Python cuts the response');
  assert.equal(snow.err, true);
  assert.equal(withoutDate(runHere(KNOWN_DIFFERENCES.non_latin1_header).out), SERVER_ERROR);

  const control = pythonCase(python, 'status_control');
  const ours = runHere(KNOWN_DIFFERENCES.status_control);
  assert.equal(withoutDate(ours.out), SERVER_ERROR);
  if (major > 3 || (major === 3 && minor >= 14)) {
    assert.equal(withoutDate(control.out), SERVER_ERROR);
  } else {
    assert.match(decodeLatin1(control.out), /^HTTP\/1\.0 200 OK\x01\r\n/);
  }
});

test('handlers: the Date line is where CPython puts it', () => {
  const python = runPython();
  const pattern = /^HTTP\/1\.0 200 OK\r\nDate: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/;
  assert.match(decodeLatin1(pythonCase(python, 'hello').out), pattern);
  // Content-Type is set by the app, so Date goes right after the status line.
  const ours = decodeLatin1(runHere(CASES.hello).out);
  assert.match(ours, pattern);
});
