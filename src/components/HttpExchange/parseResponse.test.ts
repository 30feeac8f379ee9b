import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResponse, toEditable, toWire, usesBareLf } from './parseResponse';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('a response splits into status line, headers in order and body bytes', () => {
  const parsed = parseResponse(enc('HTTP/1.0 200 OK\r\nServer: X\r\nA:  b \r\n\r\nhola\r\n\r\nmás'));
  assert.equal(parsed.statusLine, 'HTTP/1.0 200 OK');
  assert.equal(parsed.status, '200 OK');
  assert.deepEqual(parsed.headers, [
    ['Server', 'X'],
    ['A', 'b'],
  ]);
  assert.equal(new TextDecoder().decode(parsed.body), 'hola\r\n\r\nmás');
});

test('bytes without an HTTP head are all body', () => {
  const parsed = parseResponse(enc('<html>0.9</html>'));
  assert.equal(parsed.statusLine, '');
  assert.equal(parsed.status, null);
  assert.equal(parsed.body.length, 16);
});

test('an HTTP/0.9 body holding a blank line is still all body', () => {
  const parsed = parseResponse(enc('<p>a</p>\r\n\r\n<p>b</p>'));
  assert.equal(parsed.status, null);
  assert.deepEqual(parsed.headers, []);
  assert.equal(parsed.body.length, 20);
});

test('the editor shows plain line breaks and sends CRLF unless told not to', () => {
  const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  assert.equal(toEditable(request), 'GET / HTTP/1.1\nHost: x\n\n');
  assert.equal(toWire(toEditable(request), true), request);
  assert.equal(toWire('A\nB', false), 'A\nB');
  assert.equal(usesBareLf(request), false);
  assert.equal(usesBareLf('GET / HTTP/1.0\n\n'), true);
});
