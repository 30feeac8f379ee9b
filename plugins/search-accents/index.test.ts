// Unit tests for the search plugin's index code: foldIndexFiles rebuilds
// the lunr indexes docusaurus-search-local wrote so that accented and
// unaccented words meet both ways, keeping the stored texts; and the
// installed upstream is the version whose private parts the plugin uses.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { tokenize } from './client/tokenize';

// Docusaurus loads the plugin as CommonJS (it uses __filename): so does this test.
const plugin = createRequire(import.meta.url)('./index.ts') as typeof import('./index');
const { foldIndexFiles, UPSTREAM_VERSION, upstreamDir, upstreamProblem } = plugin;

const OPTIONS = { language: ['es', 'en'] };

// What docusaurus-search-local writes: per type (titles, headings,
// contents), the documents and a lunr index (here a placeholder, rebuilt).
const DOCUMENTS = [
  [
    { i: 1, t: 'Según la especificación', u: '/docs/pep', b: [] },
    { i: 2, t: 'El servidor de desarrollo', u: '/docs/servidor', b: [] },
  ],
  [{ i: 3, t: 'Cabeceras de la respuesta', u: '/docs/cabeceras', h: '#respuesta', p: 2 }],
];

function withIndex(run: (dir: string, file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-accents-'));
  const file = path.join(dir, 'search-index.json');
  writeFileSync(file, JSON.stringify(DOCUMENTS.map((documents) => ({ documents, index: {} }))));
  return run(dir, file).finally(() => rmSync(dir, { recursive: true, force: true }));
}

function lunrOfUpstream(): { Index: { load(data: unknown): { search(q: string): { ref: string }[] } } } {
  const requireFromSearch = createRequire(path.join(upstreamDir(), 'package.json'));
  return requireFromSearch('lunr');
}

test('foldIndexFiles rebuilds every search-index*.json; accents match both ways', async () => {
  await withIndex(async (dir, file) => {
    writeFileSync(path.join(dir, 'search-index-docs-en.json'), readFileSync(file));
    writeFileSync(path.join(dir, 'other.json'), '{}');
    assert.equal(await foldIndexFiles(dir, OPTIONS), 2);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { documents: unknown[]; index: unknown }[];
    assert.deepEqual(
      data.map(({ documents }) => documents),
      DOCUMENTS,
      'stored documents keep their accents',
    );
    const titles = lunrOfUpstream().Index.load(data[0].index);
    // The query side is client/tokenize.ts: fold, lower-case, split.
    for (const query of ['según', 'segun', 'SEGÚN', 'especificacion', 'especificación']) {
      const refs = titles.search(tokenize(query, OPTIONS.language).join(' ')).map((hit) => hit.ref);
      assert.deepEqual(refs, ['1'], query);
    }
    const headings = lunrOfUpstream().Index.load(data[1].index);
    assert.deepEqual(headings.search('cabeceras').map((hit) => hit.ref), ['3']);
    assert.equal(readFileSync(path.join(dir, 'other.json'), 'utf8'), '{}');
  });
});

test('the folded index keeps token positions in the original, accented text', async () => {
  await withIndex(async (dir, file) => {
    await foldIndexFiles(dir, OPTIONS);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { index: unknown }[];
    const [hit] = lunrOfUpstream().Index.load(data[0].index).search('especificacion') as unknown as {
      matchData: { metadata: Record<string, { t: { position: [number, number][] } }> };
    }[];
    const [[start, length]] = Object.values(hit.matchData.metadata)[0].t.position;
    assert.equal(DOCUMENTS[0][0].t.slice(start, start + length), 'especificación');
  });
});

test('the installed docusaurus-search-local is the version the private parts were written for', () => {
  const installed = JSON.parse(readFileSync(path.join(upstreamDir(), 'package.json'), 'utf8')) as { version: string };
  assert.equal(installed.version, UPSTREAM_VERSION);
  const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> })
    .dependencies['@easyops-cn/docusaurus-search-local'];
  assert.equal(pinned, UPSTREAM_VERSION, 'package.json pins the exact version');
  assert.equal(upstreamProblem(), null);
});

test('another upstream version, or a private file that changed, is refused with a clear error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-upstream-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '0.56.0' }));
    assert.match(upstreamProblem(dir) ?? '', /0\.55\.3.*0\.56\.0/);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: UPSTREAM_VERSION }));
    assert.match(upstreamProblem(dir) ?? '', /Missing from dist\/server\/server\/utils\/buildIndex\.js/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
