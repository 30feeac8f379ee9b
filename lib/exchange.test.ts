// Unit tests for exchange(): test_wsgiref's IntegrationTests run through
// it (Python's run_amock), and its options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exchange } from './exchange';
import { makeBaseEnviron } from './simple_server_core';
import { decodeLatin1, encodeLatin1 } from './internal/latin1';
import type { WSGIApplication, WSGIEnvironment } from './types';
import { validator } from './validate';
import { checkHello, headerApp, helloApp, runAmock, SOFTWARE } from '../test/lib/fixtures/amock';

// ------------------------------------------------ test_wsgiref.IntegrationTests

test('IntegrationTests.test_plain_hello', () => {
  checkHello(runAmock().out);
});

test('IntegrationTests.test_environ', () => {
  const request =
    'GET /p%61th/?query=test HTTP/1.0\n' +
    'X-Test-Header: Python test \n' +
    'X-Test-Header: Python test 2\n' +
    'Content-Length: 0\n\n';
  const { out } = runAmock(headerApp, request);
  assert.equal(out.split(/\r?\n/).at(-1), 'Python test,Python test 2;query=test;/path/');
});

test('IntegrationTests.test_request_length (3.14: URI Too Long)', () => {
  const { out, result } = runAmock(helloApp, 'GET ' + 'x'.repeat(65537) + ' HTTP/1.0\n\n');
  assert.equal(out.split('\r\n')[0], 'HTTP/1.0 414 URI Too Long');
  assert.equal(result.status, '414 URI Too Long');
  assert.equal(result.environ, null);
});

test('IntegrationTests.test_validated_hello', () => {
  checkHello(runAmock(validator(helloApp)).out, false);
});

test('IntegrationTests.test_simple_validation_error', () => {
  const badApp = ((environ: WSGIEnvironment, startResponse: (...args: unknown[]) => unknown) => {
    startResponse('200 OK', ['Content-Type', 'text/plain']);
    return ['Hello, world!'];
  }) as unknown as WSGIApplication;
  const { out, err } = runAmock(validator(badApp));
  assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'));
  assert.match(err, /WSGIAssertionError|must be/);
});

test('IntegrationTests.test_status_validation_errors', () => {
  for (const status of ['200', '20X OK', '200OK']) {
    const badApp: WSGIApplication = (environ, startResponse) => {
      startResponse(status, [['Content-Type', 'text/plain; charset=utf-8']]);
      return [encodeLatin1('Hello, world!')];
    };
    const { out } = runAmock(badApp);
    assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'), status);
  }
});

test('IntegrationTests.test_wsgi_input', () => {
  const badApp: WSGIApplication = (environ, startResponse) => {
    (environ['wsgi.input'] as { read(): Uint8Array }).read();
    startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [encodeLatin1('data')];
  };
  const { out } = runAmock(validator(badApp));
  assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'));
});

test('IntegrationTests.test_bytes_validation', () => {
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1('data')];
  };
  const { out, err } = runAmock(validator(app));
  assert.ok(err.endsWith('"GET / HTTP/1.0" 200 4\n'));
  assert.equal(
    out,
    'HTTP/1.0 200 OK\r\n' +
      `Server: WSGIServer/0.2 ${SOFTWARE}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      'Date: Wed, 24 Dec 2008 13:29:32 GMT\r\n' +
      '\r\n' +
      'data',
  );
});

test('IntegrationTests.test_cp1252_url', () => {
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [
      ['Content-Type', 'text/plain'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1(environ.PATH_INFO as string)];
  };
  const { out } = runAmock(validator(app), 'GET /\x80%80 HTTP/1.0');
  const lines = out.split('\r\n');
  assert.equal(lines[0], 'HTTP/1.0 200 OK');
  assert.equal(lines.at(-1), '/\x80\x80');
});

test('opciones de exchange / exchange options', () => {
  const result = exchange(helloApp, 'GET / HTTP/1.0\r\n\r\n', {
    serverName: 'ejemplo.test',
    serverPort: 8080,
    remoteAddr: '10.0.0.7',
    softwareVersion: 'Prueba/1',
    baseEnviron: { EXTRA: 'sí' },
  });
  const env = result.environ as WSGIEnvironment;
  assert.equal(env.SERVER_NAME, 'ejemplo.test');
  assert.equal(env.SERVER_PORT, '8080');
  assert.equal(env.REMOTE_ADDR, '10.0.0.7');
  assert.equal(env.EXTRA, 'sí');
  assert.match(decodeLatin1(result.response), /\r\nServer: WSGIServer\/0\.2 Prueba\/1\r\n/);
  assert.match(result.errors, /^10\.0\.0\.7 - - \[/);
  assert.deepEqual(makeBaseEnviron('h', 1), {
    SERVER_NAME: 'h',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PORT: '1',
    REMOTE_HOST: '',
    CONTENT_LENGTH: '',
    SCRIPT_NAME: '',
  });
});

test('una cadena que no es latin-1 se rechaza / non-latin-1 request string', () => {
  assert.throws(() => exchange(helloApp, 'GET /€ HTTP/1.0\r\n\r\n'), TypeError);
});
