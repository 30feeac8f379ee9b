// Python's str whitespace and int() as the port reads them. The int()
// table is what CPython's own int() gives for each string (None: the
// ValueError it raises).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pyInt, pySplit, pyStrip } from './pystr';

const PYTHON_INT: [string, number | null][] = [
  ['12', 12], [' 12 ', 12], ['+3', 3], ['-5', -5], ['-0', 0], ['1_000', 1000], ['1__0', null],
  ['_1', null], ['1_', null], ['\x1c5', null], ['5\x1f', null], ['\x855\xa0', 5],
  ['\t\n\v\f\r7\r\n', 7], ['\u20058', 8], ['abc', null], ['', null], ['0x10', null],
  ['1.0', null], ['+-1', null], ['0012', 12], ['\u00b2', null],
];

test('pyInt: int() of a str, as CPython reads it (\\x1c-\\x1f are not its whitespace, \\x85 is)', () => {
  for (const [text, expected] of PYTHON_INT) {
    const got = pyInt(text);
    assert.equal(got === null ? null : got + 0, expected, JSON.stringify(text));
  }
});

test('pySplit and pyStrip: str.split() and str.strip() whitespace, \\x1c-\\x1f and \\x85 included', () => {
  assert.deepEqual(pySplit('200\x1cOK \x85x'), ['200', 'OK', 'x']);
  assert.deepEqual(pySplit('  '), []);
  assert.equal(pyStrip('\x1f a \x85'), 'a');
});
