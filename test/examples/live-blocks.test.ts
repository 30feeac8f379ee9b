// Runs every live code block of every guide (Spanish docs/ and English
// i18n/en/…/current/, never the generated docs/api) the way the page runs
// it. A block must run without error, unless its meta has `showsError`:
// then it must end in an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { collectLiveBlocks, findPages } from './findBlocks';
import { runLiveBlock } from './harness';
import { hasMetaWord } from '../../src/live/meta';
import { describeLiveError } from '../../src/live/formatError';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  ...findPages(root, 'docs'),
  ...findPages(root, 'i18n/en/docusaurus-plugin-content-docs/current'),
];
const blocks = collectLiveBlocks(root, pages);

test('the guides exist and have live blocks', () => {
  assert.ok(pages.length > 0, 'No hay páginas en docs/: nada que probar. / No pages under docs/.');
  assert.ok(
    blocks.length > 0,
    `Ninguna de las ${pages.length} páginas tiene un bloque en vivo. / No live block in any page.`,
  );
});

function explain(error: unknown): string {
  const view = describeLiveError(error);
  return `${view.name}: ${view.message}`;
}

for (const block of blocks) {
  test(`${block.file}:${block.line}`, () => {
    const run = runLiveBlock(block.code, block.meta);
    if (hasMetaWord(block.meta, 'showsError')) {
      assert.ok(
        run.error !== undefined,
        'El bloque está marcado showsError pero terminó sin error. / Marked showsError but ran without error.',
      );
    } else if (run.error !== undefined) {
      assert.fail(`${explain(run.error)}\n--- código / code ---\n${block.code}`);
    }
  });
}
