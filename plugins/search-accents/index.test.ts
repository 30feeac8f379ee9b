// Unit tests for the search plugin's index code: buildFoldedIndexes (which
// replaces docusaurus-search-local's buildIndex) builds lunr indexes in
// which accented and unaccented words meet both ways, keeping the stored
// texts; and the installed upstream is the version whose private parts
// the plugin uses.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { tokenize } from './client/tokenize';

// Docusaurus loads the plugin as CommonJS (it uses __filename): so does this test.
const requireHere = createRequire(import.meta.url);
const plugin = requireHere('./index.ts') as typeof import('./index');
const { buildFoldedIndexes, UPSTREAM_VERSION, upstreamDir, upstreamProblem } = plugin;

const OPTIONS = { language: ['es', 'en'] };

// What docusaurus-search-local gathers: per type (titles, headings,
// contents), the documents to index.
const DOCUMENTS = [
  [
    { i: 1, t: 'Según la especificación', u: '/docs/pep', b: [] },
    { i: 2, t: 'El servidor de desarrollo', u: '/docs/servidor', b: [] },
  ],
  [{ i: 3, t: 'Cabeceras de la respuesta', u: '/docs/cabeceras', h: '#respuesta', p: 2 }],
];

function requireFromUpstream(): NodeJS.Require {
  return createRequire(path.join(upstreamDir(), 'package.json'));
}

/** Built, serialised and loaded back, as the page gets it. */
function loadedIndexes(allDocuments: unknown[][]): { documents: unknown[]; index: unknown }[] {
  return JSON.parse(JSON.stringify(buildFoldedIndexes(allDocuments, OPTIONS)));
}

function lunrOfUpstream(): { Index: { load(data: unknown): { search(q: string): { ref: string }[] } } } {
  return requireFromUpstream()('lunr');
}

test('buildFoldedIndexes: accents match both ways; stored documents keep their accents', () => {
  const data = loadedIndexes(DOCUMENTS);
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
});

test('a document type with no documents (a hole in the array) gets an empty index', () => {
  const sparse: unknown[][] = [];
  sparse[1] = DOCUMENTS[1];
  const data = loadedIndexes(sparse);
  assert.equal(data.length, 2);
  assert.deepEqual(data[0].documents, []);
  assert.deepEqual(lunrOfUpstream().Index.load(data[1].index).search('cabeceras').map((hit) => hit.ref), ['3']);
});

test("docusaurus-search-local's postBuild builds its indexes with buildFoldedIndexes", () => {
  const upstream = requireFromUpstream()('./dist/server/server/utils/buildIndex.js') as { buildIndex: unknown };
  plugin.replaceUpstreamBuildIndex();
  assert.equal(upstream.buildIndex, buildFoldedIndexes);
});

test('the folded index keeps token positions in the original, accented text', () => {
  const data = loadedIndexes(DOCUMENTS);
  const [hit] = lunrOfUpstream().Index.load(data[0].index).search('especificacion') as unknown as {
    matchData: { metadata: Record<string, { t: { position: [number, number][] } }> };
  }[];
  const [[start, length]] = Object.values(hit.matchData.metadata)[0].t.position;
  assert.equal(DOCUMENTS[0][0].t.slice(start, start + length), 'especificación');
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
