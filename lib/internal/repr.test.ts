// Unit tests for lib/internal/repr.ts, the port's one repr(). The
// expected strings are what CPython 3.14's repr() prints for the same
// input (test/python/repr.diff.test.ts checks them against CPython
// itself): non-printable means str.isprintable() is false, i.e. the
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except the ASCII space.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonRepr, pythonStrRepr, repr } from './repr';

const STRINGS: readonly (readonly [string, string])[] = [
  ['a\u2028b', "'a\\u2028b'"],
  ['a\u2029b', "'a\\u2029b'"],
  ["it's", `"it's"`],
  ['say "hi"', `'say "hi"'`],
  [`both ' and "`, `'both \\' and "'`],
  ['tab\tnl\nr\r', "'tab\\tnl\\nr\\r'"],
  ['back\\slash', "'back\\\\slash'"],
  ['\x00\x1f\x7f', "'\\x00\\x1f\\x7f'"],
  ['\x85\xa0\xad\xff', "'\\x85\\xa0\\xad\xff'"],
  ['ñandú', "'ñandú'"],
  ['\u200b\u200e\ufeff', "'\\u200b\\u200e\\ufeff'"],
  ['\u3000 \u00a0', "'\\u3000 \\xa0'"],
  ['\u1680x', "'\\u1680x'"],
  ['\ud800', "'\\ud800'"],
  ['a\udfffb', "'a\\udfffb'"],
  ['😀', "'😀'"],
  ['\u{e0001}', "'\\U000e0001'"],
  ['\u{10ffff}', "'\\U0010ffff'"],
  ['\u0378', "'\\u0378'"],
  ['\ue000', "'\\ue000'"],
  ['GET /\x00', "'GET /\\x00'"],
  ['', "''"],
];

test("pythonStrRepr writes a string as CPython 3.14's repr() does", () => {
  for (const [input, expected] of STRINGS) assert.equal(pythonStrRepr(input), expected, JSON.stringify(input));
});

test('the message repr quotes strings exactly as pythonStrRepr (one repr for both)', () => {
  for (const [input] of STRINGS) assert.equal(repr(input), pythonStrRepr(input));
  assert.equal(repr(['a\u2028b', 1]), "['a\\u2028b', 1]");
  assert.equal(repr({ 'x\u2028': 'y' }), "{'x\\u2028': 'y'}");
});

test('pythonRepr writes environ values as Python would print them', () => {
  assert.equal(pythonRepr('a\u2028b'), "'a\\u2028b'");
  assert.equal(pythonRepr(null), 'None');
  assert.equal(pythonRepr(true), 'True');
  assert.equal(pythonRepr(false), 'False');
  assert.equal(pythonRepr(3), '3');
  assert.equal(pythonRepr([1, 0]), '(1, 0)');
  assert.equal(pythonRepr([1]), '(1,)');
  assert.equal(pythonRepr(new (class Stream {})()), '<Stream object>');
});

test('pythonStrRepr como repr() / pythonStrRepr like repr()', () => {
  assert.equal(pythonStrRepr('abc'), "'abc'");
  assert.equal(pythonStrRepr("it's"), `"it's"`);
  assert.equal(pythonStrRepr(`'"`), `'\\'"'`);
  assert.equal(pythonStrRepr('a\\b\n\r\t\x00\x7f\x85\xa0\xad\xe9'), "'a\\\\b\\n\\r\\t\\x00\\x7f\\x85\\xa0\\xad\xe9'");
  assert.equal(pythonStrRepr('\u2028ñ€'), "'\\u2028ñ€'");
});
