// Both generated API references, built here with the site's own TypeDoc
// options: the English one has no Spanish prose, and every Python pointer
// (@python) appears in both. Also: lib/ uses the tags, not the old
// "English:" / "Python:" paragraphs that only text-sniffing could find.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateReference } from './generate';
import { spanishLines } from './spanish';

const root = path.resolve(import.meta.dirname, '..', '..');
let es = new Map<string, string>();
let en = new Map<string, string>();

before(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'wsgiref-ts-reference-'));
  es = await generateReference('es', path.join(out, 'es'));
  en = await generateReference('en', path.join(out, 'en'));
});

const pythonHeadings = (page: string): number => (page.match(/^#{2,6} Python$/gm) ?? []).length;

test('las dos referencias tienen las mismas páginas / both references have the same pages', () => {
  assert.ok(es.size > 50, `only ${es.size} pages generated`);
  assert.deepEqual([...en.keys()].sort(), [...es.keys()].sort());
});

test('la referencia inglesa no tiene prosa en español / no Spanish prose in the English reference', () => {
  const found = [...en].flatMap(([page, text]) => spanishLines(text).map((hit) => `${page}: ${hit.line} [${hit.words}]`));
  assert.deepEqual(found, []);
});

test('la prueba de español detecta la referencia española / the Spanish detector does fire on the Spanish one', () => {
  const flagged = [...es.values()].filter((text) => spanishLines(text).length > 0).length;
  assert.ok(flagged > es.size / 2, `only ${flagged} of ${es.size} Spanish pages look Spanish`);
});

test('cada puntero a Python está en las dos referencias / every Python pointer is in both', () => {
  let total = 0;
  for (const [page, text] of es) {
    total += pythonHeadings(text);
    assert.equal(pythonHeadings(en.get(page) ?? ''), pythonHeadings(text), `${page}: Python sections differ`);
  }
  assert.ok(total > 150, `only ${total} Python sections`);
});

test('ninguna etiqueta ni prefijo se cuela en las páginas / no tag or prefix leaks into the pages', () => {
  for (const [page, text] of [...es, ...en]) {
    assert.doesNotMatch(text, /@english|@python|^\s*English:/m, page);
  }
});

test('lib/ usa @english y @python, no párrafos «English:»/«Python:» / lib uses the tags', () => {
  const sources = ['lib', 'lib/internal'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => path.join(dir, name)),
  );
  const old = sources.flatMap((file) =>
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
      .filter(({ line }) => /^\s*\*\s*(English|Python):/.test(line) || /^\s*\/\*\*.*[.)`]\s+Python:/.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  assert.deepEqual(old, []);
});
