// Runs node's test runner over every *.test.ts below the given folders
// (or the given *.test.ts files)
// (Node 20's --test takes no glob patterns). Fails when none is found, so
// a mistyped folder can never pass as "no tests".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return dir.endsWith('.test.ts') ? [dir] : [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const args = process.argv.slice(2);
const passThrough = args.filter((a) => a.startsWith('--'));
const folders = args.filter((a) => !a.startsWith('--'));
const files = folders.flatMap(findTests).sort();
if (files.length === 0) {
  console.error(`No *.test.ts found under: ${folders.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...passThrough, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
