// `npm run test:e2e`: builds the site (build/) and the offline copy
// (build-offline/), serves build/ on 127.0.0.1 (random port) and runs the
// node:test browser tests under test/e2e/ in Debian's chromium.
// E2E_SKIP_BUILD=1 reuses existing builds (faster when iterating).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../test/e2e/server';

const siteDir = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(message: string): void {
  console.log(`\n[test:e2e] ${message}`);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: siteDir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[test:e2e] Falló: ${command} ${args.join(' ')} (código ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (process.env.E2E_SKIP_BUILD === '1') {
  step('E2E_SKIP_BUILD=1: se reutilizan build/ y build-offline/.');
  for (const dir of ['build', 'build-offline']) {
    if (!existsSync(path.join(siteDir, dir, 'index.html'))) {
      console.error(`[test:e2e] Falta ${dir}/: compila primero o quita E2E_SKIP_BUILD.`);
      process.exit(1);
    }
  }
} else {
  // build:offline builds build/ first (its search indexes come from those
  // pages), then the hash-router copy from the reference pages that first
  // pass generated: one command, TypeDoc once per language.
  step('Compilando el sitio (build/) y la versión sin servidor (build-offline/): npm run build:offline…');
  run(npm, ['run', 'build:offline']);
}

const server = await serveStatic(path.join(siteDir, 'build'));
step(`Sirviendo build/ en ${server.url}`);
// Async spawn: this process keeps serving while the tests run.
const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(siteDir, 'scripts', 'run-node-tests.ts'), '--test-concurrency=1', 'test/e2e'],
  {
    cwd: siteDir,
    stdio: 'inherit',
    env: { ...process.env, E2E_SITE_URL: server.url, E2E_OFFLINE_DIR: path.join(siteDir, 'build-offline') },
  },
);
const code = await new Promise<number>((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
await server.close();
process.exit(code);
