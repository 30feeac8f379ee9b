import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareResponses, normalizeResponse } from './compareBytes';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const response = (server: string, date: string, body = 'hola') =>
  latin1(`HTTP/1.0 200 OK\r\nDate: ${date}\r\nServer: WSGIServer/0.2 ${server}\r\nContent-Length: ${body.length}\r\n\r\n${body}`);

test('se ignoran solo Date y la versión de Server / only Date and the Server version are ignored', () => {
  const python = response('CPython/3.14.2', 'Tue, 01 Dec 2026 21:00:00 GMT');
  const port = response('Node.js/20.20.2', 'Tue, 01 Dec 2026 21:00:07 GMT');
  const result = compareResponses(python, port);
  assert.equal(result.same, true);
  assert.ok(result.lines.every((line) => line.same));
});

test('cualquier otro byte cuenta / any other byte counts', () => {
  const python = response('CPython/3.14.2', 'x', 'hola');
  const port = response('CPython/3.14.2', 'x', 'holá');
  const result = compareResponses(python, port);
  assert.equal(result.same, false);
  assert.equal(result.lines.filter((line) => !line.same).length, 1);
  assert.equal(normalizeResponse(python).slice(result.firstDifference), 'a');
});

test('Date en el cuerpo no se ignora / Date in the body is not ignored', () => {
  const body = '\nDate: 1\r\n';
  const a = latin1(`HTTP/1.0 200 OK\r\n\r\nDate: 1`);
  const b = latin1(`HTTP/1.0 200 OK\r\n\r\nDate: 2`);
  assert.equal(compareResponses(a, b).same, false, body);
});
