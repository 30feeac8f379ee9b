// Every guide example with a Python twin (<HttpExchange twin="…">), in
// both locales: the block is run as the page runs it, the port's answer
// recorded, and the same raw request sent to the twin under CPython 3.14's
// own wsgiref (pyodide, src/python/twin.py + wsgiref_exchange.py). Any
// byte difference other than Date and the Server version fails, unless the
// page declares it (the knownDifference prop).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findLiveBlocks, findPages } from './findBlocks';
import { runLiveBlock } from './harness';
import { onTwinUse, type TwinUse } from '../../src/components/HttpExchange/twinLog';
import { serveTwin } from '../../src/python/twinExchange';
import { compareResponses, normalizeResponse } from '../../src/python/compareBytes';
import { pyodide as nodePython, pythonSource } from '../python/cpython';
import { encodeLatin1 } from '../../lib/internal/latin1';

// After the harness: its module hooks load the .py twins as text.
const { TWINS } = await import('../../src/python/twins/index');

const root = path.resolve(import.meta.dirname, '../..');
const pages = [...findPages(root, 'docs'), ...findPages(root, 'i18n/en/docusaurus-plugin-content-docs/current')];
const sources = { exchange: pythonSource('wsgiref_exchange.py'), twin: pythonSource('twin.py') };
const blocks = pages
  .flatMap((page) => findLiveBlocks(page, readFileSync(path.join(root, page), 'utf8')))
  .filter((block) => /\btwin=/.test(block.code));

test('hay ejemplos con gemelo en las guías de headers, handlers, simple_server y validate / twins exist', () => {
  for (const page of ['headers', 'handlers', 'simple_server', 'validate']) {
    assert.ok(
      blocks.some((block) => block.file === `docs/modulos/${page}.mdx`),
      `docs/modulos/${page}.mdx no tiene ningún <HttpExchange twin>`,
    );
  }
});

for (const block of blocks) {
  test(`${block.file}:${block.line}: CPython 3.14 y el port, mismos bytes / same bytes`, async () => {
    const uses: TwinUse[] = [];
    onTwinUse((use) => uses.push(use));
    let run;
    try {
      run = runLiveBlock(block.code, block.meta);
    } finally {
      onTwinUse(undefined);
    }
    assert.equal(run.error, undefined, String(run.error));
    assert.ok(uses.length > 0, 'el bloque no mostró ningún <HttpExchange twin>');
    const py = await nodePython();
    for (const use of uses) {
      const source = TWINS[use.twin];
      assert.ok(source !== undefined, `no hay gemelo «${use.twin}» en src/python/twins/`);
      assert.ok(use.response, 'el intercambio del port falló');
      const answer = serveTwin(py, sources, source, encodeLatin1(use.request), use.options);
      assert.equal(answer.traceback, undefined, answer.traceback);
      const comparison = compareResponses(answer.response, use.response);
      if (use.knownDifference) {
        assert.equal(comparison.same, false, `${use.twin}: declara una diferencia que ya no existe`);
        continue;
      }
      assert.equal(
        normalizeResponse(use.response),
        normalizeResponse(answer.response),
        `${use.twin}: el port (actual) y CPython 3.14 (expected) difieren`,
      );
    }
  });
}
