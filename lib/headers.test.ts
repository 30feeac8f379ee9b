// Ports CPython's Lib/test/test_wsgiref.py HeaderTests plus the edge cases
// of Lib/wsgiref/headers.py that those tests leave implicit.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Headers } from './headers';
import { encodeLatin1 } from './internal/latin1';
import type { HeaderPair } from './types';

const C0_CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '\x7f'];

test('mapping interface (testMappingInterface)', () => {
  const pairs: HeaderPair[] = [['x', 'y']];
  assert.equal(new Headers().length, 0);
  assert.equal(new Headers([]).length, 0);
  assert.equal(new Headers([...pairs]).length, 1);
  assert.deepEqual(new Headers([...pairs]).keys(), ['x']);
  assert.deepEqual(new Headers([...pairs]).values(), ['y']);
  assert.deepEqual(new Headers([...pairs]).items(), pairs);
  assert.notEqual(new Headers(pairs).items(), pairs, 'items() must be a copy');

  const h = new Headers();
  h.delete('foo'); // deleting a missing header is silent

  h.set('Foo', 'bar');
  const lookups: Array<(name: string) => unknown> = [
    (n) => h.has(n),
    (n) => h.get(n),
    (n) => h.getAll(n).length > 0,
  ];
  for (const lookup of lookups) {
    assert.ok(lookup('foo'));
    assert.ok(lookup('Foo'));
    assert.ok(lookup('FOO'));
    assert.ok(!lookup('bar'));
  }

  assert.equal(h.get('foo'), 'bar');
  h.set('foo', 'baz');
  assert.equal(h.get('FOO'), 'baz');
  assert.deepEqual(h.getAll('foo'), ['baz']);

  assert.equal(h.get('foo', 'whee'), 'baz');
  assert.equal(h.get('zoo', 'whee'), 'whee');
  assert.equal(h.setDefault('foo', 'whee'), 'baz');
  assert.equal(h.setDefault('zoo', 'whee'), 'whee');
  assert.equal(h.get('foo'), 'baz');
  assert.equal(h.get('zoo'), 'whee');
});

test('the constructor requires an array (testRequireList)', () => {
  assert.throws(() => new Headers('foo' as never), TypeError);
  assert.throws(() => new Headers({} as never), TypeError);
  assert.throws(() => new Headers(new Map() as never), TypeError);
  // null and undefined mean "no headers", as None does in Python.
  assert.equal(new Headers(null).length, 0);
  assert.equal(new Headers(undefined).length, 0);
});

test('extras: toString and addHeader (testExtras)', () => {
  const h = new Headers();
  assert.equal(h.toString(), '\r\n');

  h.addHeader('foo', 'bar', { baz: 'spam' });
  assert.equal(h.get('foo'), 'bar; baz="spam"');
  assert.equal(h.toString(), 'foo: bar; baz="spam"\r\n\r\n');

  h.addHeader('Foo', 'bar', { cheese: null });
  assert.deepEqual(h.getAll('foo'), ['bar; baz="spam"', 'bar; cheese']);
  assert.equal(h.toString(), 'foo: bar; baz="spam"\r\n' + 'Foo: bar; cheese\r\n' + '\r\n');
});

test('control characters are refused; TAB only in values (testRaisesControlCharacters, 3.14)', () => {
  const h = new Headers();
  for (const c0 of C0_CONTROLS) {
    const shown = `U+${c0.charCodeAt(0).toString(16).padStart(4, '0')}`;
    assert.throws(() => h.set(`key${c0}`, 'val'), /header names/, shown);
    assert.throws(() => h.addHeader(`key${c0}`, 'val', { param: 'param' }), /header names/, shown);
    assert.throws(() => h.addHeader('key', 'val', { [`param${c0}`]: 'x' }), /header names/, shown);
    assert.throws(() => h.setDefault(`key${c0}`, 'val'), /header names/, shown);
    assert.throws(() => new Headers([[`key${c0}`, 'val']]), /header names/, shown);
    if (c0 === '\t') {
      h.set('key', `val${c0}`);
      h.addHeader('key', `val${c0}`, { param: `param${c0}` });
      assert.deepEqual(h.getAll('key'), ['val\t', 'val\t; param="param\t"']);
      h.delete('key');
    } else {
      assert.throws(() => h.set('key', `val${c0}`), /header values/, shown);
      assert.throws(() => h.addHeader('key', `val${c0}`, { param: 'param' }), /header values/, shown);
      assert.throws(() => h.addHeader('key', 'val', { param: `param${c0}` }), /header values/, shown);
      assert.throws(() => h.setDefault('key', `val${c0}`), /header values/, shown);
      assert.throws(() => new Headers([['key', `val${c0}`]]), /header values/, shown);
    }
  }
  assert.equal(h.length, 0);
});

test('error messages are Spanish first, then English', () => {
  const h = new Headers();
  assert.throws(() => h.set('X', 'a\r\nSet-Cookie: x=1'), {
    message:
      'El valor de la cabecera no puede contener caracteres de control (CR, LF…). ' +
      '/ Control characters are not allowed in header values.',
  });
  assert.throws(() => h.set('X\n', 'a'), {
    message:
      'El nombre de la cabecera no puede contener caracteres de control (CR, LF, TAB…). ' +
      '/ Control characters are not allowed in header names.',
  });
  assert.throws(() => h.set('X', 1 as never), {
    name: 'TypeError',
    message: /^Los nombres y valores de las cabeceras deben ser cadenas \(se recibió 1\)\. \/ Header names\/values must be of type str \(got 1\)\.$/,
  });
});

test('non-string names and values are a TypeError everywhere', () => {
  const h = new Headers([['A', '1']]);
  const bad = [1, null, undefined, {}, ['a'], Symbol('s')] as never[];
  for (const value of bad) {
    assert.throws(() => h.set('X', value), TypeError);
    assert.throws(() => h.set(value, 'x'), TypeError);
    assert.throws(() => h.get(value), TypeError);
    assert.throws(() => h.getAll(value), TypeError);
    assert.throws(() => h.has(value), TypeError);
    assert.throws(() => h.delete(value), TypeError);
    assert.throws(() => h.setDefault('X', value), TypeError);
    assert.throws(() => h.addHeader(value, 'x'), TypeError);
    // null is a bare flag for a parameter (None in Python), not an error.
    if (value !== null) assert.throws(() => h.addHeader('X', 'x', { p: value }), TypeError);
    assert.throws(() => new Headers([['X', value]]), TypeError);
  }
  assert.throws(() => new Headers([['X'] as never]), TypeError);
  assert.throws(() => new Headers([['X', 'y', 'z'] as never]), TypeError);
  assert.throws(() => new Headers(['Xy' as never]), TypeError);
  assert.deepEqual(h.items(), [['A', '1']]);
});

test('the list given to the constructor is shared, not copied', () => {
  const pairs: HeaderPair[] = [['Content-Type', 'text/plain'], ['X-A', '1'], ['x-a', '2']];
  const h = new Headers(pairs);
  h.set('X-B', '3');
  assert.equal(pairs.length, 4);
  h.delete('x-A');
  assert.deepEqual(pairs, [['Content-Type', 'text/plain'], ['X-B', '3']]);
  pairs.push(['Date', 'today']);
  assert.equal(h.get('date'), 'today');
  assert.equal(h.length, 3);
  h.setDefault('Server', 'x');
  h.addHeader('Link', '</a>', { rel: 'next' });
  assert.deepEqual(pairs.at(-1), ['Link', '</a>; rel="next"']);
});

test('set removes every occurrence and appends at the end', () => {
  const h = new Headers([['A', '1'], ['B', '2'], ['a', '3']]);
  h.set('A', '4');
  assert.deepEqual(h.items(), [['B', '2'], ['A', '4']]);
});

test('set deletes before it checks the value, as Python does', () => {
  const h = new Headers([['A', '1']]);
  assert.throws(() => h.set('A', 'x\ny'));
  assert.equal(h.has('A'), false);
});

test('get returns the first match; getAll keeps order and duplicates', () => {
  const h = new Headers([['Set-Cookie', 'a=1'], ['X', 'y'], ['set-cookie', 'b=2']]);
  assert.equal(h.get('SET-COOKIE'), 'a=1');
  assert.deepEqual(h.getAll('Set-Cookie'), ['a=1', 'b=2']);
  assert.deepEqual(h.getAll('missing'), []);
  assert.equal(h.get('missing'), undefined);
  assert.equal(h.get('missing', null), null);
  assert.equal(h.length, 3);
  assert.deepEqual(h.keys(), ['Set-Cookie', 'X', 'set-cookie']);
});

test('has is true for a header whose value is empty', () => {
  const h = new Headers([['X-Empty', '']]);
  assert.equal(h.has('x-empty'), true);
  assert.equal(h.get('x-empty', 'default'), '');
});

test('setDefault returns the existing value and adds nothing', () => {
  const h = new Headers([['Content-Type', 'text/html']]);
  assert.equal(h.setDefault('content-type', 'text/plain'), 'text/html');
  assert.equal(h.length, 1);
  assert.equal(h.setDefault('X-New', ''), '');
  assert.deepEqual(h.items().at(-1), ['X-New', '']);
});

test('addHeader formats parameters like _formatparam', () => {
  const h = new Headers();
  h.addHeader('content-disposition', 'attachment', { filename: 'bud.gif' });
  assert.equal(h.get('content-disposition'), 'attachment; filename="bud.gif"');

  h.addHeader('X-Quote', 'v', { a: 'say "hi"', b: 'back\\slash', c: 'plain' });
  assert.equal(h.get('x-quote'), 'v; a="say \\"hi\\""; b="back\\\\slash"; c="plain"');

  h.addHeader('X-Under', 'v', { max_age: '10', no_cache: null });
  assert.equal(h.get('x-under'), 'v; max-age="10"; no-cache');

  // An empty parameter value leaves the bare key (len(value) == 0 in Python).
  h.addHeader('X-Empty', 'v', { a: '' });
  assert.equal(h.get('x-empty'), 'v; a');

  // A null value gives only the parameters; an empty one a leading "; ".
  h.addHeader('X-Only', null, { a: 'b', flag: null });
  assert.equal(h.get('x-only'), 'a="b"; flag');
  h.addHeader('X-Blank', '', { a: 'b' });
  assert.equal(h.get('x-blank'), '; a="b"');
  h.addHeader('X-Nothing', null);
  assert.equal(h.get('x-nothing'), '');
  h.addHeader('X-Plain', 'v');
  assert.equal(h.get('x-plain'), 'v');
});

test('addHeader appends without replacing', () => {
  const h = new Headers([['Link', '<a>']]);
  h.addHeader('Link', '<b>', { rel: 'next' });
  assert.deepEqual(h.getAll('link'), ['<a>', '<b>; rel="next"']);
});

test('items is a copy; iteration yields [name, value] pairs', () => {
  const pairs: HeaderPair[] = [['A', '1'], ['B', '2']];
  const h = new Headers(pairs);
  const copy = h.items();
  copy.push(['C', '3']);
  copy[0][1] = 'changed';
  assert.deepEqual(pairs, [['A', '1'], ['B', '2']]);
  assert.deepEqual([...h], [['A', '1'], ['B', '2']]);
  assert.deepEqual(Array.from(h, ([name]) => name), ['A', 'B']);
});

test('toString and toBytes: CRLF lines and an empty line, latin-1', () => {
  const h = new Headers([['Content-Type', 'text/plain; charset=utf-8'], ['X-Ñ', 'café']]);
  const expected = 'Content-Type: text/plain; charset=utf-8\r\nX-Ñ: café\r\n\r\n';
  assert.equal(h.toString(), expected);
  assert.equal(String(h), expected);
  assert.equal(`${h}`, expected);
  const bytes = h.toBytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual(Array.from(bytes), Array.from(expected, (c) => c.charCodeAt(0)));
  assert.deepEqual(Array.from(new Headers().toBytes()), [13, 10]);
  assert.throws(() => new Headers([['X', '€']]).toBytes(), TypeError);
});

test("toBytes is toString's text in latin-1: same error, a subclass's own text, entries pushed later", () => {
  const bad = new Headers([['A', 'ok'], ['B', 'x€']]);
  let expected: unknown;
  try {
    encodeLatin1(bad.toString());
  } catch (error) {
    expected = error;
  }
  assert.ok(expected instanceof TypeError);
  assert.throws(() => bad.toBytes(), expected as TypeError);
  class Shouting extends Headers {
    override toString(): string {
      return super.toString().toUpperCase();
    }
  }
  assert.deepEqual(new Shouting([['a', 'b']]).toBytes(), encodeLatin1('A: B\r\n\r\n'));
  const pairs: HeaderPair[] = [['A', '1']];
  const h = new Headers(pairs);
  (pairs as unknown[]).push(['N', 2]);
  assert.deepEqual(h.toBytes(), encodeLatin1('A: 1\r\nN: 2\r\n\r\n'));
});

test('names compare with Unicode lower-casing, like str.lower()', () => {
  const h = new Headers([['X-ÀÉ', '1']]);
  assert.equal(h.get('x-àé'), '1');
});

test('names whose lower case is longer (İ) still match, like str.lower()', () => {
  const h = new Headers([['X-İ', '1'], ['Content-Type', 'text/plain']]);
  assert.equal(h.get('X-İ'), '1');
  assert.equal(h.get('x-i\u0307'), '1', "'İ'.lower() is 'i' + U+0307 in Python too");
  assert.equal(h.get('X-I'), undefined);
  assert.equal(h.get('CONTENT-type'), 'text/plain');
  h.delete('x-i\u0307');
  assert.deepEqual(h.keys(), ['Content-Type']);
});

test('names of two lengths match only through an İ on the shorter side, either side', () => {
  const h = new Headers([['x-i\u0307', 'long key'], ['X-İ', 'short key'], ['Σ-İ', 'sigma']]);
  assert.deepEqual(h.getAll('X-İ'), ['long key', 'short key']);
  assert.deepEqual(h.getAll('x-i\u0307'), ['long key', 'short key']);
  assert.equal(h.get('X-I'), undefined);
  assert.equal(h.get('x-ix'), undefined, 'same length as x-i + U+0307, different letters');
  assert.equal(h.get('σ-i\u0307'), 'sigma');
  h.delete('X-\u0130');
  assert.deepEqual(h.keys(), ['Σ-İ']);
});

test('toBytes of the same headers again: equal bytes in a new array; a changed value is encoded afresh', () => {
  const list: HeaderPair[] = [['Content-Type', 'text/plain'], ['Content-Length', '13']];
  const first = new Headers(list).toBytes();
  first.fill(0);
  const again = new Headers([['Content-Type', 'text/plain'], ['Content-Length', String(13)]]).toBytes();
  assert.notEqual(again, first);
  assert.deepEqual(again, encodeLatin1('Content-Type: text/plain\r\nContent-Length: 13\r\n\r\n'));
  list[1][1] = '14';
  assert.deepEqual(new Headers(list).toBytes(), encodeLatin1('Content-Type: text/plain\r\nContent-Length: 14\r\n\r\n'));
  list.pop();
  assert.deepEqual(new Headers(list).toBytes(), encodeLatin1('Content-Type: text/plain\r\n\r\n'));
});
