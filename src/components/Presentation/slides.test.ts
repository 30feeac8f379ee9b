import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slideOfBlock, splitSlides, type Block } from './slides';
import { readSlide, writeSlide } from './slideParam';

const b = (tag: string, chars = 10): Block => ({ tag, chars });

test('one slide per ## section, the title and intro first', () => {
  const blocks = [b('H1'), b('P'), b('H2'), b('P'), b('DIV'), b('H2'), b('P')];
  assert.deepEqual(splitSlides(blocks), [
    { start: 0, end: 2 },
    { start: 2, end: 5 },
    { start: 5, end: 7 },
  ]);
});

test('a long section splits at ###, a short one does not', () => {
  const blocks = [b('H1'), b('H2'), b('P', 900), b('H3'), b('P', 900), b('H3'), b('P'), b('H2'), b('H3'), b('P')];
  assert.deepEqual(splitSlides(blocks), [
    { start: 0, end: 1 },
    { start: 1, end: 3 },
    { start: 3, end: 5 },
    { start: 5, end: 7 },
    { start: 7, end: 10 },
  ]);
});

test('a page that starts with ## has no empty first slide; an empty page has one slide', () => {
  assert.deepEqual(splitSlides([b('H2'), b('P')]), [{ start: 0, end: 2 }]);
  assert.deepEqual(splitSlides([]), [{ start: 0, end: 0 }]);
});

test('slideOfBlock finds the slide of a block', () => {
  const slides = splitSlides([b('H1'), b('H2'), b('P'), b('H2')]);
  assert.equal(slideOfBlock(slides, 2), 1);
  assert.equal(slideOfBlock(slides, 3), 2);
  assert.equal(slideOfBlock(slides, 99), 0);
});

test('the slide number travels in the query, 1-based, in either locale', () => {
  assert.equal(readSlide(''), null);
  assert.equal(readSlide('?diapositiva=3'), 2);
  assert.equal(readSlide('?x=1&slide=1'), 0);
  assert.equal(readSlide('?diapositiva=cero'), 0);
  assert.equal(writeSlide('?x=1', 2, 'es'), '?x=1&diapositiva=3');
  assert.equal(writeSlide('?slide=4', 0, 'es'), '?diapositiva=1');
  assert.equal(writeSlide('?diapositiva=4', null, 'en'), '');
  assert.equal(writeSlide('', 1, 'en'), '?slide=2');
});
