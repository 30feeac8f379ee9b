// The bilingual convention's TypeDoc plugin (typedoc/bilingual-tags.mjs) on
// hand-made comments: which text each language keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Comment, CommentTag, type CommentDisplayPart } from 'typedoc';
import { applyLanguage } from '../../typedoc/bilingual-tags.mjs';

const text = (value: string): CommentDisplayPart[] => [{ kind: 'text', text: value }];

function sample(): Comment {
  const param = new CommentTag('@param', text('El nombre.'));
  param.name = 'name';
  return new Comment(text('Retorna el valor.'), [
    new CommentTag('@english', text('Returns the value.')),
    new CommentTag('@python', text('`Headers.get`')),
    param,
    new CommentTag('@english', text('The name.')),
    new CommentTag('@returns', text('El valor.')),
    new CommentTag('@python', text('`headers[name]`')),
    new CommentTag('@english', text('The value.')),
  ]);
}

const plain = (parts: readonly CommentDisplayPart[]): string => parts.map((p) => p.text).join('');
const tags = (comment: Comment): string[] => comment.blockTags.map((t) => `${t.tag}${t.name ? ` ${t.name}` : ''}: ${plain(t.content)}`);

test('español: se quitan las etiquetas @english / Spanish drops every @english', () => {
  const comment = sample();
  applyLanguage(comment, 'es');
  assert.equal(plain(comment.summary), 'Retorna el valor.');
  assert.deepEqual(tags(comment), ['@python: `Headers.get`', '@param name: El nombre.', '@returns: El valor.', '@python: `headers[name]`']);
});

test('inglés: cada @english sustituye a la parte anterior / English replaces the part before each @english', () => {
  const comment = sample();
  applyLanguage(comment, 'en');
  assert.equal(plain(comment.summary), 'Returns the value.');
  // The @python between @returns and its @english is skipped, not translated.
  assert.deepEqual(tags(comment), ['@python: `Headers.get`', '@param name: The name.', '@returns: The value.', '@python: `headers[name]`']);
});

test('sin @english el texto español queda en ambas / without @english the Spanish text stays', () => {
  const comment = new Comment(text('Solo español.'), [new CommentTag('@python', text('`x`'))]);
  applyLanguage(comment, 'en');
  assert.equal(plain(comment.summary), 'Solo español.');
  assert.deepEqual(tags(comment), ['@python: `x`']);
});
