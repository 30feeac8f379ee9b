// Unit tests for the browser-safe half of simple_server: the environ
// WSGIRequestHandler.get_environ builds, checked through exchange().
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVER_VERSION } from './simple_server_core';
import type { WSGIEnvironment } from './types';
import { helloApp, runAmock } from '../test/lib/fixtures/amock';

// ------------------------------------------------ environ

test('el entorno sigue a get_environ / environ as get_environ builds it', () => {
  const { result } = runAmock(
    helloApp,
    'POST /a%2Fb%E9%zz?x=%41&y HTTP/1.1\r\n' +
      'Host: ejemplo\r\nContent-Type: text/x \r\nContent-Type: text/y\r\nContent-Length: 3\r\n' +
      'Path-Info: /malo\r\nScript-Name: /otro\r\nX_Under: 1\r\nX-Dup: a\r\nx-dup:  b \r\n\r\nabc',
  );
  const env = result.environ as WSGIEnvironment;
  assert.equal(env.PATH_INFO, '/a/b\xe9%zz');
  assert.equal(env.QUERY_STRING, 'x=%41&y');
  assert.equal(env.REQUEST_METHOD, 'POST');
  assert.equal(env.SERVER_PROTOCOL, 'HTTP/1.1');
  assert.equal(env.SERVER_SOFTWARE, SERVER_VERSION);
  assert.equal(env.CONTENT_TYPE, 'text/x '); // the first one, not stripped
  assert.equal(env.CONTENT_LENGTH, '3');
  assert.equal(env.HTTP_CONTENT_TYPE, undefined);
  assert.equal(env.HTTP_PATH_INFO, undefined); // skipped: PATH_INFO exists
  assert.equal(env.HTTP_SCRIPT_NAME, undefined);
  assert.equal(env.HTTP_X_UNDER, '1'); // underscores are kept
  assert.equal(env.HTTP_X_DUP, 'a,b');
  assert.equal(env.HTTP_HOST, 'ejemplo');
  assert.equal(env.REMOTE_HOST, '');
  assert.equal(env.REMOTE_ADDR, '127.0.0.1');
  assert.equal(env['wsgi.multithread'], false);
  assert.equal(env['wsgi.multiprocess'], false);
});

test('sin Content-Type: text/plain; sin Content-Length: vacío / defaults', () => {
  const env = runAmock(helloApp, 'GET / HTTP/1.0\r\n\r\n').result.environ as WSGIEnvironment;
  assert.equal(env.CONTENT_TYPE, 'text/plain');
  assert.equal(env.CONTENT_LENGTH, '');
  assert.equal(env.SCRIPT_NAME, '');
  assert.equal(env.GATEWAY_INTERFACE, 'CGI/1.1');
});
