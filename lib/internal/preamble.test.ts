// Unit tests for lib/internal/preamble.ts: the bytes of Python's
// send_preamble lines, written part by part.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLatin1, encodeLatin1 } from './latin1';
import { originPreamble } from './preamble';

test('the status line, then Date and Server when given, in latin-1', () => {
  const date = 'Mon, 05 Jun 2006 18:49:54 GMT';
  assert.equal(decodeLatin1(originPreamble('1.0', '200 OK', null, null)), 'HTTP/1.0 200 OK\r\n');
  assert.equal(
    decodeLatin1(originPreamble('1.1', '404 Ñot Found', date, 'WSGIServer/0.2')),
    `HTTP/1.1 404 Ñot Found\r\nDate: ${date}\r\nServer: WSGIServer/0.2\r\n`,
  );
  assert.deepEqual(originPreamble('1.0', '204 X', null, 'S/1'), encodeLatin1('HTTP/1.0 204 X\r\nServer: S/1\r\n'));
});

test('a character over 0xFF is the error encodeLatin1 gives for the whole text', () => {
  const whole = 'HTTP/1.0 200 OK\r\nServer: caf€\r\n';
  let expected: unknown;
  try {
    encodeLatin1(whole);
  } catch (error) {
    expected = error;
  }
  assert.ok(expected instanceof TypeError);
  assert.throws(() => originPreamble('1.0', '200 OK', null, 'caf€'), expected as TypeError);
});

test('the same preamble twice: equal bytes in a new array each time, whatever a caller did to the last', () => {
  const date = 'Mon, 05 Jun 2006 18:49:54 GMT';
  const first = originPreamble('1.0', '200 OK', date, null);
  first.fill(0);
  const second = originPreamble('1.0', '200 OK', date, null);
  assert.notEqual(second, first);
  assert.equal(decodeLatin1(second), `HTTP/1.0 200 OK\r\nDate: ${date}\r\n`);
  assert.equal(decodeLatin1(originPreamble('1.0', '500 Oops', date, null)), `HTTP/1.0 500 Oops\r\nDate: ${date}\r\n`);
  assert.equal(decodeLatin1(originPreamble('1.0', '500 Oops', null, null)), 'HTTP/1.0 500 Oops\r\n');
  assert.equal(decodeLatin1(originPreamble('', '', null, null)), 'HTTP/ \r\n');
});
