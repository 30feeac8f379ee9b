// Every runnable ```python block of the guides (both locales) runs on
// CPython 3.14 (pyodide, the same runtime and runner the page uses)
// without an uncaught exception; `continues` blocks after the block they
// continue. `norun` blocks must say why in the page (their meta is checked).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFencedBlocks, findPages } from './findBlocks';
import { parsePythonMeta } from '../../src/components/PythonBlock/meta';
import { runBlockWith } from '../../src/python/blockRunner';
import { pyodide as nodePython, pythonSource } from '../python/cpython';

const root = path.resolve(import.meta.dirname, '../..');
const pages = [...findPages(root, 'docs'), ...findPages(root, 'i18n/en/docusaurus-plugin-content-docs/current')];
const runner = pythonSource('runner.py');

for (const page of pages) {
  const blocks = findFencedBlocks(page, readFileSync(path.join(root, page), 'utf8')).filter((b) =>
    /^(python|py)$/.test(b.language),
  );
  let previous: string[] = [];
  for (const block of blocks) {
    const meta = parsePythonMeta(block.meta);
    if (meta.noRun) continue;
    const prelude = meta.continues ? [...previous] : [];
    previous = meta.continues ? [...previous, block.code] : [block.code];
    test(`${page}:${block.line} se ejecuta en CPython 3.14 / runs on CPython 3.14`, async () => {
      const run = runBlockWith(await nodePython(), runner, block.code, { prelude });
      assert.equal(run.traceback, undefined, `${page}:${block.line}\n${run.traceback}`);
    });
  }
}
