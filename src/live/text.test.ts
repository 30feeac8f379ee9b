import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytes, text } from './text';
import { bytesRepr, showLineEnds, stringRepr } from './escape';
import { describeLiveError } from './formatError';
import { hasMetaWord } from './meta';

test('bytes encodes UTF-8 and text decodes it back', () => {
  assert.deepEqual([...bytes('¡a')], [0xc2, 0xa1, 0x61]);
  assert.equal(text(bytes('¡Hola!')), '¡Hola!');
});

test('text joins chunks, even when a character is split between two', () => {
  const all = bytes('ñandú');
  assert.equal(text([all.subarray(0, 1), all.subarray(1)]), 'ñandú');
  assert.equal(text([]), '');
  function* chunks(): Generator<Uint8Array> {
    yield bytes('a');
    yield bytes('b');
  }
  assert.equal(text(chunks()), 'ab');
});

test('bytes and text refuse the wrong types with a bilingual message', () => {
  assert.throws(() => bytes(1 as unknown as string), /espera una cadena.*\/ bytes\(\) expects/);
  assert.throws(() => text(5 as unknown as Uint8Array), /TypeError|espera/);
  assert.throws(() => text(['x'] as unknown as Uint8Array[]), /no es Uint8Array/);
});

test('bytesRepr writes bytes the way Python repr() does', () => {
  assert.equal(bytesRepr(bytes('OK\r\n')), "b'OK\\r\\n'");
  assert.equal(bytesRepr(bytes("it's")), `b"it's"`);
  assert.equal(bytesRepr(bytes(`'"`)), `b'\\'"'`);
  assert.equal(bytesRepr(new Uint8Array([0, 0x7f, 0xff, 0x5c])), "b'\\x00\\x7f\\xff\\\\'");
  assert.equal(bytesRepr(bytes('ñ')), "b'\\xc3\\xb1'");
});

test('stringRepr and showLineEnds make invisible characters visible', () => {
  assert.equal(stringRepr("a'\r\n\t\u0001"), "'a\\'\\r\\n\\t\\x01'");
  assert.equal(showLineEnds('A\r\nB\nC\rD'), 'A\\r\\n\nB\\n\nC\\rD');
});

test('describeLiveError splits name and message and adds hints', () => {
  assert.deepEqual(describeLiveError('ReferenceError: render is not defined').name, 'ReferenceError');
  assert.match(describeLiveError('ReferenceError: render is not defined').hint ?? '', /noInline/);
  assert.match(describeLiveError(new RangeError('Maximum call stack size exceeded')).hint ?? '', /recursión infinita/);
  assert.match(describeLiveError('SyntaxError: Unexpected token (1:5)').hint ?? '', /línea:columna/);
  const plain = describeLiveError('algo raro');
  assert.deepEqual(plain, { name: 'Error', message: 'algo raro' });
});

test('hasMetaWord matches whole words only', () => {
  assert.equal(hasMetaWord('live noInline', 'noInline'), true);
  assert.equal(hasMetaWord('live noInlineX', 'noInline'), false);
  assert.equal(hasMetaWord(undefined, 'live'), false);
});
