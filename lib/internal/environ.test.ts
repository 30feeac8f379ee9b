// Unit tests for lib/internal/environ.ts: copyEnviron behaves as Python's
// dict.copy() of a base environ (same items in the same order, a new
// object each time, later changes to the source seen by later copies) and
// updateEnviron as dict.update(), whichever path (a generated shape or the
// generic loop) does the work.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WSGIEnvironment } from '../types';
import { copyEnviron, updateEnviron } from './environ';

const entries = (environ: WSGIEnvironment) => Object.entries(environ);

test('a copy has the same items in the same order, in a new plain object', () => {
  const source: WSGIEnvironment = { PATH: '/bin', HOME: '/root', '9': 'nine', 'wsgi.x': [1, 0], 'A"\\\u2028': 'q' };
  for (let i = 0; i < 3; i++) {
    const copy = copyEnviron(source);
    assert.notEqual(copy, source);
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.deepEqual(entries(copy), entries(source));
    assert.equal(copy['wsgi.x'], source['wsgi.x']); // shallow, as dict.copy()
    copy.EXTRA = 'x';
    assert.equal(Object.hasOwn(source, 'EXTRA'), false);
  }
  assert.deepEqual(copyEnviron({}), {});
});

test('later changes to the source (values, added and deleted keys) are in the next copy', () => {
  const source: WSGIEnvironment = { A: '1', B: '2' };
  copyEnviron(source);
  source.A = 'changed';
  assert.deepEqual(entries(copyEnviron(source)), [['A', 'changed'], ['B', '2']]);
  source.C = '3';
  assert.deepEqual(entries(copyEnviron(source)), [['A', 'changed'], ['B', '2'], ['C', '3']]);
  delete source.A;
  assert.deepEqual(entries(copyEnviron(source)), [['B', '2'], ['C', '3']]);
  source.A = 'back';
  assert.deepEqual(entries(copyEnviron(source)), [['B', '2'], ['C', '3'], ['A', 'back']]);
});

test('two sources with the same keys share a shape but not their values', () => {
  const first = copyEnviron({ K: 'first', L: 1 });
  const second = copyEnviron({ K: 'second', L: 2 });
  assert.deepEqual(entries(first), [['K', 'first'], ['L', 1]]);
  assert.deepEqual(entries(second), [['K', 'second'], ['L', 2]]);
});

test('a __proto__ key is copied as an item, not as the prototype', () => {
  const source: WSGIEnvironment = { A: '1' };
  Object.defineProperty(source, '__proto__', { value: 'p', enumerable: true, writable: true, configurable: true });
  const copy = copyEnviron(source);
  assert.equal(Object.getPrototypeOf(copy), Object.prototype);
  assert.deepEqual(entries(copy), [['A', '1'], ['__proto__', 'p']]);
});

test('past the generated shapes, copies are still exact', () => {
  for (let i = 0; i < 100; i++) {
    const source: WSGIEnvironment = { [`KEY_${i}`]: i, SHARED: 's' };
    assert.deepEqual(entries(copyEnviron(source)), [[`KEY_${i}`, i], ['SHARED', 's']]);
  }
});

test('non-enumerable and symbol keys are not items and are not copied', () => {
  const source: WSGIEnvironment = { A: '1' };
  Object.defineProperty(source, 'HIDDEN', { value: 'h', enumerable: false });
  (source as Record<symbol, unknown>)[Symbol('s')] = 's';
  const copy = copyEnviron(source);
  assert.deepEqual(Reflect.ownKeys(copy), ['A']);
});

test('an update sets each item in order: new keys last, existing keys in place', () => {
  const source: WSGIEnvironment = { B: 'new b', C: 'c', A: 'new a' };
  for (let i = 0; i < 3; i++) {
    const target: WSGIEnvironment = { A: 'a', B: 'b', Z: 'z' };
    updateEnviron(target, source);
    assert.deepEqual(entries(target), [['A', 'new a'], ['B', 'new b'], ['Z', 'z'], ['C', 'c']]);
  }
  source.D = 'd';
  delete source.C;
  const target: WSGIEnvironment = copyEnviron({ A: 'a' });
  updateEnviron(target, source);
  assert.deepEqual(entries(target), [['A', 'new a'], ['B', 'new b'], ['D', 'd']]);
  updateEnviron(target, {});
  assert.deepEqual(entries(target), [['A', 'new a'], ['B', 'new b'], ['D', 'd']]);
});

test('an update sets a __proto__ key as an item, and past the generated shapes is still exact', () => {
  const source: WSGIEnvironment = { A: '1' };
  Object.defineProperty(source, '__proto__', { value: 'p', enumerable: true, writable: true, configurable: true });
  const target: WSGIEnvironment = {};
  updateEnviron(target, source);
  assert.equal(Object.getPrototypeOf(target), Object.prototype);
  assert.deepEqual(entries(target), [['A', '1'], ['__proto__', 'p']]);
  for (let i = 0; i < 100; i++) {
    const many: WSGIEnvironment = { X: 'x' };
    updateEnviron(many, { [`UPDATE_${i}`]: i, X: 'y' });
    assert.deepEqual(entries(many), [['X', 'y'], [`UPDATE_${i}`, i]]);
  }
});
