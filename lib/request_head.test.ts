// RequestHeadReader: the incremental request-head reader WSGIServer feeds
// chunk by chunk. It must reach exactly the decisions readRequestHead
// reaches over the same bytes in one piece, whatever the cuts, and examine
// each byte once (counted by CountingHeadReader, the deterministic stand-in
// for CPU time; test/lib/hostile-quadratic.test.ts bounds it on a 3.6 MB head).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_HEADERS, MAX_LINE } from './http_server';
import { readRequestHead, type RequestHeadResult } from './request_head';
import { parseFeedHeaderBlock } from './internal/http_client';
import { encodeLatin1 } from './internal/latin1';
import { CountingHeadReader } from '../test/lib/fixtures/counting-reader';

/** A comparable form of a result (RequestHeaders compared by its fields). */
function plain(result: RequestHeadResult): unknown {
  if (result.state !== 'complete') return result;
  return { ...result, head: { ...result.head, headers: result.head.headers.fields } };
}

/** Feeds `data` cut at `cuts`, checking every intermediate state against the one-piece reading. */
function feed(data: Uint8Array, cuts: number[], maxBodySize?: number): CountingHeadReader {
  const reader = new CountingHeadReader({ maxBodySize });
  let start = 0;
  for (const end of [...cuts, data.length]) {
    const piece = data.slice(start, end);
    const got = reader.push(piece);
    piece.fill(0x41); // the reader must keep no view of what it was given
    assert.deepEqual(plain(got), plain(readRequestHead(data.subarray(0, end), { maxBodySize })), `cut at ${end}`);
    assert.ok(reader.scannedBytes <= end, `scanned ${reader.scannedBytes} of ${end}`);
    start = end;
  }
  assert.deepEqual(plain(reader.end()), plain(readRequestHead(data, { eof: true, maxBodySize })), 'end');
  return reader;
}

/** Every cut into two pieces, and byte by byte. */
function everyCut(text: string, maxBodySize?: number): void {
  const data = encodeLatin1(text);
  for (let cut = 0; cut <= data.length; cut++) feed(data, [cut], maxBodySize);
  feed(data, Array.from({ length: data.length }, (_, i) => i), maxBodySize);
}

test('RequestHeadReader: mismas decisiones en cualquier corte / same decisions whatever the cuts', () => {
  const requests = [
    'GET /a?b HTTP/1.1\r\nHost: x\r\nX: 1\r\n\r\n',
    'POST / HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello',
    'GET / HTTP/1.0\nHost: x\n\nbody', // lone \n
    'GET / HTTP/1.0\r\nA: 1\r\n folded\r\n\tmore\r\nFrom x\r\n:bad\r\nNot a header\r\nB: 2\r\n\r\n',
    'GET /\r\n', // HTTP/0.9: no header block
    'GET //evil HTTP/1.0\r\n\r\n',
    '\r\n',
    '',
    'GET / HTTP/2.0\r\n\r\n', // 505
    'GET / HTTP/1.x\r\n', // 400 version
    'POST /\r\n', // 400 HTTP/0.9 type
    'GET / HTTP/1.0\r\nHost: x', // cut short: the end completes it
    'GET / HTTP/1.0 extra\r\n', // 400 syntax
    'GET / HTTP/1.0\rX: 1\r\n\r\n', // a lone \r does not end a line
    'GET / HTTP/1.0\r\nA: 1\rB: 2\r\r\n\r\n', // ...but ends a header line for email
    'GET / HTTP/1.1\r\nX-Nombre: caf\xe9\r\nHost: x\r\n\r\n', // latin-1 byte 0xE9
    'GET / HTTP/1.1\r\nHost: x\nAccept: */*\r\n\n', // CRLF and LF mixed
  ];
  for (const request of requests) everyCut(request);
  everyCut('PUT / HTTP/1.0\r\nContent-Length: 1000\r\n\r\n', 999); // 413
});

test('RequestHeadReader: límites 414 y 431 en cualquier corte / 414 and 431 limits', () => {
  const cutsAround = (data: Uint8Array, at: number): void => {
    for (const cut of [1, at - 2, at - 1, at, at + 1, data.length - 1]) {
      if (cut > 0 && cut < data.length) feed(data, [cut]);
    }
    feed(data, Array.from({ length: Math.floor(data.length / 1000) }, (_, i) => (i + 1) * 1000));
  };
  for (const extra of [-1, 0, 1, 2]) {
    // A request line of MAX_LINE + extra bytes (LF included), then more.
    const line = 'GET /' + 'a'.repeat(MAX_LINE + extra - 'GET / HTTP/1.0\r\n'.length) + ' HTTP/1.0\r\n';
    cutsAround(encodeLatin1(line + 'Host: x\r\n\r\n'), MAX_LINE);
    const header = 'X: ' + 'b'.repeat(MAX_LINE + extra - 5) + '\r\n';
    cutsAround(encodeLatin1('GET / HTTP/1.0\r\n' + header + '\r\n'), 16 + MAX_LINE);
  }
  const lines = (n: number): string => 'GET / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(n) + '\r\n';
  for (const n of [MAX_HEADERS - 1, MAX_HEADERS]) {
    const data = encodeLatin1(lines(n));
    feed(data, Array.from({ length: data.length }, (_, i) => i));
  }
  const refused = feed(encodeLatin1(lines(MAX_HEADERS)), []).result;
  assert.deepEqual(refused, { state: 'error', code: 431, message: 'Too many headers', consumed: 16 + 6 * 100 + 2 });
  const accepted = feed(encodeLatin1(lines(MAX_HEADERS - 1)), []).result;
  assert.equal(accepted.state, 'complete');
});

test('RequestHeadReader: ignora lo que sigue a una cabecera decidida / ignores bytes after the head', () => {
  const reader = new CountingHeadReader();
  const first = reader.push(encodeLatin1('POST / HTTP/1.0\r\nContent-Length: 3\r\n\r\nab'));
  assert.equal(first.state, 'complete');
  const scanned = reader.scannedBytes;
  assert.equal(scanned, 'POST / HTTP/1.0\r\nContent-Length: 3\r\n\r\n'.length);
  assert.equal(reader.push(encodeLatin1('c\r\n\r\n'.repeat(1000))), first);
  assert.equal(reader.end(), first);
  assert.equal(reader.scannedBytes, scanned);
});

// The reader takes the header lines a piece holds whole at once and
// parses the block with parseHeaderBlock's plain fast path; the fields must
// be those email's general rules find in the same lines.
test('RequestHeadReader: en un trozo, los campos de las reglas generales / in one piece, general fields', () => {
  const heads = [
    'GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close\r\n\r\n',
    'GET / HTTP/1.1\r\nX-Nombre: caf\xe9\r\n\r\n',
    'GET / HTTP/1.0\nHost: x\nX:\t v \n\n',
    'GET / HTTP/1.0\r\nA: 1\r\n folded\r\nB: 2\r\n\r\n',
    'GET / HTTP/1.0\r\nA: 1\rB: 2\r\r\n\r\n',
    'GET / HTTP/1.0\r\nA: 1\r\nNo colon\r\nB: 2\r\n\r\n',
    'GET / HTTP/1.0\r\nFrom x\r\n:dropped\r\nA: 1\r\n\r\n',
  ];
  for (const text of heads) {
    const result = readRequestHead(encodeLatin1(text));
    assert.equal(result.state, 'complete', JSON.stringify(text));
    if (result.state !== 'complete') continue;
    const block = text.slice(text.indexOf('\n') + 1, result.head.headLength);
    assert.deepEqual(result.head.headers.fields, parseFeedHeaderBlock(block), JSON.stringify(text));
    // A socket delivers Buffers, which decode latin-1 natively: the same head.
    assert.deepEqual(plain(readRequestHead(Buffer.from(text, 'latin1'))), plain(result), JSON.stringify(text));
  }
});

// ------------------------------------------------ readRequestHead

test('readRequestHead: incompleta, completa, error, vacía / states', () => {
  const head = (text: string, eof = false) => readRequestHead(encodeLatin1(text), { eof });
  assert.equal(head('GET / HTTP/1.0').state, 'incomplete');
  assert.equal(head('GET / HTTP/1.0\r\nHost: x\r\n').state, 'incomplete');
  assert.equal(head('GET / HTTP/1.0\r\nHost: x\r\n', true).state, 'complete');
  assert.equal(head('').state, 'incomplete');
  assert.deepEqual(head('', true), { state: 'empty', consumed: 0 });
  assert.deepEqual(head('\r\n'), { state: 'empty', consumed: 2 });
  const complete = head('POST /a?b HTTP/1.1\r\nContent-Length: 5\r\nX: 1\r\n\r\nabc');
  assert.equal(complete.state, 'complete');
  if (complete.state === 'complete') {
    assert.equal(complete.head.headLength, 'POST /a?b HTTP/1.1\r\nContent-Length: 5\r\nX: 1\r\n\r\n'.length);
    assert.equal(complete.head.contentLength, 5);
    assert.equal(complete.head.command, 'POST');
    assert.equal(complete.head.path, '/a?b');
    assert.equal(complete.head.requestVersion, 'HTTP/1.1');
    assert.equal(complete.head.headers.get('x'), '1');
  }
  const http09 = head('GET /\n');
  assert.equal(http09.state, 'complete');
  if (http09.state === 'complete') assert.equal(http09.head.requestVersion, 'HTTP/0.9');
});

test('readRequestHead: límites / limits', () => {
  const almost = encodeLatin1('GET /' + 'a'.repeat(65531));
  assert.equal(readRequestHead(almost).state, 'incomplete');
  const over = encodeLatin1('GET /' + 'a'.repeat(65532));
  assert.deepEqual(readRequestHead(over), {
    state: 'error',
    code: 414,
    message: 'URI Too Long',
    consumed: 65537,
  });
  const longHeader = readRequestHead(encodeLatin1('GET / HTTP/1.0\r\nX: ' + 'a'.repeat(65534)));
  assert.equal(longHeader.state, 'error');
  if (longHeader.state === 'error') assert.equal(longHeader.code, 431);
  const many = readRequestHead(encodeLatin1('GET / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(101)));
  assert.equal(many.state, 'error');
  const big = readRequestHead(encodeLatin1('PUT / HTTP/1.0\r\nContent-Length: 1000\r\n\r\n'), {
    maxBodySize: 999,
  });
  assert.equal(big.state, 'error');
  if (big.state === 'error') assert.equal(big.code, 413);
  const bad = readRequestHead(encodeLatin1('GET / HTTP/2\r\n'));
  assert.equal(bad.state, 'error');
  if (bad.state === 'error') assert.equal(bad.message, "Bad request version ('HTTP/2')");
});

test('readRequestHead: Content-Length inválido cuenta como 0 / invalid Content-Length', () => {
  for (const value of ['', 'abc', '-5', '1.5']) {
    const result = readRequestHead(encodeLatin1(`POST / HTTP/1.0\r\nContent-Length: ${value}\r\n\r\n`));
    assert.equal(result.state, 'complete');
    if (result.state === 'complete') assert.equal(result.head.contentLength, 0, value);
  }
});
