// Differential test: the same tiny apps through CPython 3.14's
// wsgiref.handlers (test/python/fixtures/handlers_diff.py, run in Pyodide)
// and through the port's handlers; the raw output bytes must match, except
// the Date line. The one known difference is declared in
// KNOWN_DIFFERENCES, with its reason, and checked as such.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  BaseCGIHandler,
  BytesIO,
  SimpleHandler,
  StringIO,
  type HeaderPair,
  type WSGIApplication,
  type WSGIEnvironment,
} from '../../lib/index';
import { cpython } from './cpython';
import { KNOWN_DIFFERENCES, assertObservedBuild } from './known-differences';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);
const encodeLatin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const decodeLatin1 = (data: Uint8Array): string => Buffer.from(data).toString('latin1');

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

/** Every environ key the handler set, and the wsgi.* values, as Python's str() shows them. */
const environFlags: WSGIApplication = (e, s) => {
  s('200 OK', text());
  const show = (value: unknown) =>
    typeof value === 'boolean' ? (value ? 'True' : 'False') : Array.isArray(value) ? `(${value.join(', ')})` : String(value);
  const flags = ['wsgi.version', 'wsgi.multithread', 'wsgi.multiprocess', 'wsgi.run_once', 'wsgi.url_scheme'];
  return [encodeLatin1([Object.keys(e).sort().join(','), ...flags.map((k) => `${k}=${show(e[k])}`)].join('\n'))];
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
  environ_simple: [environFlags, SimpleHandler, {}, {}],
  environ_cgi: [environFlags, BaseCGIHandler, {}, {}],
  environ_origin_software: [environFlags, SimpleHandler, {}, { serverSoftware: 'Demo/1.0' }],
  environ_cgi_software: [environFlags, BaseCGIHandler, {}, { serverSoftware: 'Demo/1.0' }],
};

// CPython's HandlerTests.testHeaderFormats as a matrix: SERVER_PROTOCOL,
// http_version, origin_server and server_software decide the status line
// (or Status header) and the Server and Date lines.
for (const software of ['FooBar/1.0', null]) {
  for (const version of ['1.0', '1.1']) {
    for (const protocol of ['HTTP/0.9', 'HTTP/1.0', 'HTTP/1.1']) {
      for (const origin of [true, false]) {
        const name = `format_${protocol}_${version}_${origin ? 'origin' : 'cgi'}_${software ?? 'none'}`;
        const attributes = { originServer: origin, httpVersion: version, serverSoftware: software };
        CASES[name] = [hello, SimpleHandler, { SERVER_PROTOCOL: protocol }, attributes];
      }
    }
  }
}

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

/** Cases that meet a difference declared in known-differences.ts. */
const DECLARED: Record<string, Case> = {
  non_latin1_header: [
    (e, s) => {
      s('200 OK', [...text(), ['X-Snow', '\u2603']]);
      return [bytes('x')];
    },
    SimpleHandler, {}, {},
  ],
  status_control: [badStatus('200 OK\x01'), SimpleHandler, {}, {}],
  header_control: [
    (e, s) => {
      s('200 OK', [...text(), ['X-Bad', 'a\r\nInjected: 1']]);
      return [bytes('x')];
    },
    SimpleHandler, {}, {},
  ],
};

type PythonResults = Record<string, { out: string; err: boolean }>;

function pythonCase(python: PythonResults, name: string) {
  const result = python[name]!;
  return { out: new Uint8Array(Buffer.from(result.out, 'base64')), err: result.err };
}

/** Every case of handlers_diff.py, run once in CPython 3.14 for the whole file. */
let python: PythonResults;
before(async () => {
  const interpreter = await cpython();
  interpreter.loadModule('handlers_diff', join(here, 'fixtures', 'handlers_diff.py'));
  python = JSON.parse(String(interpreter.run('import handlers_diff\nhandlers_diff.results()').value));
});

test('handlers: same bytes as CPython 3.14 wsgiref.handlers, case by case', () => {
  const names = [...Object.keys(CASES), ...Object.keys(DECLARED)];
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

test('handlers: declared difference nonLatin1Header (Python cuts the response, the port sends a 500)', () => {
  const snow = pythonCase(python, 'non_latin1_header');
  assert.equal(withoutDate(snow.out), 'HTTP/1.0 200 OK\r\n', KNOWN_DIFFERENCES.nonLatin1Header.python);
  assert.equal(snow.err, true);
  assert.equal(withoutDate(runHere(DECLARED.non_latin1_header!).out), SERVER_ERROR);
});

test('handlers: declared difference statusControlCharacters (3.14.2 sends them, the port sends a 500)', async () => {
  assertObservedBuild(await cpython(), 'statusControlCharacters');
  const sent = withoutDate(pythonCase(python, 'status_control').out);
  assert.equal(sent, 'HTTP/1.0 200 OK\x01\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nx');
  assert.equal(withoutDate(runHere(DECLARED.status_control!).out), SERVER_ERROR);
});

test('handlers: declared difference headerControlCharacters (3.14.2 sends them, the port sends a 500)', async () => {
  assertObservedBuild(await cpython(), 'headerControlCharacters');
  const sent = withoutDate(pythonCase(python, 'header_control').out);
  assert.match(sent, /\r\nX-Bad: a\r\nInjected: 1\r\n/, 'CPython 3.14.2 lets the header be injected');
  const ours = runHere(DECLARED.header_control!);
  assert.equal(withoutDate(ours.out), SERVER_ERROR);
  assert.equal(ours.err, true);
});

test('handlers: the Date line is where CPython puts it', () => {
  const pattern = /^HTTP\/1\.0 200 OK\r\nDate: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/;
  assert.match(decodeLatin1(pythonCase(python, 'hello').out), pattern);
  // Content-Type is set by the app, so Date goes right after the status line.
  const ours = decodeLatin1(runHere(CASES.hello).out);
  assert.match(ours, pattern);
});
