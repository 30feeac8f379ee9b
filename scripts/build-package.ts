// `npm run build:package`: the port as an npm package in lib/dist/ (ESM
// JavaScript and .d.ts declarations from lib/tsconfig.build.json), then, with
// `--pack`, `npm pack` of lib/ into the folder given (default: the root).
//
// lib/ imports its modules without extensions ('./headers'), as the site's
// bundler and tsx accept; Node's ESM loader does not, so every relative
// specifier of the emitted files gets the '.js' tsc leaves out.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const libDir = path.join(root, 'lib');
const distDir = path.join(libDir, 'dist');

function fail(message: string): never {
  console.error(`[build:package] ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    fail(`falló / failed: ${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

function emittedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return emittedFiles(file);
    return /\.(js|d\.ts)$/.test(name) ? [file] : [];
  });
}

/** './headers' -> './headers.js'; './internal' (a folder) -> './internal/index.js'. */
export function withJsExtension(specifier: string, fromFile: string): string {
  if (!specifier.startsWith('.') || /\.(js|json)$/.test(specifier)) return specifier;
  const target = path.resolve(path.dirname(fromFile), specifier);
  if (existsSync(target) && statSync(target).isDirectory()) return `${specifier}/index.js`;
  return `${specifier}.js`;
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

export function addJsExtensions(source: string, fromFile: string): string {
  return source.replace(SPECIFIER, (_all, lead: string, quote: string, spec: string) =>
    `${lead}${quote}${withJsExtension(spec, fromFile)}${quote}`,
  );
}

function build(): void {
  rmSync(distDir, { recursive: true, force: true });
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  run(process.execPath, [tsc, '-p', path.join(libDir, 'tsconfig.build.json')], root);
  const files = emittedFiles(distDir);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const fixed = addJsExtensions(source, file);
    if (fixed !== source) writeFileSync(file, fixed);
  }
  console.log(`[build:package] lib/dist/: ${files.length} archivos / files`);
}

function pack(destination: string): string {
  const out = run('npm', ['pack', '--json', '--pack-destination', destination], libDir);
  const [info] = JSON.parse(out) as { filename: string }[];
  const tarball = path.join(destination, info.filename);
  console.log(`[build:package] ${path.relative(root, tarball) || tarball}`);
  return tarball;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  build();
  const packIndex = process.argv.indexOf('--pack');
  if (packIndex !== -1) pack(path.resolve(process.argv[packIndex + 1] ?? root));
}

export { build as buildPackage, pack as packPackage };
