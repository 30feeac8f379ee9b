// Unit tests for lib/internal/plain_text.ts: isPlainText answers whether a
// string is printable ASCII, the same whether the string is short (read),
// kept from an earlier call (looked up) or met after the kept set started
// again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlainText } from './plain_text';

const notPlain = ['\x00', '\t', '\r', '\n', '\x1f', '\x7f', '\x80', 'é', 'ÿ', '\u0130', '\u2028', '😀'];

test('printable ASCII is plain at any length, asked once or many times', () => {
  for (const text of ['', ' ', 'Date', 'Content-Type', 'text/plain; charset=utf-8', '~'.repeat(300)]) {
    for (let i = 0; i < 3; i++) assert.equal(isPlainText(text), true, JSON.stringify(text));
  }
});

test('one control, DEL or non-ASCII character anywhere makes text not plain', () => {
  for (const bad of notPlain) {
    for (const text of [bad, `${bad}Content-Type`, `Content-Type${bad}`, `Content${bad}Type-Long`]) {
      for (let i = 0; i < 3; i++) assert.equal(isPlainText(text), false, JSON.stringify(text));
    }
  }
});

test('answers stay exact after many distinct strings', () => {
  for (let i = 0; i < 3000; i++) {
    assert.equal(isPlainText(`X-Header-${i}`), true);
    assert.equal(isPlainText(`X-Header-${i}\r\n`), false);
  }
  assert.equal(isPlainText('Content-Type'), true);
  assert.equal(isPlainText('Content-Type\n'), false);
});
