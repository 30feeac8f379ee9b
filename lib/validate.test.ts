// Port of the validator cases of CPython's Lib/test/test_wsgiref.py
// (IntegrationTests.test_validated_hello, test_simple_validation_error,
// test_wsgi_input, test_bytes_validation, test_cp1252_url) run through
// SimpleHandler, plus one test per check of Lib/wsgiref/validate.py.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { exchange } from './exchange';
import { SimpleHandler } from './handlers';
import { BytesIO, StringIO } from './io';
import { decodeLatin1, encodeLatin1 } from './internal/latin1';
import type {
  HeaderPair,
  InputStream,
  ResponseIterable,
  StartResponse,
  WSGIApplication,
  WSGIEnvironment,
} from './types';
import { setupTestingDefaults } from './util';
import {
  checkContentType,
  checkEnviron,
  checkErrors,
  checkExcInfo,
  checkHeaders,
  checkInput,
  checkIterator,
  checkStatus,
  ErrorWrapper,
  InputWrapper,
  IteratorWrapper,
  PartialIteratorWrapper,
  validator,
  WSGIAssertionError,
  WSGIWarning,
  writeWrapper,
} from './validate';

const bytes = (text: string) => new TextEncoder().encode(text);
const SERVER = 'WSGIServer/0.2 Node.js/test';

function goodEnviron(extra: WSGIEnvironment = {}): WSGIEnvironment {
  const environ: WSGIEnvironment = { QUERY_STRING: '', ...extra };
  setupTestingDefaults(environ);
  return environ;
}

const helloApp: WSGIApplication = (environ, startResponse) => {
  startResponse('200 OK', [
    ['Content-Type', 'text/plain'],
    ['Date', 'Mon, 05 Jun 2006 18:49:54 GMT'],
  ]);
  return [bytes('Hello, world!')];
};

/** Like CPython's run_amock: one request through a handler, output and errors back. */
function runAmock(app: WSGIApplication, environ: WSGIEnvironment = goodEnviron()) {
  const out = new BytesIO();
  const err = new StringIO();
  const handler = new SimpleHandler(new BytesIO(), out, err, environ, false, false);
  handler.osEnviron = {};
  handler.serverSoftware = SERVER;
  handler.run(app);
  return { out: decodeLatin1(out.getvalue()), err: err.getvalue() };
}

/** Collects warnings instead of printing them. */
function quiet() {
  const warnings: WSGIWarning[] = [];
  const unclosed: WSGIAssertionError[] = [];
  return {
    warnings,
    unclosed,
    options: {
      onWarning: (w: WSGIWarning) => warnings.push(w),
      onUnclosed: (e: WSGIAssertionError) => unclosed.push(e),
    },
  };
}

const ERROR_BODY = 'A server error occurred.  Please contact the administrator.';

test('test_validated_hello: the wrapped result has no length, so no Content-Length', async () => {
  const { options, warnings, unclosed } = quiet();
  const { out } = runAmock(validator(helloApp, options));
  assert.equal(
    out,
    `HTTP/1.0 200 OK\r\nServer: ${SERVER}\r\nContent-Type: text/plain\r\n` +
      'Date: Mon, 05 Jun 2006 18:49:54 GMT\r\n\r\nHello, world!',
  );
  await Promise.resolve();
  assert.deepEqual(warnings, []);
  assert.deepEqual(unclosed, []);
});

test('test_simple_validation_error: headers that are not an array', () => {
  const badApp: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', { 'Content-Type': 'text/plain' } as unknown as HeaderPair[]);
    return ['Hello, world!' as unknown as Uint8Array];
  };
  const { out, err } = runAmock(validator(badApp, quiet().options));
  assert.ok(out.endsWith(ERROR_BODY));
  assert.match(
    err.split('\n')[0],
    /^WSGIAssertionError: .* \/ Headers \(\{'Content-Type': 'text\/plain'\}\) must be of type list: Object\.$/,
  );
});

test('test_status_validation_errors through the validator', () => {
  for (const [status, message] of [
    ['20', 'Status codes must be three characters'],
    ['20X OK', 'invalid literal for int'],
    ['099 Raro', 'Status code is invalid: 99'],
  ]) {
    const app: WSGIApplication = (e, s) => {
      s(status, [['Content-Type', 'text/plain; charset=utf-8']]);
      return [bytes('x')];
    };
    const { out, err } = runAmock(validator(app, quiet().options));
    assert.ok(out.endsWith(ERROR_BODY), status);
    assert.match(err, new RegExp(message), status);
  }
});

test('test_wsgi_input: read() needs exactly one argument', () => {
  const badApp: WSGIApplication = (e, s) => {
    (e['wsgi.input'] as InputStream).read();
    s('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('data')];
  };
  const { out, err } = runAmock(validator(badApp, quiet().options));
  assert.ok(out.endsWith(ERROR_BODY));
  assert.match(err, /^WSGIAssertionError: .*exactly one argument/);
});

test('test_bytes_validation', () => {
  const app: WSGIApplication = (e, s) => {
    s('200 OK', [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [bytes('data')];
  };
  const { out, err } = runAmock(validator(app, quiet().options));
  assert.equal(err, '');
  assert.equal(
    out,
    `HTTP/1.0 200 OK\r\nServer: ${SERVER}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\nDate: Wed, 24 Dec 2008 13:29:32 GMT\r\n\r\ndata',
  );
});

test('test_cp1252_url: PATH_INFO is latin-1, its bytes go back untouched', () => {
  const app: WSGIApplication = (e, s) => {
    s('200 OK', [
      ['Content-Type', 'text/plain'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1(e.PATH_INFO as string)];
  };
  const { out } = runAmock(validator(app, quiet().options), goodEnviron({ PATH_INFO: '/\x80\x80' }));
  const lines = out.split('\r\n');
  assert.equal(lines[0], 'HTTP/1.0 200 OK');
  assert.deepEqual(lines.slice(2), [
    'Content-Type: text/plain',
    'Date: Wed, 24 Dec 2008 13:29:32 GMT',
    '',
    '/\x80\x80',
  ]);
});

test('IntegrationTests through exchange(), the simple_server protocol without sockets', async () => {
  const { options, warnings, unclosed } = quiet();
  const software = { softwareVersion: 'Node.js/test' };
  const hello = exchange(validator(helloApp, options), 'GET / HTTP/1.0\n\n', software);
  assert.equal(
    decodeLatin1(hello.response),
    'HTTP/1.0 200 OK\r\nServer: WSGIServer/0.2 Node.js/test\r\nContent-Type: text/plain\r\n' +
      'Date: Mon, 05 Jun 2006 18:49:54 GMT\r\n\r\nHello, world!',
  );
  assert.ok(hello.errors.endsWith('"GET / HTTP/1.0" 200 13\n'), hello.errors);

  const cp1252App: WSGIApplication = (e, s) => {
    s('200 OK', [
      ['Content-Type', 'text/plain'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1(e.PATH_INFO as string)];
  };
  const cp1252 = exchange(validator(cp1252App, options), new Uint8Array([...bytes('GET /'), 0x80, ...bytes('%80 HTTP/1.0')]));
  assert.deepEqual(decodeLatin1(cp1252.response).split('\r\n').slice(-1), ['/\x80\x80']);

  const wsgiInputApp: WSGIApplication = (e, s) => {
    (e['wsgi.input'] as InputStream).read();
    s('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('data')];
  };
  const input = exchange(validator(wsgiInputApp, options), 'GET / HTTP/1.0\n\n');
  assert.ok(decodeLatin1(input.response).endsWith(ERROR_BODY));
  assert.match(input.errors, /WSGIAssertionError: .*exactly one argument/);

  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(warnings, []);
  assert.deepEqual(unclosed, []);
});

test('lint_app: exactly two arguments; the result must be a non-string iterable', () => {
  const app = validator(helloApp, quiet().options) as (...args: unknown[]) => unknown;
  assert.throws(() => app(goodEnviron()), /Two arguments required/);
  const startResponse = () => () => {};
  for (const bad of [null, undefined, false]) {
    const lint = validator((() => bad) as unknown as WSGIApplication, quiet().options);
    assert.throws(() => lint(goodEnviron(), startResponse), /must return an iterator/);
  }
  const stringApp = validator((() => 'hola') as unknown as WSGIApplication, quiet().options);
  assert.throws(() => stringApp(goodEnviron(), startResponse), /should not return a string/);
  const bytesApp = validator((() => bytes('hola')) as unknown as WSGIApplication, quiet().options);
  assert.throws(() => bytesApp(goodEnviron(), startResponse), /should not return a string/);
});

test('start_response wrapper: argument count and the checks, in order', () => {
  let captured: ((...args: unknown[]) => unknown) | null = null;
  const app = validator((e, s) => {
    captured = s as unknown as (...args: unknown[]) => unknown;
    return [];
  }, quiet().options);
  app(goodEnviron(), () => () => {});
  const s = captured as unknown as (...args: unknown[]) => unknown;
  assert.throws(() => s('200 OK'), /Invalid number of arguments: \['200 OK'\]/);
  assert.throws(() => s('200 OK', [], undefined, 4), /Invalid number of arguments/);
  assert.throws(() => s('200 OK', [['Content-Type', 'text/plain']], 'no es un error'), /is not a tuple/);
  s('200 OK', [['Content-Type', 'text/plain']], new Error('x'));
});

test('write() from start_response only takes bytes', () => {
  const written: Uint8Array[] = [];
  const app = validator((e, s) => {
    const write = s('200 OK', [['Content-Type', 'text/plain']]);
    write(bytes('ok'));
    assert.throws(() => write('texto' as unknown as Uint8Array), /write\(\) expects bytes/);
    return [];
  }, quiet().options);
  const result = app(goodEnviron(), () => (data: Uint8Array) => written.push(data));
  (result as { close(): void }).close();
  assert.deepEqual(written, [bytes('ok')]);
});

test('check_environ: type and required keys', () => {
  assert.throws(() => checkEnviron(new Map()), /Environment is not of the right type: Map/);
  assert.throws(() => checkEnviron(null), WSGIAssertionError);
  class Environ {}
  assert.throws(() => checkEnviron(new Environ()), /not of the right type/);
  for (const key of [
    'REQUEST_METHOD',
    'SERVER_NAME',
    'SERVER_PORT',
    'wsgi.version',
    'wsgi.input',
    'wsgi.errors',
    'wsgi.multithread',
    'wsgi.multiprocess',
    'wsgi.run_once',
  ]) {
    const environ = goodEnviron();
    delete environ[key];
    assert.throws(
      () => checkEnviron(environ, () => {}),
      new RegExp(`Environment missing required key: '${key.replace('.', '\\.')}'`),
    );
  }
  // An inherited key does not count: the environ is a plain dict.
  const inherited = Object.assign(Object.create({ REQUEST_METHOD: 'GET' }), goodEnviron());
  delete inherited.REQUEST_METHOD;
  assert.throws(() => checkEnviron(inherited), /not of the right type/);
  const nullProto = Object.assign(Object.create(null), goodEnviron());
  checkEnviron(nullProto, () => {});
});

test('check_environ: HTTP_CONTENT_TYPE / HTTP_CONTENT_LENGTH are refused', () => {
  assert.throws(
    () => checkEnviron(goodEnviron({ HTTP_CONTENT_TYPE: 'text/plain' })),
    /should not have the key: HTTP_CONTENT_TYPE \(use CONTENT_TYPE instead\)/,
  );
  assert.throws(
    () => checkEnviron(goodEnviron({ HTTP_CONTENT_LENGTH: '3' })),
    /use CONTENT_LENGTH instead/,
  );
});

test('check_environ: missing QUERY_STRING and unknown methods only warn', () => {
  const warnings: WSGIWarning[] = [];
  const environ = goodEnviron({ REQUEST_METHOD: 'BREW' });
  delete environ.QUERY_STRING;
  checkEnviron(environ, (w) => warnings.push(w));
  assert.equal(warnings.length, 2);
  assert.ok(warnings.every((w) => w instanceof WSGIWarning && w.name === 'WSGIWarning'));
  assert.match(warnings[0].message, /^QUERY_STRING no está.* \/ QUERY_STRING is not in the WSGI environment/);
  assert.match(warnings[1].message, /Unknown REQUEST_METHOD: 'BREW'/);
  for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS', 'PATCH', 'PUT', 'DELETE', 'TRACE']) {
    checkEnviron(goodEnviron({ REQUEST_METHOD: method }), (w) => assert.fail(w.message));
  }
});

test('check_environ: the default onWarning is console.warn', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const environ = goodEnviron();
  delete environ.QUERY_STRING;
  checkEnviron(environ);
  assert.equal(warn.mock.callCount(), 1);
  assert.match(String(warn.mock.calls[0].arguments[0]), /^WSGIWarning: QUERY_STRING/);
});

test('check_environ: CGI variables are strings; extensions may be anything', () => {
  assert.throws(
    () => checkEnviron(goodEnviron({ SERVER_PORT: 80 })),
    /Environmental variable SERVER_PORT is not a string: number \(value: 80\)/,
  );
  checkEnviron(goodEnviron({ 'mi.extension': 42 }), () => {});
});

test('check_environ: wsgi.version is an array, url_scheme http or https', () => {
  assert.throws(
    () => checkEnviron(goodEnviron({ 'wsgi.version': '1.0' as never })),
    /wsgi\.version should be a tuple \('1\.0'\)/,
  );
  assert.throws(
    () => checkEnviron(goodEnviron({ 'wsgi.url_scheme': 'ftp', SERVER_PORT: '21' })),
    /wsgi\.url_scheme unknown: 'ftp'/,
  );
  checkEnviron(goodEnviron({ HTTPS: 'on' }), () => {});
});

test('check_environ: SCRIPT_NAME, PATH_INFO and CONTENT_LENGTH', () => {
  const noWarn = () => {};
  assert.throws(() => checkEnviron(goodEnviron({ SCRIPT_NAME: 'app', PATH_INFO: '/' })), /SCRIPT_NAME doesn't start with \/: 'app'/);
  assert.throws(() => checkEnviron(goodEnviron({ PATH_INFO: 'x' })), /PATH_INFO doesn't start with \/: 'x'/);
  assert.throws(() => checkEnviron(goodEnviron({ CONTENT_LENGTH: '-1' })), /Invalid CONTENT_LENGTH: '-1'/);
  assert.throws(() => checkEnviron(goodEnviron({ CONTENT_LENGTH: 'diez' })), /Invalid CONTENT_LENGTH/);
  checkEnviron(goodEnviron({ CONTENT_LENGTH: '' }), noWarn);
  checkEnviron(goodEnviron({ CONTENT_LENGTH: ' 10 ' }), noWarn);
  const neither = goodEnviron({ SCRIPT_NAME: '' });
  delete neither.PATH_INFO;
  assert.throws(() => checkEnviron(neither), /One of SCRIPT_NAME or PATH_INFO are required/);
  checkEnviron(goodEnviron({ SCRIPT_NAME: '/app' }), noWarn);
  assert.throws(
    () => checkEnviron(goodEnviron({ SCRIPT_NAME: '/', PATH_INFO: '' })),
    /SCRIPT_NAME cannot be '\/'/,
  );
});

test('check_input and check_errors: the stream methods', () => {
  checkInput(new BytesIO());
  assert.throws(() => checkInput({ read() {}, readline() {}, readlines() {} }), /doesn't have the attribute \[Symbol\.iterator\]/);
  assert.throws(() => checkInput(null), /wsgi\.input \(null\) doesn't have the attribute read/);
  checkErrors(new StringIO());
  assert.throws(() => checkErrors({ write() {}, writelines() {} }), /wsgi\.errors .* doesn't have the attribute flush/);
});

test('check_status', () => {
  const warnings: WSGIWarning[] = [];
  const onWarning = (w: WSGIWarning) => warnings.push(w);
  checkStatus('200 OK', onWarning);
  checkStatus('404 Not Found', onWarning);
  assert.equal(warnings.length, 0);
  assert.throws(() => checkStatus(200), /Status must be of type str \(got 200\)/);
  assert.throws(() => checkStatus(new String('200 OK')), /must be of type str/);
  assert.throws(() => checkStatus('2000 OK'), /Status codes must be three characters: '2000'/);
  assert.throws(() => checkStatus(''), /three characters: ''/);
  assert.throws(() => checkStatus('20X OK'), /invalid literal for int\(\) with base 10: '20X'/);
  assert.throws(() => checkStatus('099 Viejo'), /Status code is invalid: 99/);
  assert.throws(() => checkStatus('1_0 Raro'), /Status code is invalid: 10/);
  // Only a warning: the code is fine but the explanation is missing.
  checkStatus('200', onWarning);
  checkStatus(' 200 OK', onWarning);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0].message, /The status string \('200'\) should be a three-digit integer/);
});

test('check_headers', () => {
  checkHeaders([]);
  checkHeaders([['Content-Type', 'text/plain'], ['X_Under', 'a\x7f']]);
  assert.throws(() => checkHeaders('x'), /Headers \('x'\) must be of type list: string/);
  class MyList extends Array {}
  assert.throws(() => checkHeaders(new MyList()), /must be of type list: MyList/);
  assert.throws(() => checkHeaders([{ 0: 'a', 1: 'b' }]), /Individual headers .* must be of type tuple: Object/);
  assert.throws(() => checkHeaders([['a', 'b', 'c']]), /exactly two items/);
  assert.throws(() => checkHeaders([['X-A', 1]]), /Header value must be of type str \(got 1\)/);
  assert.throws(() => checkHeaders([[null, 'x']]), /Header name must be of type str \(got null\)/);
  assert.throws(() => checkHeaders([['status', '200 OK']]), /The Status header cannot be used.*\(value: '200 OK'\)/);
  assert.throws(() => checkHeaders([['X:A', 'b']]), /Header names may not contain ':' or '\\n': 'X:A'/);
  assert.throws(() => checkHeaders([['X\nA', 'b']]), /may not contain/);
  assert.throws(() => checkHeaders([['1X', 'b']]), /Bad header name: '1X'/);
  assert.throws(() => checkHeaders([['X A', 'b']]), /Bad header name/);
  assert.throws(() => checkHeaders([['X-', 'b']]), /Names may not end in '-' or '_': 'X-'/);
  assert.throws(() => checkHeaders([['X_', 'b']]), /may not end in/);
  assert.throws(() => checkHeaders([['X', 'a\tb']]), /Bad header value: 'a\\tb' \(bad char: '\\t'\)/);
  assert.throws(() => checkHeaders([['X', 'a\r\nb']]), /Bad header value/);
});

test('check_content_type: required, except 204 and 304 where it is forbidden', () => {
  checkContentType('200 OK', [['content-type', 'text/plain']]);
  checkContentType('204 No Content', []);
  checkContentType('304 Not Modified', [['ETag', '"x"']]);
  assert.throws(() => checkContentType('200 OK', [['X', 'y']]), /No Content-Type header found in headers \(\[\['X', 'y'\]\]\)/);
  assert.throws(
    () => checkContentType('204 No Content', [['Content-Type', 'text/plain']]),
    /Content-Type header found in a 204 response, which must not return content/,
  );
  assert.throws(() => checkContentType('304 Not Modified', [['Content-Type', 'a/b']]), /304 response/);
});

test('check_exc_info: nothing, or the caught Error', () => {
  checkExcInfo(undefined);
  checkExcInfo(null);
  checkExcInfo(new TypeError('x'));
  assert.throws(() => checkExcInfo([Error, new Error('x'), null]), /is not a tuple/);
  assert.throws(() => checkExcInfo('error'), /excInfo \('error'\) debe ser el error capturado/);
});

test('check_iterator', () => {
  checkIterator([]);
  checkIterator((function* () {})());
  assert.throws(() => checkIterator('hola'), /single-item list containing a bytestring/);
  assert.throws(() => checkIterator(bytes('hola')), WSGIAssertionError);
});

test('InputWrapper', () => {
  const input = new InputWrapper(new BytesIO(bytes('uno\ndos\ntres\ncuatro\n')));
  assert.deepEqual(input.read(2), bytes('un'));
  assert.throws(() => (input.read as (...a: unknown[]) => unknown)(1, 2), /exactly one argument \(got 2\)/);
  assert.deepEqual(input.readline(), bytes('o\n'));
  assert.throws(() => (input.readline as (...a: unknown[]) => unknown)(1, 2), /at most one argument/);
  assert.deepEqual(input.readlines(1), [bytes('dos\n')]);
  assert.deepEqual([...input], [bytes('tres\n'), bytes('cuatro\n')]);
  assert.throws(() => input.close(), /input\.close\(\) must not be called/);
  const liar = new InputWrapper({
    read: () => 'texto',
    readline: () => bytes(''),
    readlines: () => 'no',
    [Symbol.iterator]: function* () {},
  } as unknown as InputStream);
  assert.throws(() => liar.read(1), /read\(\) must return bytes \(got 'texto'\)/);
  assert.throws(() => liar.readlines(), /must return a list/);
});

test('ErrorWrapper', () => {
  const errors = new StringIO();
  const wrapper = new ErrorWrapper(errors);
  wrapper.write('uno\n');
  wrapper.writelines(['dos\n', 'tres\n']);
  wrapper.flush();
  assert.equal(errors.getvalue(), 'uno\ndos\ntres\n');
  assert.throws(() => wrapper.write(bytes('x') as unknown as string), /expects a str/);
  assert.throws(() => wrapper.writelines([1 as unknown as string]), /expects a str/);
  assert.throws(() => wrapper.close(), /errors\.close\(\) must not be called/);
});

test('writeWrapper', () => {
  const seen: Uint8Array[] = [];
  const write = writeWrapper((data) => seen.push(data));
  write(bytes('a'));
  assert.throws(() => write('b' as unknown as Uint8Array), /write\(\) expects bytes/);
  assert.deepEqual(seen, [bytes('a')]);
});

test('IteratorWrapper: bytes only, start_response first, no reading after close', () => {
  const flag = { called: false };
  const wrapper = new IteratorWrapper([bytes('a'), bytes('b')], flag);
  assert.equal(wrapper[Symbol.iterator](), wrapper);
  assert.throws(() => wrapper.next(), /start_response has not yet been called/);
  flag.called = true;
  assert.deepEqual(wrapper.next(), { done: false, value: bytes('b') });
  wrapper.close();
  assert.throws(() => wrapper.next(), /Iterator read after closed/);

  const strings = new IteratorWrapper(['texto'] as unknown as ResponseIterable, { called: true });
  assert.throws(() => strings.next(), /Iterator yielded non-bytestring \('texto'\)/);

  let closed = 0;
  const withClose = new IteratorWrapper(Object.assign([], { close: () => closed++ }), null);
  withClose.close();
  assert.equal(closed, 1);
  assert.equal(withClose.closed, true);
});

test('PartialIteratorWrapper yields an unchecked IteratorWrapper', () => {
  const partial = new PartialIteratorWrapper([bytes('x')]);
  const inner = partial[Symbol.iterator]();
  assert.ok(inner instanceof IteratorWrapper);
  assert.deepEqual([...inner], [bytes('x')]);
});

test('unclosed result: reported when the request ends without close()', async () => {
  const { options, unclosed } = quiet();
  const app = validator(helloApp, options);
  const noop: StartResponse = () => () => {};

  // A "server" that exhausts the result and never closes it.
  const result = app(goodEnviron(), noop);
  for (const chunk of result) void chunk;
  assert.equal(unclosed.length, 0, 'not before the synchronous work ends');
  await Promise.resolve();
  await Promise.resolve();
  assert.equal(unclosed.length, 1);
  assert.match(unclosed[0].message, /Iterator garbage collected without being closed/);

  // One that never even starts: reported too, once.
  app(goodEnviron(), noop);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(unclosed.length, 2);

  // A server that closes in the same job: never reported.
  const closedOne = app(goodEnviron(), noop);
  for (const chunk of closedOne) void chunk;
  (closedOne as { close(): void }).close();
  // SimpleHandler iterates, finishes and closes in one go.
  runAmock(app);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(unclosed.length, 2);
});

test('unclosed result: the default report goes to console.error', async (t) => {
  const error = t.mock.method(console, 'error', () => {});
  const app = validator(helloApp, { onWarning: () => {} });
  app(goodEnviron(), () => () => {});
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(error.mock.callCount(), 1);
  assert.match(String(error.mock.calls[0].arguments[0]), /without being closed/);
});

test('the validated app sees the wrapped streams', () => {
  let seen: WSGIEnvironment | null = null;
  const app = validator((e, s) => {
    seen = e;
    (e['wsgi.errors'] as ErrorWrapper).write('registro\n');
    s('200 OK', [['Content-Type', 'text/plain']]);
    return [];
  }, quiet().options);
  const { err } = runAmock(app);
  assert.ok((seen as unknown as WSGIEnvironment)['wsgi.input'] instanceof InputWrapper);
  assert.ok((seen as unknown as WSGIEnvironment)['wsgi.errors'] instanceof ErrorWrapper);
  assert.equal(err, 'registro\n');
});

test('messages are Spanish first, then English', () => {
  assert.throws(
    () => checkStatus('20'),
    (error: Error) =>
      error instanceof WSGIAssertionError &&
      error.name === 'WSGIAssertionError' &&
      error.message === "Los códigos de estado deben tener tres caracteres: '20'. / Status codes must be three characters: '20'.",
  );
});
