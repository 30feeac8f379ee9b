// The Python ↔ TypeScript name table is written by hand from the lib's
// exports: this keeps it from going stale when an export is added.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as browserSafe from '../../lib/index';
import * as server from '../../lib/simple_server';

const TABLES = [
  'docs/referencia/python-typescript.mdx',
  'i18n/en/docusaurus-plugin-content-docs/current/referencia/python-typescript.mdx',
];

const exportedNames = [...new Set([...Object.keys(browserSafe), ...Object.keys(server)])].sort();

for (const table of TABLES) {
  test(`${table} names every runtime export of the lib`, () => {
    const text = readFileSync(table, 'utf8');
    const missing = exportedNames.filter(
      (name) => !new RegExp('`' + name + '(?=[`.(<\\s])').test(text),
    );
    assert.deepEqual(missing, [], `not in the table: ${missing.join(', ')}`);
  });
}
