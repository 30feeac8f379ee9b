// Unit tests for the accent folding shared by the index and the query.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldAccents } from './fold';
import { tokenize } from './client/tokenize';

test('foldAccents removes the combining marks of Spanish letters, one code point each', () => {
  const pairs: [string, string][] = [
    ['según', 'segun'],
    ['SEGÚN', 'SEGUN'],
    ['especificación', 'especificacion'],
    ['pingüino', 'pinguino'],
    ['año', 'ano'],
    ['¿Qué?', '¿Que?'],
  ];
  for (const [input, folded] of pairs) {
    assert.equal(foldAccents(input), folded);
    assert.equal(foldAccents(input).length, input.length, `positions stay valid for ${input}`);
  }
});

test('foldAccents folds decomposed input the same way and leaves other text alone', () => {
  assert.equal(foldAccents('segu\u0301n'), 'segun');
  assert.equal(foldAccents('WSGI, PEP 3333: start_response()'), 'WSGI, PEP 3333: start_response()');
  assert.equal(foldAccents('€ ß ø'), '€ ß ø');
});

test('the query tokenizer splits as upstream does (spaces and hyphens), lower-cased and folded', () => {
  assert.deepEqual(tokenize('Según la Especificación', ['es', 'en']), ['segun', 'la', 'especificacion']);
  assert.deepEqual(tokenize('  start_response  wsgi-input ', ['es', 'en']), ['start_response', 'wsgi', 'input']);
  assert.deepEqual(tokenize('   ', ['es', 'en']), []);
});
