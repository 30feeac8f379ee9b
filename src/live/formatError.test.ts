import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLiveError } from './formatError';

const hintOf = (error: unknown): string => describeLiveError(error).hint ?? '';

test('react-live\'s missing render() SyntaxError gets the noInline hint, not the parse hint', () => {
  const view = describeLiveError(new SyntaxError('No-Inline evaluations must call `render`.'));
  assert.equal(view.name, 'SyntaxError');
  assert.equal(view.message, 'No-Inline evaluations must call `render`.');
  assert.match(view.hint ?? '', /debe llamar a render/);
  assert.doesNotMatch(view.hint ?? '', /no se puede analizar/);
  assert.match(hintOf('SyntaxError: No-Inline evaluations must call `render`.'), /debe llamar a render/);
});

test('other SyntaxErrors and LiveCodeError get the parse hint', () => {
  assert.match(hintOf('SyntaxError: Unexpected token (1:5)'), /línea:columna/);
  assert.match(hintOf(new SyntaxError('Unterminated string constant (2:3)')), /no se puede analizar/);
  assert.match(hintOf('LiveCodeError: bad code'), /no se puede analizar/);
});

test('render is not defined gets its own hint, other ReferenceErrors the scope hint', () => {
  assert.match(hintOf('ReferenceError: render is not defined'), /solo existe en los bloques marcados noInline/);
  const other = hintOf(new ReferenceError('foo is not defined'));
  assert.match(other, /Ese nombre no existe/);
  assert.doesNotMatch(other, /render\(…\) solo existe/);
});

test('stack overflow and validator errors get their hints', () => {
  assert.match(hintOf(new RangeError('Maximum call stack size exceeded')), /recursión infinita/);
  assert.match(hintOf('WSGIAssertionError: Status must be a str'), /PEP 3333/);
});

test('errors with no known pattern carry no hint', () => {
  assert.deepEqual(describeLiveError(new TypeError('x is not a function')), {
    name: 'TypeError',
    message: 'x is not a function',
  });
  assert.deepEqual(describeLiveError('algo raro'), { name: 'Error', message: 'algo raro' });
});
