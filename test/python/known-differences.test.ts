// The declared differences stay honest: each one is checked by a test
// (a declaration nothing exercises would excuse nothing, or anything).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { KNOWN_DIFFERENCES, type KnownDifference } from './known-differences';

const here = dirname(fileURLToPath(import.meta.url));
const testSources = readdirSync(here)
  .filter((name) => name.endsWith('.test.ts') && name !== 'known-differences.test.ts')
  .map((name) => readFileSync(join(here, name), 'utf8'));

test('every declared difference says what each side does and why', () => {
  for (const [name, difference] of Object.entries(KNOWN_DIFFERENCES) as [string, KnownDifference][]) {
    for (const field of ['python', 'port', 'reason'] as const) {
      assert.ok(difference[field].length > 20, `${name}.${field}`);
    }
  }
});

test('every declared difference is checked by a differential test', () => {
  for (const name of Object.keys(KNOWN_DIFFERENCES)) {
    const uses = testSources.filter((source) => source.includes(`'${name}'`) || source.includes(`.${name}`));
    assert.ok(uses.length > 0, `no test in test/python checks the declared difference "${name}"`);
  }
});
