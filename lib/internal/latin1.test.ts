// decodeLatin1Range: a Node Buffer's native latin-1 decoder and the general
// path must read every byte as the code point of the same value (true
// ISO-8859-1: 0x80-0x9F are C1 controls, not windows-1252's letters).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLatin1, decodeLatin1Range } from './latin1';

const EVERY_BYTE = Uint8Array.from({ length: 256 }, (_, i) => i);
const EXPECTED = String.fromCharCode(...EVERY_BYTE);

test('decodeLatin1Range: Buffer y Uint8Array dan ISO-8859-1 / Buffer and Uint8Array give ISO-8859-1', () => {
  const buffer = Buffer.concat([Buffer.from('ab'), EVERY_BYTE, Buffer.from('cd')]);
  const bytes = new Uint8Array(buffer);
  for (const source of [buffer, bytes]) {
    assert.equal(decodeLatin1Range(source, 2, 258), EXPECTED);
    assert.equal(decodeLatin1Range(source, 0, 2), 'ab');
    assert.equal(decodeLatin1Range(source, 5, 5), '');
  }
  assert.equal(decodeLatin1(EVERY_BYTE), EXPECTED);
  assert.equal(decodeLatin1Range(Buffer.from([0x80, 0x9f, 0xe9]), 0, 3), '\x80\x9f\xe9');
});
