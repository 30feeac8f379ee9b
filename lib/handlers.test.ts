// Port of CPython's Lib/test/test_wsgiref.py HandlerTests (and the handler
// parts of IntegrationTests), plus the TypeScript-specific behaviours.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  BaseCGIHandler,
  BaseHandler,
  formatDateTime,
  readEnviron,
  SimpleHandler,
} from './handlers';
import { BytesIO, StringIO } from './io';
import { decodeLatin1, encodeLatin1 } from './internal/latin1';
import type {
  ErrorStream,
  InputStream,
  OutputStream,
  ResponseIterable,
  StartResponse,
  WSGIApplication,
  WSGIEnvironment,
} from './types';
import { FileWrapper, setupTestingDefaults } from './util';

const here = dirname(fileURLToPath(import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => encodeLatin1(text);

function withDefaults(environ: WSGIEnvironment): WSGIEnvironment {
  setupTestingDefaults(environ);
  return environ;
}

/** CPython's ErrorHandler: a BaseCGIHandler on in-memory streams. */
class ErrorHandler extends BaseCGIHandler {
  // The environment as of now, not as of import time (see CPython's comment).
  override osEnviron: WSGIEnvironment = { ...process.env };

  constructor(environ: WSGIEnvironment = {}) {
    super(new BytesIO(), new BytesIO(), new StringIO(), withDefaults(environ), true, true);
  }

  get out(): Uint8Array {
    return (this.stdout as BytesIO).getvalue();
  }

  get err(): string {
    return (this.stderr as StringIO).getvalue();
  }
}

/** CPython's TestHandler: errors pass through instead of becoming a 500. */
class TestHandler extends ErrorHandler {
  override handleError(error: unknown): void {
    throw error;
  }
}

const helloApp: WSGIApplication = (environ, startResponse) => {
  startResponse('200 OK', [
    ['Content-Type', 'text/plain'],
    ['Date', 'Mon, 05 Jun 2006 18:49:54 GMT'],
  ]);
  return [bytes('Hello, world!')];
};

function assertionError(message: string): Error {
  const error = new Error(message);
  error.name = 'AssertionError';
  return error;
}

test('testEnviron: os environ, CGI vars and wsgi.* keys', () => {
  const osEnviron = {
    HOME: '/my/home',
    PATH: '/my/path',
    LANG: 'fr_FR.UTF-8',
    SCRIPT_NAME: 'test_script_name',
    SERVER_NAME: 'test_server_name',
  };
  const handler = new TestHandler({ X: 'Y', HOME: '/override/home' });
  handler.osEnviron = osEnviron;
  handler.setupEnviron();
  const environ = handler.environ as WSGIEnvironment;

  assert.equal(environ['wsgi.version'], handler.wsgiVersion);
  assert.equal(environ['wsgi.multithread'], handler.wsgiMultithread);
  assert.equal(environ['wsgi.multiprocess'], handler.wsgiMultiprocess);
  assert.equal(environ['wsgi.run_once'], handler.wsgiRunOnce);
  // PEP 3333 calls wsgi.file_wrapper as a function: it builds FileWrappers.
  const factory = environ['wsgi.file_wrapper'] as (f: BytesIO, n?: number) => unknown;
  assert.equal(typeof factory, 'function');
  assert.ok(factory(new BytesIO()) instanceof FileWrapper);

  const expected: WSGIEnvironment = {};
  setupTestingDefaults(expected);
  for (const [key, value] of Object.entries(osEnviron)) {
    if (!(key in expected)) expected[key] = value;
  }
  Object.assign(expected, {
    X: 'Y',
    HOME: '/override/home',
    SCRIPT_NAME: '',
    SERVER_NAME: '127.0.0.1',
    'wsgi.input': handler.getStdin(),
    'wsgi.errors': handler.getStderr(),
    'wsgi.version': [1, 0],
    'wsgi.run_once': false,
    'wsgi.url_scheme': 'http',
    'wsgi.multithread': true,
    'wsgi.multiprocess': true,
    'wsgi.file_wrapper': factory,
  });
  assert.deepEqual(environ, expected);
});

test('testCGIEnviron: the wsgi keys exist even with null streams', () => {
  const none = null as unknown;
  const h = new BaseCGIHandler(none as InputStream, none as OutputStream, none as ErrorStream, {});
  h.setupEnviron();
  for (const key of ['wsgi.url_scheme', 'wsgi.input', 'wsgi.errors']) {
    assert.ok(key in (h.environ as WSGIEnvironment), key);
  }
});

test('testScheme: HTTPS=on gives https', () => {
  let h = new TestHandler({ HTTPS: 'on' });
  h.setupEnviron();
  assert.equal(h.environ?.['wsgi.url_scheme'], 'https');
  h = new TestHandler();
  h.setupEnviron();
  assert.equal(h.environ?.['wsgi.url_scheme'], 'http');
});

test('testAbstractMethods: BaseHandler leaves the I/O to subclasses', () => {
  const h = new BaseHandler();
  const calls: [string, () => unknown][] = [
    ['_flush', () => h._flush()],
    ['getStdin', () => h.getStdin()],
    ['getStderr', () => h.getStderr()],
    ['addCgiVars', () => h.addCgiVars()],
    ['_write', () => h._write(bytes('test'))],
  ];
  for (const [name, call] of calls) {
    assert.throws(call, { name: 'NotImplementedError' }, name);
  }
});

test('testContentLength: only a one-block result gets a length', () => {
  const app1: WSGIApplication = (e, s) => {
    s('200 OK', []);
    return [latin1(e['wsgi.url_scheme'] as string)];
  };
  const app2: WSGIApplication = (e, s) => {
    s('200 OK', [])(latin1(e['wsgi.url_scheme'] as string));
    return [];
  };
  const app3: WSGIApplication = (e, s) => {
    s('200 OK', []);
    return [bytes('\u0442\u0435\u0441\u0442')];
  };
  const app4: WSGIApplication = (e, s) => {
    // A response to HEAD: the app's Content-Length stays.
    s('200 OK', [['Content-Length', '12345']]);
    return [];
  };

  let h = new TestHandler();
  h.run(app1);
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\nContent-Length: 4\r\n\r\nhttp'));

  h = new TestHandler();
  h.run(app2);
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\n\r\nhttp'));

  h = new TestHandler();
  h.run(app3);
  assert.deepEqual(
    h.out,
    new Uint8Array([
      ...latin1('Status: 200 OK\r\nContent-Length: 8\r\n\r\n'),
      0xd1, 0x82, 0xd0, 0xb5, 0xd1, 0x81, 0xd1, 0x82,
    ]),
  );

  h = new TestHandler();
  h.run(app4);
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\nContent-Length: 12345\r\n\r\n'));
});

test('Content-Length: anything whose length is 1 counts, like len() in Python', () => {
  const oneBlock = { length: 1, *[Symbol.iterator]() { yield bytes('abc'); } };
  const generator = function* () { yield bytes('abc'); };
  let h = new TestHandler();
  h.run((e, s) => {
    s('200 OK', []);
    return oneBlock;
  });
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\nContent-Length: 3\r\n\r\nabc'));
  h = new TestHandler();
  h.run((e, s) => {
    s('200 OK', []);
    return generator();
  });
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\n\r\nabc'));
});

test('testBasicErrorOutput: an error before output becomes a 500', () => {
  const nonErrorApp: WSGIApplication = (e, s) => {
    s('200 OK', []);
    return [];
  };
  const errorApp: WSGIApplication = () => {
    throw assertionError('This should be caught by handler');
  };

  let h = new ErrorHandler();
  h.run(nonErrorApp);
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\nContent-Length: 0\r\n\r\n'));
  assert.equal(h.err, '');

  h = new ErrorHandler();
  h.run(errorApp);
  const expected = new Uint8Array([
    ...latin1(
      `Status: ${h.errorStatus}\r\nContent-Type: text/plain\r\n` +
        `Content-Length: ${h.errorBody.length}\r\n\r\n`,
    ),
    ...h.errorBody,
  ]);
  assert.deepEqual(h.out, expected);
  assert.match(h.err, /AssertionError/);
});

test('the error defaults are wsgiref\'s', () => {
  const h = new BaseHandler();
  assert.equal(h.errorStatus, '500 Internal Server Error');
  assert.deepEqual(h.errorHeaders, [['Content-Type', 'text/plain']]);
  assert.equal(decodeLatin1(h.errorBody), 'A server error occurred.  Please contact the administrator.');
  assert.equal(h.httpVersion, '1.0');
  assert.equal(h.originServer, true);
  assert.equal(h.wsgiMultithread, true);
  assert.equal(h.wsgiMultiprocess, true);
  assert.equal(h.wsgiRunOnce, false);
  const s = new SimpleHandler(new BytesIO(), new BytesIO(), new StringIO(), {});
  assert.equal(s.wsgiMultithread, true);
  assert.equal(s.wsgiMultiprocess, false);
});

test('testErrorAfterOutput: the response is just cut short', () => {
  const MSG = bytes('Some output has been sent');
  const errorApp: WSGIApplication = (e, s) => {
    s('200 OK', [])(MSG);
    throw assertionError('This should be caught by handler');
  };
  const h = new ErrorHandler();
  h.run(errorApp);
  assert.deepEqual(h.out, new Uint8Array([...latin1('Status: 200 OK\r\n\r\n'), ...MSG]));
  assert.match(h.err, /AssertionError/);
});

test('testHeaderFormats: CGI, HTTP/1.x and HTTP/0.9 preambles', () => {
  const nonErrorApp: WSGIApplication = (e, s) => {
    s('200 OK', []);
    return [];
  };
  const shortpat = 'Status: 200 OK\r\nContent-Length: 0\r\n\r\n';
  for (const ssw of ['FooBar/1.0', null]) {
    const sw = ssw ? `Server: ${ssw}\\r\\n` : '';
    for (const version of ['1.0', '1.1']) {
      for (const proto of ['HTTP/0.9', 'HTTP/1.0', 'HTTP/1.1']) {
        let h = new TestHandler({ SERVER_PROTOCOL: proto });
        h.originServer = false;
        h.httpVersion = version;
        h.serverSoftware = ssw;
        h.run(nonErrorApp);
        assert.equal(decodeLatin1(h.out), shortpat);

        h = new TestHandler({ SERVER_PROTOCOL: proto });
        h.originServer = true;
        h.httpVersion = version;
        h.serverSoftware = ssw;
        h.run(nonErrorApp);
        if (proto === 'HTTP/0.9') {
          assert.equal(h.out.length, 0);
        } else {
          const stdpat = new RegExp(
            `^HTTP/${version.replace('.', '\\.')} 200 OK\\r\\n` +
              'Date: \\w{3}, [ 0123]\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT\\r\\n' +
              `${sw}Content-Length: 0\\r\\n\\r\\n$`,
          );
          assert.match(decodeLatin1(h.out), stdpat);
        }
      }
    }
  }
});

test('testBytesData', () => {
  const app: WSGIApplication = (e, s) => {
    s('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('data')];
  };
  const h = new TestHandler();
  h.run(app);
  assert.deepEqual(
    h.out,
    latin1(
      'Status: 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n' +
        'Content-Length: 4\r\n\r\ndata',
    ),
  );
});

test('testCloseOnError: the result is closed when iterating it fails', () => {
  let closeCalled = false;
  const MSG = bytes('Some output has been sent');
  const errorApp: WSGIApplication = (e, s) => {
    s('200 OK', [])(MSG);
    return {
      *[Symbol.iterator]() {
        yield bytes('blah');
        throw assertionError('This should be caught by handler');
      },
      close() {
        closeCalled = true;
      },
    };
  };
  const h = new ErrorHandler();
  h.run(errorApp);
  assert.equal(closeCalled, true);
});

test('testPartialWrite: short writes are completed, with a DeprecationWarning', async () => {
  const written: number[] = [];
  const partialWriter: OutputStream = {
    write(b) {
      const partial = b.subarray(0, 7);
      written.push(...partial);
      return partial.length;
    },
    flush() {},
  };
  const warning = new Promise<Error>((resolve) => process.once('warning', resolve));
  const h = new SimpleHandler(new BytesIO(), partialWriter, new StringIO(), {
    SERVER_PROTOCOL: 'HTTP/1.0',
  });
  h.osEnviron = {};
  h.run(helloApp);
  const emitted = await warning;
  assert.equal(emitted.name, 'DeprecationWarning');
  assert.match(emitted.message, /should not do partial writes/);
  assert.deepEqual(
    new Uint8Array(written),
    latin1(
      'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n' +
        'Date: Mon, 05 Jun 2006 18:49:54 GMT\r\nContent-Length: 13\r\n\r\nHello, world!',
    ),
  );
});

test('testClientConnectionTerminations: a client going away is not an error', () => {
  const errors: Error[] = [];
  for (const code of ['ECONNABORTED', 'EPIPE', 'ECONNRESET']) {
    errors.push(Object.assign(new Error(`write ${code}`), { code }));
  }
  for (const name of ['ConnectionAbortedError', 'BrokenPipeError', 'ConnectionResetError']) {
    const error = new Error(name);
    error.name = name;
    errors.push(error);
  }
  for (const error of errors) {
    const abortingWriter: OutputStream = {
      write() {
        throw error;
      },
    };
    const stderr = new StringIO();
    const h = new SimpleHandler(new BytesIO(), abortingWriter, stderr, { SERVER_PROTOCOL: 'HTTP/1.0' });
    h.run(helloApp);
    assert.equal(stderr.getvalue(), '', error.message);
  }
});

test('testDontResetInternalStateOnException', () => {
  class CustomException extends Error {
    override name = 'CustomException';
  }
  const abortingWriter: OutputStream = {
    write() {
      throw new CustomException();
    },
  };
  const stderr = new StringIO();
  const h = new SimpleHandler(new BytesIO(), abortingWriter, stderr, { SERVER_PROTOCOL: 'HTTP/1.0' });
  h.run(helloApp);
  assert.match(stderr.getvalue(), /CustomException/);
  assert.notEqual(h.result, null);
  assert.notEqual(h.headers, null);
  assert.notEqual(h.status, null);
  assert.notEqual(h.environ, null);
});

test('testRaisesControlCharacters: control characters in the status are refused', () => {
  const controls = [...Array(0x20).keys(), 0x7f].map((code) => String.fromCharCode(code));
  for (const c0 of controls) {
    assert.throws(
      () => new BaseHandler().startResponse(`200 OK${c0}`, []),
      /Control characters are not allowed in status/,
      JSON.stringify(c0),
    );
    assert.throws(() => new BaseHandler().startResponse('200 OK', [[`key${c0}`, 'val']]), /Control characters/);
    if (c0 !== '\t') {
      assert.throws(() => new BaseHandler().startResponse('200 OK', [['key', `val${c0}`]]), /Control characters/);
    }
  }
  // TAB is allowed in header values (RFC 9110), as in CPython 3.14.
  new BaseHandler().startResponse('200 OK', [['key', 'val\t']]);
});

test('status validation errors become a 500 (IntegrationTests.test_status_validation_errors)', () => {
  const cases: [string, string][] = [
    ['200', 'Status must be at least 4 characters'],
    ['20X OK', 'Status message must begin w/3-digit code'],
    ['200OK', 'Status message must have a space after code'],
  ];
  for (const [status, message] of cases) {
    const h = new ErrorHandler();
    h.run((e, s) => {
      s(status, [['Content-Type', 'text/plain; charset=utf-8']]);
      return [bytes('Hello, world!')];
    });
    assert.ok(
      decodeLatin1(h.out).endsWith('A server error occurred.  Please contact the administrator.'),
    );
    assert.match(h.err, new RegExp(`^WSGIAssertionError: .* / ${message}`));
  }
});

test('start_response: superscript digits pass isdigit(), as in Python', () => {
  const h = new BaseHandler();
  h.startResponse('2\u00b2\u00b3 Raro', []);
  assert.throws(() => new BaseHandler().startResponse('2a3 Raro', []), /3-digit code/);
});

test('start_response: types, latin-1 and hop-by-hop headers', () => {
  assert.throws(
    () => new BaseHandler().startResponse(200 as unknown as string, []),
    /Status must be of type str \(got 200\)/,
  );
  assert.throws(
    () => new BaseHandler().startResponse('200 OK', [['X', 1 as unknown as string]]),
    TypeError,
  );
  assert.throws(() => new BaseHandler().startResponse('200 ÓK€', []), /latin-1/);
  assert.throws(() => new BaseHandler().startResponse('200 OK', [['X-A', 'snow ☃']]), /latin-1/);
  new BaseHandler().startResponse('200 ÓK', [['X-A', 'café']]);
  for (const hop of ['Connection', 'keep-alive', 'TRANSFER-ENCODING', 'Upgrade']) {
    assert.throws(
      () => new BaseHandler().startResponse('200 OK', [[hop, 'x']]),
      new RegExp(`Hop-by-hop header, '${hop}: x', not allowed`),
    );
  }
});

test('start_response: second call and excInfo', () => {
  const h = new TestHandler();
  h.setupEnviron();
  h.startResponse('200 OK', []);
  assert.throws(() => h.startResponse('200 OK', []), /Headers already set!/);
  const problem = new Error('problema');
  // Before the headers are sent, excInfo lets the app replace them.
  h.startResponse('500 Error', [['Content-Type', 'text/plain']], problem);
  assert.equal(h.status, '500 Error');
  h.write(bytes('x'));
  // After, start_response rethrows excInfo itself.
  assert.throws(() => h.startResponse('500 Error', [], problem), (e) => e === problem);
});

test('an app that catches its error and restarts the response', () => {
  const h = new TestHandler();
  h.run((e, s) => {
    s('200 OK', [['Content-Type', 'text/html']]);
    try {
      throw new Error('fallo');
    } catch (error) {
      s('503 Service Unavailable', [['Content-Type', 'text/plain']], error);
      return [bytes('vuelve luego')];
    }
  });
  assert.equal(
    decodeLatin1(h.out),
    'Status: 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nvuelve luego',
  );
});

test('write(): bytes only, and only after start_response', () => {
  const h = new TestHandler();
  h.setupEnviron();
  assert.throws(() => h.write(bytes('x')), /write\(\) before start_response\(\)/);
  const write = h.startResponse('200 OK', []);
  assert.throws(() => write('texto' as unknown as Uint8Array), /write\(\) argument must be a bytes instance/);
  write(bytes('ok'));
  assert.equal(h.headersSent, true);
  assert.equal(h.bytesSent, 2);
  write(bytes('!!'));
  assert.equal(h.bytesSent, 4);
  assert.deepEqual(h.out, latin1('Status: 200 OK\r\n\r\nok!!'));
});

test('a non-Uint8Array block from the app is a 500', () => {
  const h = new ErrorHandler();
  h.run((e, s) => {
    s('200 OK', [['Content-Type', 'text/plain']]);
    return ['texto' as unknown as Uint8Array];
  });
  assert.match(decodeLatin1(h.out), /^Status: 500 Internal Server Error\r\n/);
  assert.match(h.err, /write\(\) argument must be a bytes instance/);
});

test('close() resets the state and closes the result', () => {
  let closed = 0;
  const h = new TestHandler();
  h.run((e, s) => {
    s('200 OK', []);
    return Object.assign([bytes('a')], { close: () => closed++ });
  });
  assert.equal(closed, 1);
  assert.equal(h.result, null);
  assert.equal(h.headers, null);
  assert.equal(h.status, null);
  assert.equal(h.environ, null);
  assert.equal(h.bytesSent, 0);
  assert.equal(h.headersSent, false);
});

test('an error in handleError closes and propagates', () => {
  class Failing extends ErrorHandler {
    override errorOutput(): ResponseIterable {
      throw new Error('segundo error');
    }
  }
  let closed = false;
  const h = new Failing();
  assert.throws(
    () =>
      h.run((e, s) => {
        s('200 OK', []);
        return {
          *[Symbol.iterator]() {
            throw new Error('primer error');
          },
          close() {
            closed = true;
          },
        };
      }),
    /segundo error/,
  );
  assert.equal(closed, true);
  assert.equal(h.status, null);
});

test('wsgi.file_wrapper results are sent block by block, then closed', () => {
  const file = new BytesIO(bytes('abcdefghij'));
  const h = new TestHandler();
  let isFile: boolean | null = null;
  class Spy extends TestHandler {
    override sendfile(): boolean {
      isFile = this.resultIsFile();
      return false;
    }
  }
  const spy = new Spy();
  const app: WSGIApplication = (e, s) => {
    s('200 OK', [['Content-Type', 'text/plain']]);
    const wrap = e['wsgi.file_wrapper'] as (f: BytesIO, n: number) => ResponseIterable;
    return wrap(file, 4);
  };
  spy.run(app);
  assert.equal(isFile, true);
  assert.equal(decodeLatin1(spy.out), 'Status: 200 OK\r\nContent-Type: text/plain\r\n\r\nabcdefghij');
  assert.equal(file.closed, true);
  h.wsgiFileWrapper = null;
  h.setupEnviron();
  assert.equal('wsgi.file_wrapper' in (h.environ as WSGIEnvironment), false);
});

test('SERVER_SOFTWARE is set from serverSoftware when absent', () => {
  const h = new SimpleHandler(new BytesIO(), new BytesIO(), new StringIO(), {});
  h.serverSoftware = 'Demo/1.0';
  h.osEnviron = {};
  h.setupEnviron();
  assert.equal(h.environ?.SERVER_SOFTWARE, 'Demo/1.0');
  const other = new SimpleHandler(new BytesIO(), new BytesIO(), new StringIO(), { SERVER_SOFTWARE: 'X' });
  other.serverSoftware = 'Demo/1.0';
  other.setupEnviron();
  assert.equal(other.environ?.SERVER_SOFTWARE, 'X');
});

test('logException writes the stack, trimmed by tracebackLimit', () => {
  const h = new ErrorHandler();
  const error = new Error('mal');
  error.stack = 'Error: mal\n    at inner (a.js:1:1)\n    at middle (a.js:2:1)\n    at outer (a.js:3:1)';
  h.logException(error);
  assert.equal(h.err, `${error.stack}\n`);
  const limited = new ErrorHandler();
  limited.tracebackLimit = 1;
  limited.logException(error);
  assert.equal(limited.err, 'Error: mal\n    at outer (a.js:3:1)\n');
  const firefox = new ErrorHandler();
  const noHeader = new Error('de ana@example.com');
  noHeader.stack = 'inner@a.js:1:1\nouter@a.js:3:1\n';
  firefox.logException(noHeader);
  assert.equal(firefox.err, 'Error: de ana@example.com\ninner@a.js:1:1\nouter@a.js:3:1\n');
  const chained = new ErrorHandler();
  const cause = new Error('causa');
  cause.stack = 'Error: causa\n    at low (b.js:1:1)';
  const outer = new Error('efecto', { cause });
  outer.stack = 'Error: efecto\n    at high (b.js:9:1)';
  chained.logException(outer);
  assert.equal(
    chained.err,
    'Error: causa\n    at low (b.js:1:1)\n\n' +
      'The above exception was the direct cause of the following exception:\n\n' +
      'Error: efecto\n    at high (b.js:9:1)\n',
  );
  const thrownString = new ErrorHandler();
  thrownString.logException('texto');
  assert.equal(thrownString.err, "'texto'\n");
});

test('formatDateTime is Python\'s format_date_time', () => {
  assert.equal(formatDateTime(1149533394), 'Mon, 05 Jun 2006 18:49:54 GMT');
  assert.equal(formatDateTime(0), 'Thu, 01 Jan 1970 00:00:00 GMT');
  assert.equal(formatDateTime(-1), 'Wed, 31 Dec 1969 23:59:59 GMT');
  assert.equal(formatDateTime(253402300799), 'Fri, 31 Dec 9999 23:59:59 GMT');
  assert.equal(formatDateTime(951782400.9), 'Tue, 29 Feb 2000 00:00:00 GMT');
});

test('readEnviron: request variables become latin-1 native strings', () => {
  const saved = { ...process.env };
  try {
    process.env.HTTP_X_NOMBRE = 'ñandú';
    process.env.REDIRECT_QUERY_STRING = 'q=é';
    process.env.MI_VARIABLE = 'ñ';
    const environ = readEnviron();
    assert.equal(environ.HTTP_X_NOMBRE, decodeLatin1(bytes('ñandú')));
    assert.equal(environ.REDIRECT_QUERY_STRING, 'q=\u00c3\u00a9');
    assert.equal(environ.MI_VARIABLE, 'ñ');
  } finally {
    for (const key of ['HTTP_X_NOMBRE', 'REDIRECT_QUERY_STRING', 'MI_VARIABLE']) {
      if (!(key in saved)) delete process.env[key];
    }
  }
});

function runCgiFixture(handler: string, env: Record<string, string>, input: string) {
  const fixture = join(here, '..', 'test', 'lib', 'fixtures', 'handlers-cgi.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', fixture, handler], {
    env: { PATH: process.env.PATH ?? '', ...env },
    input: bytes(input),
  });
  assert.equal(result.status, 0, result.stderr.toString());
  return result;
}

test('CGIHandler reads the process environment and stdin, writes CGI output', () => {
  const result = runCgiFixture(
    'CGIHandler',
    {
      REQUEST_METHOD: 'POST',
      SERVER_NAME: 'localhost',
      SERVER_PORT: '80',
      SERVER_PROTOCOL: 'HTTP/1.1',
      PATH_INFO: '/año',
      CONTENT_LENGTH: '5',
    },
    'hola!resto',
  );
  const body = 'POST /a\u00c3\u00b1o hola! run_once=true multithread=false multiprocess=true';
  assert.equal(
    decodeLatin1(new Uint8Array(result.stdout)),
    `Status: 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
  );
});

test('IISCGIHandler strips SCRIPT_NAME from PATH_INFO', () => {
  const result = runCgiFixture(
    'IISCGIHandler',
    {
      REQUEST_METHOD: 'GET',
      SERVER_PROTOCOL: 'HTTP/1.1',
      SCRIPT_NAME: '/app',
      PATH_INFO: '/app/usuarios',
      CONTENT_LENGTH: '0',
    },
    '',
  );
  assert.match(decodeLatin1(new Uint8Array(result.stdout)), /\r\n\r\nGET \/usuarios  run_once=true/);
});

test('browser-safe: without a global process the module still loads', () => {
  const fixture = join(here, '..', 'test', 'lib', 'fixtures', 'handlers-no-process.mjs');
  const result = spawnSync(process.execPath, ['--import', 'tsx', fixture], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.environ, {});
  assert.deepEqual(report.osEnviron, {});
  assert.match(report.cgi, /CGIHandler needs Node\.js/);
});

test('startResponse given to the app is bound to the handler', () => {
  let captured: StartResponse | null = null;
  const h = new TestHandler();
  h.run((e, s) => {
    captured = s;
    const { call } = Function.prototype;
    call.call(s, undefined, '200 OK', []);
    return [];
  });
  assert.ok(captured);
  assert.equal(decodeLatin1(h.out), 'Status: 200 OK\r\nContent-Length: 0\r\n\r\n');
});
