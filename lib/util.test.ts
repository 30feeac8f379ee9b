// Ports CPython's Lib/test/test_wsgiref.py UtilityTests, plus edge cases of
// Lib/wsgiref/util.py that those tests leave implicit.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { BytesIO, StringIO } from './io';
import type { WSGIEnvironment } from './types';
import {
  FileWrapper,
  applicationUri,
  guessScheme,
  isHopByHop,
  requestUri,
  setupTestingDefaults,
  shiftPathInfo,
} from './util';

function checkShift(
  scriptIn: string,
  pathIn: string,
  part: string | null,
  scriptOut: string,
  pathOut: string,
): void {
  const environ: WSGIEnvironment = { SCRIPT_NAME: scriptIn, PATH_INFO: pathIn };
  setupTestingDefaults(environ);
  const where = `SCRIPT_NAME=${JSON.stringify(scriptIn)} PATH_INFO=${JSON.stringify(pathIn)}`;
  assert.equal(shiftPathInfo(environ), part, where);
  assert.equal(environ.PATH_INFO, pathOut, where);
  assert.equal(environ.SCRIPT_NAME, scriptOut, where);
}

function withDefaults(environ: WSGIEnvironment): WSGIEnvironment {
  setupTestingDefaults(environ);
  return environ;
}

test('simple shifts (testSimpleShifts)', () => {
  checkShift('', '/', '', '/', '');
  checkShift('', '/x', 'x', '/x', '');
  checkShift('/', '', null, '/', '');
  checkShift('/a', '/x/y', 'x', '/a/x', '/y');
  checkShift('/a', '/x/', 'x', '/a/x', '/');
});

test('normalized shifts (testNormalizedShifts)', () => {
  checkShift('/a/b', '/../y', '..', '/a', '/y');
  checkShift('', '/../y', '..', '', '/y');
  checkShift('/a/b', '//y', 'y', '/a/b/y', '');
  checkShift('/a/b', '//y/', 'y', '/a/b/y', '/');
  checkShift('/a/b', '/./y', 'y', '/a/b/y', '');
  checkShift('/a/b', '/./y/', 'y', '/a/b/y', '/');
  checkShift('/a/b', '///./..//y/.//', '..', '/a', '/y/');
  checkShift('/a/b', '///', '', '/a/b/', '');
  checkShift('/a/b', '/.//', '', '/a/b/', '');
  checkShift('/a/b', '/x//', 'x', '/a/b/x', '/');
  checkShift('/a/b', '/.', null, '/a/b', '');
});

test('shiftPathInfo: more normpath cases', () => {
  checkShift('/a', '/../../y', '..', '', '/../y');
  checkShift('//a', '/b', 'b', '//a/b', '');
  checkShift('///a', '/b', 'b', '/a/b', '');
  checkShift('a', '/b/c', 'b', 'a/b', '/c');
  checkShift('a', '/..', '..', '.', '');
  checkShift('.', '/', '', './', '');
});

test('shiftPathInfo walks a path to the end', () => {
  const environ: WSGIEnvironment = { SCRIPT_NAME: '/app', PATH_INFO: '/users/42' };
  assert.equal(shiftPathInfo(environ), 'users');
  assert.deepEqual(environ, { SCRIPT_NAME: '/app/users', PATH_INFO: '/42' });
  assert.equal(shiftPathInfo(environ), '42');
  assert.equal(shiftPathInfo(environ), null);
  assert.deepEqual(environ, { SCRIPT_NAME: '/app/users/42', PATH_INFO: '' });
});

test('shiftPathInfo: missing PATH_INFO or SCRIPT_NAME, and a path without "/"', () => {
  const empty: WSGIEnvironment = {};
  assert.equal(shiftPathInfo(empty), null);
  assert.deepEqual(empty, {}, 'nothing changes when PATH_INFO is missing');

  const noScript: WSGIEnvironment = { PATH_INFO: '/x/y' };
  assert.equal(shiftPathInfo(noScript), 'x');
  assert.deepEqual(noScript, { SCRIPT_NAME: '/x', PATH_INFO: '/y' });

  // Python: a relative PATH_INFO keeps its first segment in place...
  const relative: WSGIEnvironment = { SCRIPT_NAME: '', PATH_INFO: 'x/y' };
  assert.equal(shiftPathInfo(relative), 'y');
  assert.deepEqual(relative, { SCRIPT_NAME: '/y', PATH_INFO: 'x' });
  // ...and one with no "/" at all is an IndexError there.
  assert.throws(() => shiftPathInfo({ PATH_INFO: 'x' }), /IndexError/);
});

test('setupTestingDefaults fills empty environs (testDefaults)', () => {
  const expected: Array<[string, unknown]> = [
    ['SERVER_NAME', '127.0.0.1'],
    ['SERVER_PORT', '80'],
    ['SERVER_PROTOCOL', 'HTTP/1.0'],
    ['HTTP_HOST', '127.0.0.1'],
    ['REQUEST_METHOD', 'GET'],
    ['SCRIPT_NAME', ''],
    ['PATH_INFO', '/'],
    ['wsgi.version', [1, 0]],
    ['wsgi.run_once', false],
    ['wsgi.multithread', false],
    ['wsgi.multiprocess', false],
    ['wsgi.url_scheme', 'http'],
  ];
  for (const [key, value] of expected) {
    assert.deepEqual(withDefaults({})[key], value, key);
    const existing = { marker: key };
    assert.equal(withDefaults({ [key]: existing })[key], existing, `${key} is kept`);
  }
  for (const [key, kind] of [
    ['wsgi.input', BytesIO],
    ['wsgi.errors', StringIO],
  ] as const) {
    assert.ok(withDefaults({})[key] instanceof kind, key);
    const existing = { marker: key };
    assert.equal(withDefaults({ [key]: existing })[key], existing, `${key} is kept`);
  }
});

test('setupTestingDefaults: the defaults are fresh, empty streams', () => {
  const first = withDefaults({});
  const second = withDefaults({});
  assert.notEqual(first['wsgi.input'], second['wsgi.input']);
  assert.notEqual(first['wsgi.version'], second['wsgi.version']);
  assert.equal((first['wsgi.input'] as BytesIO).read().length, 0);
  assert.equal((first['wsgi.errors'] as StringIO).getvalue(), '');
  assert.deepEqual(Object.keys(first), [
    'SERVER_NAME',
    'SERVER_PROTOCOL',
    'HTTP_HOST',
    'REQUEST_METHOD',
    'SCRIPT_NAME',
    'PATH_INFO',
    'wsgi.version',
    'wsgi.run_once',
    'wsgi.multithread',
    'wsgi.multiprocess',
    'wsgi.input',
    'wsgi.errors',
    'wsgi.url_scheme',
    'SERVER_PORT',
  ]);
});

test('setupTestingDefaults: a key that is there without being enumerable is kept; a symbol key changes nothing', () => {
  const hidden: WSGIEnvironment = {};
  Object.defineProperty(hidden, 'SERVER_NAME', { value: 'hidden.example', writable: true, configurable: true });
  setupTestingDefaults(hidden);
  assert.equal(hidden.SERVER_NAME, 'hidden.example');
  assert.equal(hidden.HTTP_HOST, 'hidden.example');
  const tagged: WSGIEnvironment = {};
  (tagged as Record<symbol, unknown>)[Symbol('tag')] = 'x';
  setupTestingDefaults(tagged);
  assert.deepEqual(Object.keys(tagged), Object.keys(withDefaults({})));
});

test('cross defaults (testCrossDefaults)', () => {
  const cases: Array<[string, string, WSGIEnvironment]> = [
    ['HTTP_HOST', 'foo.bar', { SERVER_NAME: 'foo.bar' }],
    ['wsgi.url_scheme', 'https', { HTTPS: 'on' }],
    ['wsgi.url_scheme', 'https', { HTTPS: '1' }],
    ['wsgi.url_scheme', 'https', { HTTPS: 'yes' }],
    ['wsgi.url_scheme', 'http', { HTTPS: 'foo' }],
    ['SERVER_PORT', '80', { HTTPS: 'foo' }],
    ['SERVER_PORT', '443', { HTTPS: 'on' }],
  ];
  for (const [key, value, environ] of cases) {
    assert.equal(withDefaults(environ)[key], value, `${key} with ${JSON.stringify(environ)}`);
  }
});

test('setupTestingDefaults: set-if-absent, even for undefined values', () => {
  const onlyPath = withDefaults({ PATH_INFO: '/x' });
  assert.equal('SCRIPT_NAME' in onlyPath, false, 'SCRIPT_NAME only when both are absent');
  assert.equal(onlyPath.PATH_INFO, '/x');
  const onlyScript = withDefaults({ SCRIPT_NAME: '/app' });
  assert.equal('PATH_INFO' in onlyScript, false);

  const explicit = withDefaults({ HTTP_HOST: undefined, SERVER_PORT: '8080' });
  assert.equal('HTTP_HOST' in explicit, true);
  assert.equal(explicit.HTTP_HOST, undefined);
  assert.equal(explicit.SERVER_PORT, '8080');

  const otherScheme = withDefaults({ 'wsgi.url_scheme': 'ftp' });
  assert.equal('SERVER_PORT' in otherScheme, false, 'no port for an unknown scheme');
});

test('guessScheme (testGuessScheme)', () => {
  assert.equal(guessScheme({}), 'http');
  assert.equal(guessScheme({ HTTPS: 'foo' }), 'http');
  assert.equal(guessScheme({ HTTPS: 'on' }), 'https');
  assert.equal(guessScheme({ HTTPS: 'yes' }), 'https');
  assert.equal(guessScheme({ HTTPS: '1' }), 'https');
  // Exact strings only.
  assert.equal(guessScheme({ HTTPS: 'ON' }), 'http');
  assert.equal(guessScheme({ HTTPS: 1 }), 'http');
  assert.equal(guessScheme({ HTTPS: true }), 'http');
});

test('applicationUri (testAppURIs)', () => {
  const cases: Array<[string, WSGIEnvironment]> = [
    ['http://127.0.0.1/', {}],
    ['http://127.0.0.1/spam', { SCRIPT_NAME: '/spam' }],
    ['http://127.0.0.1/sp%E4m', { SCRIPT_NAME: '/sp\xe4m' }],
    ['http://spam.example.com:2071/', { HTTP_HOST: 'spam.example.com:2071', SERVER_PORT: '2071' }],
    ['http://spam.example.com/', { SERVER_NAME: 'spam.example.com' }],
    ['http://127.0.0.1/', { HTTP_HOST: '127.0.0.1', SERVER_NAME: 'spam.example.com' }],
    ['https://127.0.0.1/', { HTTPS: 'on' }],
    ['http://127.0.0.1:8000/', { SERVER_PORT: '8000', HTTP_HOST: null }],
  ];
  for (const [uri, environ] of cases) {
    assert.equal(applicationUri(withDefaults(environ)), uri, JSON.stringify(environ));
  }
});

test('applicationUri: ports, empty HTTP_HOST and quoting', () => {
  const base = { 'wsgi.url_scheme': 'https', SERVER_NAME: 'ejemplo.es' };
  assert.equal(applicationUri({ ...base, SERVER_PORT: '443' }), 'https://ejemplo.es/');
  assert.equal(applicationUri({ ...base, SERVER_PORT: '80' }), 'https://ejemplo.es:80/');
  assert.equal(applicationUri({ ...base, SERVER_PORT: '443', HTTP_HOST: '' }), 'https://ejemplo.es/');
  assert.equal(
    applicationUri({ ...base, HTTP_HOST: 'h', SCRIPT_NAME: '/a b/ñ;x=1,y~z_.-' }),
    'https://h/a%20b/%F1%3Bx%3D1%2Cy~z_.-',
  );
  assert.equal(applicationUri({ ...base, HTTP_HOST: 'h', SCRIPT_NAME: '/%?#&+' }), 'https://h/%25%3F%23%26%2B');
  assert.throws(() => applicationUri({ ...base, HTTP_HOST: 'h', SCRIPT_NAME: '/€' }), TypeError);
  assert.throws(() => applicationUri({ SERVER_NAME: 'x', SERVER_PORT: '80' }), /KeyError: 'wsgi.url_scheme'/);
  assert.throws(() => applicationUri({ 'wsgi.url_scheme': 'http', SERVER_NAME: 'x' }), /KeyError: 'SERVER_PORT'/);
  assert.throws(
    () => applicationUri({ 'wsgi.url_scheme': 'http', SERVER_NAME: 'x', SERVER_PORT: 80 }),
    TypeError,
  );
});

test('requestUri (testReqURIs)', () => {
  const cases: Array<[string, boolean, WSGIEnvironment]> = [
    ['http://127.0.0.1/', true, {}],
    ['http://127.0.0.1/spam', true, { SCRIPT_NAME: '/spam' }],
    ['http://127.0.0.1/sp%E4m', true, { SCRIPT_NAME: '/sp\xe4m' }],
    ['http://127.0.0.1/spammity/spam', true, { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam' }],
    ['http://127.0.0.1/spammity/sp%E4m', true, { SCRIPT_NAME: '/spammity', PATH_INFO: '/sp\xe4m' }],
    ['http://127.0.0.1/spammity/spam;ham', true, { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam;ham' }],
    [
      'http://127.0.0.1/spammity/spam;cookie=1234,5678',
      true,
      { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam;cookie=1234,5678' },
    ],
    [
      'http://127.0.0.1/spammity/spam?say=ni',
      true,
      { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam', QUERY_STRING: 'say=ni' },
    ],
    [
      'http://127.0.0.1/spammity/spam?s%E4y=ni',
      true,
      { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam', QUERY_STRING: 's%E4y=ni' },
    ],
    [
      'http://127.0.0.1/spammity/spam',
      false,
      { SCRIPT_NAME: '/spammity', PATH_INFO: '/spam', QUERY_STRING: 'say=ni' },
    ],
  ];
  for (const [uri, query, environ] of cases) {
    assert.equal(requestUri(withDefaults(environ), query), uri, JSON.stringify(environ));
  }
});

test('requestUri: empty SCRIPT_NAME, raw query, quoting of PATH_INFO', () => {
  const base = { 'wsgi.url_scheme': 'http', HTTP_HOST: 'h' };
  assert.equal(requestUri({ ...base, SCRIPT_NAME: '', PATH_INFO: '/a' }), 'http://h/a');
  assert.equal(requestUri({ ...base, PATH_INFO: '/a b?c#d' }), 'http://h/a%20b%3Fc%23d');
  assert.equal(requestUri({ ...base, PATH_INFO: '/x', QUERY_STRING: 'a b=ñ' }), 'http://h/x?a b=ñ');
  assert.equal(requestUri({ ...base, PATH_INFO: '/x', QUERY_STRING: '' }), 'http://h/x');
  // Without SCRIPT_NAME, the first character of PATH_INFO is dropped,
  // whatever it is (Python assumes it is the "/").
  assert.equal(requestUri({ ...base, PATH_INFO: 'abc' }), 'http://h/bc');
  assert.equal(requestUri({ ...base }), 'http://h/');
  assert.equal(requestUri({ ...base, SCRIPT_NAME: '/s' }), 'http://h/s');
});

test('isHopByHop (testHopByHop)', () => {
  const variants = (name: string): string[] => [
    name,
    name.replace(/\w+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
    name.toUpperCase(),
    name.toLowerCase(),
  ];
  const hops = 'Connection Keep-Alive Proxy-Authenticate Proxy-Authorization TE Trailers Transfer-Encoding Upgrade';
  for (const hop of hops.split(' ')) {
    for (const alt of variants(hop)) assert.equal(isHopByHop(alt), true, alt);
  }
  for (const name of 'Accept Cache-Control Date Pragma Trailer Via Warning'.split(' ')) {
    for (const alt of variants(name)) assert.equal(isHopByHop(alt), false, alt);
  }
});

/** Like compare_generic_iter in test_wsgiref.py. */
function compareGenericIter<T>(makeIt: () => Iterator<T> & Iterable<T>, match: T[]): void {
  const it = makeIt();
  assert.equal(it[Symbol.iterator](), it, 'the iterator is its own iterable');
  for (const item of match) {
    const step = it.next();
    assert.equal(step.done, false);
    assert.deepEqual(step.value, item);
  }
  assert.equal(it.next().done, true, 'too many items from next()');
}

test('FileWrapper (testFileWrapper)', () => {
  const text = 'xyz'.repeat(50);
  const makeIt = () => new FileWrapper(new StringIO(text), 120);
  compareGenericIter(makeIt, ['xyz'.repeat(40), 'xyz'.repeat(10)]);

  const it = makeIt();
  const file = it.filelike as StringIO;
  assert.equal(file.closed, false);
  for (const _chunk of it) {
    // consume everything
  }
  assert.equal(file.closed, false, 'iterating does not close the file');
  it.close();
  assert.equal(file.closed, true);
});

test('FileWrapper over bytes: default block size 8192', () => {
  const data = new Uint8Array(20000).map((_, i) => i % 251);
  const wrapper = new FileWrapper(new BytesIO(data));
  assert.equal(wrapper.blksize, 8192);
  const chunks = [...wrapper];
  assert.deepEqual(chunks.map((c) => c.length), [8192, 8192, 3616]);
  assert.deepEqual(Array.from(chunks[2]), Array.from(data.subarray(16384)));
  assert.deepEqual([...wrapper], [], 'an exhausted wrapper stays exhausted');
});

test('FileWrapper: close without a close method, and null/undefined reads', () => {
  let calls = 0;
  const noClose = { read: (size: number) => (calls++ === 0 ? new Uint8Array(size) : null) };
  const wrapper = new FileWrapper(noClose, 4);
  assert.deepEqual([...wrapper].map((c) => c.length), [4]);
  assert.doesNotThrow(() => wrapper.close());
  const undefinedRead = new FileWrapper({ read: () => undefined });
  assert.deepEqual([...undefinedRead], []);
});
