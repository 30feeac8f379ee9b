import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTopLevel, formatValue } from './format';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('strings print as they are on their own and quoted inside structures', () => {
  assert.equal(formatTopLevel('a\r\nb'), 'a\r\nb');
  assert.equal(formatValue(['a\r\n']), "['a\\r\\n']");
});

test('bytes print in Python notation, also nested', () => {
  assert.equal(formatValue([enc('OK\r\n'), enc('ñ')]), "[b'OK\\r\\n', b'\\xc3\\xb1']");
});

test('objects use identifier keys bare and quote the rest; long ones break lines', () => {
  assert.equal(formatValue({ a: 1, 'wsgi.version': [1, 0] }), "{a: 1, 'wsgi.version': [1, 0]}");
  const long = formatValue({ REQUEST_METHOD: 'GET', PATH_INFO: '/una/ruta/larga', QUERY_STRING: 'a=1&b=2' });
  assert.equal(long, "{\n  REQUEST_METHOD: 'GET',\n  PATH_INFO: '/una/ruta/larga',\n  QUERY_STRING: 'a=1&b=2',\n}");
});

test('cycles, Maps, Sets, Errors, functions and class names', () => {
  const cyclic: Record<string, unknown> = { n: null };
  cyclic.self = cyclic;
  assert.equal(formatValue(cyclic), '{n: null, self: [Circular]}');
  assert.equal(formatValue(new Map([['k', 1]])), "Map {'k' => 1}");
  assert.equal(formatValue(new Set([1n])), 'Set {1n}');
  assert.equal(formatValue(new RangeError('x')), 'RangeError: x');
  assert.equal(formatValue(function demo() {}), 'ƒ demo()');
  class Caja {
    lado = 2;
  }
  assert.equal(formatValue(new Caja()), 'Caja {lado: 2}');
});

test("the lib's Headers prints like Python's repr", () => {
  class Headers {
    items(): [string, string][] {
      return [['Content-Type', 'text/plain']];
    }
  }
  assert.equal(formatValue(new Headers()), "Headers([['Content-Type', 'text/plain']])");
});
