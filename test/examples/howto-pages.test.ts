// The how-to half of the guides (docs/como/, issue 9): at least six task
// pages, each with its English twin, placed after the tutorial in the
// sidebar, and each with what a how-to here promises: a live example, the
// Python version beside the TypeScript one in the shared tab group, and
// TypeScript imports by the package's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findFencedBlocks, findLiveBlocks, findPages } from './findBlocks';

const root = path.resolve(import.meta.dirname, '../..');
const english = 'i18n/en/docusaurus-plugin-content-docs/current';
const spanishPages = findPages(root, 'docs/como');

function position(dir: string): number {
  const category = JSON.parse(readFileSync(path.join(root, dir, '_category_.json'), 'utf8')) as { position: number };
  return category.position;
}

test('la sección «Cómo…» tiene al menos seis páginas / the how-to section has at least six pages', () => {
  assert.ok(spanishPages.length >= 6, `docs/como/ tiene ${spanishPages.length} páginas`);
});

test('«Cómo…» va justo después del tutorial / the how-to section comes right after the tutorial', () => {
  const howTo = position('docs/como');
  assert.ok(howTo > position('docs/tutorial'), 'antes del tutorial');
  for (const other of ['modulos', 'explicacion', 'tarea', 'referencia']) {
    assert.ok(howTo < position(`docs/${other}`), `después de docs/${other}`);
  }
  const labels = JSON.parse(readFileSync(path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current.json'), 'utf8'));
  assert.ok(labels['sidebar.docs.category.Cómo…'], 'falta la etiqueta inglesa de la categoría');
});

for (const page of spanishPages) {
  const twin = path.join(english, path.relative('docs', page));
  for (const file of [page, twin]) {
    test(`${file}: ejemplo en vivo, pestañas Python/TypeScript, imports del paquete / live example, tabs, package imports`, () => {
      assert.ok(existsSync(path.join(root, file)), `falta ${file}`);
      const source = readFileSync(path.join(root, file), 'utf8');
      assert.ok(findLiveBlocks(file, source).length > 0, 'ningún bloque en vivo');
      assert.match(source, /<Tabs groupId="lenguaje">/, 'sin <Tabs groupId="lenguaje">');
      assert.match(source, /<TabItem value="python"/, 'sin pestaña Python');
      assert.match(source, /<TabItem value="typescript"/, 'sin pestaña TypeScript');
      const typescript = findFencedBlocks(file, source).filter((block) => /^(ts|typescript)$/.test(block.language));
      assert.ok(typescript.length > 0, 'ningún bloque TypeScript');
      for (const block of typescript) {
        for (const [, from] of block.code.matchAll(/from '([^']+)'/g)) {
          assert.ok(
            from === 'wsgiref-ts' || from === 'wsgiref-ts/simple_server' || from.startsWith('node:'),
            `${file}:${block.line}: import desde '${from}' (debe ser 'wsgiref-ts' o 'wsgiref-ts/simple_server')`,
          );
        }
      }
    });
  }
}
