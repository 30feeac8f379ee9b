// BytesIO and StringIO against the behaviour of Python's io.BytesIO and
// io.StringIO (expected values checked with CPython).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { BytesIO, StringIO } from './io';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const dec = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const lines = (chunks: Iterable<Uint8Array>): string[] => Array.from(chunks, dec);

const SAMPLE = 'abc\ndef\n\nxyz';

test('BytesIO.readline: up to and including "\\n", or size bytes', () => {
  const b = new BytesIO(enc(SAMPLE));
  assert.equal(dec(b.readline()), 'abc\n');
  assert.equal(dec(b.readline(2)), 'de');
  assert.equal(dec(b.readline()), 'f\n');
  assert.equal(dec(b.readline()), '\n');
  assert.equal(dec(b.readline()), 'xyz');
  assert.equal(b.readline().length, 0);
  assert.equal(b.tell(), 12);
  const c = new BytesIO(enc('a\nb'));
  assert.equal(c.readline(0).length, 0);
  assert.equal(dec(c.readline(-1)), 'a\n');
  assert.equal(dec(c.readline(null)), 'b');
});

test('BytesIO: only "\\n" ends a line', () => {
  assert.deepEqual(lines(new BytesIO(enc('a\r\nb\rc'))), ['a\r\n', 'b\rc']);
});

test('BytesIO.readlines with and without hint', () => {
  const b = new BytesIO(enc(SAMPLE));
  assert.deepEqual(lines(b.readlines()), ['abc\n', 'def\n', '\n', 'xyz']);
  assert.deepEqual(b.readlines(), []);

  const h = new BytesIO(enc(SAMPLE));
  assert.deepEqual(lines(h.readlines(1)), ['abc\n']);
  assert.deepEqual(lines(h.readlines(5)), ['def\n', '\n']);
  assert.deepEqual(lines(h.readlines(0)), ['xyz']);
});

test('BytesIO iteration yields the remaining lines', () => {
  assert.deepEqual(lines(new BytesIO(enc(SAMPLE))), ['abc\n', 'def\n', '\n', 'xyz']);
  const b = new BytesIO(enc(SAMPLE));
  b.readline();
  assert.deepEqual([...b].map(dec), ['def\n', '\n', 'xyz']);
  assert.deepEqual([...b], []);
  assert.deepEqual([...new BytesIO()], []);
});

test('BytesIO.read: sizes, None, negative, zero', () => {
  const b = new BytesIO(enc('abcdef'));
  assert.equal(b.write(enc('XY')), 2, 'write returns the byte count');
  assert.equal(dec(b.getvalue()), 'XYcdef', 'write overwrites from the position');
  assert.equal(dec(b.read(2)), 'cd');
  assert.equal(b.read(0).length, 0);
  assert.equal(dec(b.read(-1)), 'ef');
  assert.equal(b.read().length, 0);
  assert.equal(b.read(null).length, 0);
  assert.equal(dec(new BytesIO(enc('abc')).read(100)), 'abc');
});

test('BytesIO: the initial bytes are copied; reads return copies', () => {
  const source = enc('abc');
  const b = new BytesIO(source);
  source[0] = 0;
  assert.equal(dec(b.getvalue()), 'abc');
  const value = b.getvalue();
  value[0] = 0;
  assert.equal(dec(b.getvalue()), 'abc');
  const chunk = b.read(1);
  chunk[0] = 0;
  b.seek(0);
  assert.equal(dec(b.read()), 'abc');
});

test('BytesIO: write appends at the end, read starts where write left off', () => {
  const b = new BytesIO();
  b.write(enc('ab'));
  assert.equal(b.read().length, 0);
  assert.equal(dec(b.getvalue()), 'ab');
  b.seek(0);
  assert.equal(dec(b.read(1)), 'a');
  b.write(enc('long tail'));
  assert.equal(dec(b.getvalue()), 'along tail');
});

test('BytesIO: growing past the initial capacity keeps every byte', () => {
  const b = new BytesIO();
  const chunk = new Uint8Array(1000).map((_, i) => i % 256);
  for (let i = 0; i < 70; i++) b.write(chunk);
  const all = b.getvalue();
  assert.equal(all.length, 70000);
  assert.equal(all[69999], 999 % 256);
  assert.equal(all[1000], 0);
});

test('BytesIO: seeking past the end reads nothing and writing zero-fills', () => {
  const b = new BytesIO(enc('abc'));
  b.seek(10);
  assert.equal(b.read().length, 0);
  assert.equal(b.tell(), 10);
  assert.equal(b.readline().length, 0);
  assert.equal(b.tell(), 10);
  b.write(enc('Z'));
  assert.deepEqual(Array.from(b.getvalue()), [97, 98, 99, 0, 0, 0, 0, 0, 0, 0, 90]);
  assert.equal(b.tell(), 11);
});

test('BytesIO.write refuses strings', () => {
  assert.throws(() => new BytesIO().write('x' as never), TypeError);
});

test('BytesIO.close: every later operation fails, closing twice is fine', () => {
  const b = new BytesIO(enc('x'));
  assert.equal(b.closed, false);
  b.close();
  assert.equal(b.closed, true);
  const operations: Array<[string, () => unknown]> = [
    ['read', () => b.read()],
    ['readline', () => b.readline()],
    ['readlines', () => b.readlines()],
    ['getvalue', () => b.getvalue()],
    ['write', () => b.write(enc('a'))],
    ['tell', () => b.tell()],
    ['seek', () => b.seek(0)],
    ['flush', () => b.flush()],
    ['iteration', () => [...b]],
  ];
  for (const [name, operation] of operations) {
    assert.throws(operation, /I\/O operation on closed file/, name);
  }
  assert.doesNotThrow(() => b.close());
});

test('StringIO: read, write at the position, getvalue', () => {
  const s = new StringIO('hello');
  assert.equal(s.read(2), 'he');
  assert.equal(s.write('XY'), 2);
  assert.equal(s.getvalue(), 'heXYo');
  assert.equal(s.read(), 'o');
  assert.equal(s.read(), '');
  assert.equal(s.read(-1), '');
  s.seek(0);
  assert.equal(s.read(null), 'heXYo');
});

test('StringIO: a fresh one writes from the start, overwriting initial text', () => {
  const s = new StringIO('abc');
  s.write('X');
  assert.equal(s.getvalue(), 'Xbc');
});

test('StringIO: writelines and flush', () => {
  const s = new StringIO();
  s.write('a');
  s.writelines(['b', 'c']);
  s.writelines(new Set(['d']));
  s.flush();
  assert.equal(s.getvalue(), 'abcd');
  assert.equal(s.read(), '');
  s.seek(0);
  assert.equal(s.read(), 'abcd');
});

test('StringIO: writing past the end fills with NUL, as Python does', () => {
  const s = new StringIO();
  s.seek(3);
  s.write('x');
  assert.equal(s.getvalue(), '\0\0\0x');
});

test('StringIO.write refuses bytes and other non-strings', () => {
  assert.throws(() => new StringIO().write(enc('x') as never), TypeError);
  assert.throws(() => new StringIO().write(1 as never), TypeError);
});

test('StringIO.close: read, write and getvalue fail afterwards', () => {
  const s = new StringIO('abc');
  s.close();
  assert.equal(s.closed, true);
  assert.throws(() => s.read(), /I\/O operation on closed file/);
  assert.throws(() => s.getvalue(), /I\/O operation on closed file/);
  assert.throws(() => s.write('a'), /I\/O operation on closed file/);
  assert.doesNotThrow(() => s.flush(), 'flush is a no-op, as in Python');
  assert.doesNotThrow(() => s.close());
});

test('error messages are Spanish first, then English', () => {
  const b = new BytesIO();
  b.close();
  assert.throws(() => b.read(), {
    message: 'Operación de E/S sobre un archivo cerrado. / I/O operation on closed file.',
  });
});

test('BytesIO: streams written in turn keep their own bytes', () => {
  const streams = Array.from({ length: 300 }, () => new BytesIO());
  for (let round = 0; round < 3; round++) {
    streams.forEach((stream, i) => stream.write(enc(`${i}:${round};`)));
  }
  streams.forEach((stream, i) => assert.equal(dec(stream.getvalue()), `${i}:0;${i}:1;${i}:2;`));
  const value = streams[0].getvalue();
  value.fill(0);
  assert.equal(dec(streams[0].getvalue()), '0:0;0:1;0:2;', 'getvalue is a copy');
  assert.equal(dec(streams[1].getvalue()), '1:0;1:1;1:2;');
});

test('BytesIO: an empty write past the end pads nothing, as in Python', () => {
  const stream = new BytesIO(enc('abc'));
  stream.seek(10);
  assert.equal(stream.write(new Uint8Array(0)), 0);
  assert.deepEqual(stream.getvalue(), enc('abc'));
});
