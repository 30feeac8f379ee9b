// parseHeaderBlock's plain fast path (parsePlainHeaderBlock) must give
// exactly what email's general rules give (parseFeedHeaderBlock), and hand
// every block it does not fully understand to them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedHeaderBlock, parseHeaderBlock, parsePlainHeaderBlock } from './http_client';

test('parsePlainHeaderBlock: bloques corrientes como las reglas generales / plain blocks as the general rules', () => {
  const blocks = [
    'Host: 127.0.0.1:8000\r\nConnection: close\r\n\r\n',
    'Host: x\nAccept: */*\n\n', // LF-only line ends
    'Host: x\r\nX: 1\n\r\n', // mixed
    'X:\r\nY: \t \r\nZ:\t v \r\n\r\n', // empty values, blanks around them
    'X-Nombre: caf\xe9\r\n\r\n', // latin-1 byte 0xE9 in a value
    'A: 1\r\nA: 2\r\nFrom: me\r\n\r\nbody: not a header\r\n', // duplicates, "From:" is a header
    "X: a:b c\r\n~!#$%&'*+-.^_`|: odd name\r\n\r\n",
    '\r\n',
    '\n',
  ];
  for (const text of blocks) {
    const plain = parsePlainHeaderBlock(text);
    assert.notEqual(plain, null, JSON.stringify(text));
    assert.deepEqual(plain, parseFeedHeaderBlock(text), JSON.stringify(text));
    assert.deepEqual(parseHeaderBlock(text), plain);
  }
  assert.deepEqual(parsePlainHeaderBlock('X-Nombre: caf\xe9\r\n\r\n'), [['X-Nombre', 'caf\xe9']]);
});

test('parsePlainHeaderBlock: cede a las reglas generales / hands the rest to the general rules', () => {
  const blocks = [
    'A: 1\r\n folded\r\n\tmore\r\nB: 2\r\n\r\n', // continuation lines
    ' lead: x\r\nA: 1\r\n\r\n', // a first line that is a continuation
    'From someone\r\nA: 1\r\n\r\n', // mbox envelope line
    'A: 1\r\nNot a header\r\nB: 2\r\n\r\n', // a line with no colon ends the block
    'A: 1\r\nBad Name: 2\r\n\r\n', // a space in the name ends the block
    ':empty name\r\nA: 1\r\n\r\n', // a line starting with ':' is dropped
    'A: 1\rB: 2\r\n\r\n', // a bare CR is a line end for email
    'A: 1\r\r\nB: 2\r\n\r\n',
    'A: 1\r\n\r', // CR-only blank line
    'A: 1\rB: 2\r\r', // CR-only line ends
    'A: 1\r\nB: 2', // cut by the end of input (readline gave b'')
    'A: 1\r\nB: 2\r',
    '',
  ];
  for (const text of blocks) {
    assert.equal(parsePlainHeaderBlock(text), null, JSON.stringify(text));
    assert.deepEqual(parseHeaderBlock(text), parseFeedHeaderBlock(text), JSON.stringify(text));
  }
  assert.deepEqual(parseHeaderBlock('A: 1\r\n folded\r\nB: 2\r\n\r\n'), [['A', '1\r\n folded'], ['B', '2']]);
  assert.deepEqual(parseHeaderBlock('A: 1\rB: 2\r\r'), [['A', '1'], ['B', '2']]);
});
