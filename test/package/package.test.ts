// The port as an npm package: `npm run build:package -- --pack DIR` makes a
// tarball that installs into a fresh project, imports as ESM from both entries
// ('wsgiref-ts' and 'wsgiref-ts/simple_server'), type-checks under Node's own
// module resolution, and runs the demo server through its bin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
let work = '';
let project = '';

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

before(() => {
  work = mkdtempSync(path.join(tmpdir(), 'wsgiref-ts-pack-'));
  run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build-package.ts'), '--pack', work], root);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote no tarball');
  project = path.join(work, 'consumer');
  run('mkdir', ['-p', project], work);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', path.join(work, tarball)], project);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('el paquete trae solo dist/, package.json y README / the tarball ships dist, package.json, README', () => {
  const installed = path.join(project, 'node_modules', 'wsgiref-ts');
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { name: string; private?: boolean };
  assert.equal(manifest.name, 'wsgiref-ts');
  assert.equal(manifest.private, undefined);
  assert.deepEqual(readdirSync(installed).sort(), ['README.md', 'dist', 'package.json']);
  assert.ok(!readdirSync(path.join(installed, 'dist')).some((name) => name.includes('.test.')), 'tests were packed');
});

test('la entrada del navegador no importa módulos de Node / the browser entry imports no node: module', () => {
  const dist = path.join(project, 'node_modules', 'wsgiref-ts', 'dist');
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /from\s+['"]node:/, `${path.relative(dist, file)} imports a node: module`);
    for (const [, spec] of source.matchAll(/from\s+['"](\.[^'"]+)['"]/g)) visit(path.resolve(path.dirname(file), spec));
  };
  visit(path.join(dist, 'index.js'));
  assert.ok(seen.size > 5, `only ${seen.size} modules reached from index.js`);
});

test('se importa como ESM y responde como wsgiref / imports as ESM, answers like wsgiref', () => {
  writeFileSync(
    path.join(project, 'handler.mjs'),
    `import { BytesIO, StringIO, SimpleHandler, setupTestingDefaults, Headers } from 'wsgiref-ts';
const environ = {};
setupTestingDefaults(environ);
const out = new BytesIO();
const handler = new SimpleHandler(new BytesIO(), out, new StringIO(), environ);
handler.originServer = false;
handler.run((env, startResponse) => {
  startResponse('200 OK', new Headers([['Content-Type', 'text/plain']]).items());
  return [new TextEncoder().encode('hola')];
});
process.stdout.write(Buffer.from(out.getvalue()).toString('latin1'));
`,
  );
  const output = run(process.execPath, ['handler.mjs'], project);
  assert.equal(output, 'Status: 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nhola');
});

test('los tipos se resuelven con la resolución de Node / types resolve under nodenext', () => {
  writeFileSync(
    path.join(project, 'typed.ts'),
    `import { Headers, type WSGIApplication } from 'wsgiref-ts';
import { makeServer, type WSGIServer } from 'wsgiref-ts/simple_server';

const app: WSGIApplication = (_environ, startResponse) => {
  startResponse('200 OK', [['Content-Type', 'text/plain']]);
  return [new Uint8Array([104, 105])];
};
const value: string | undefined = new Headers([]).get('X');
// @ts-expect-error Headers takes a list of [name, value] pairs, not a number.
new Headers(42);
export const started: Promise<WSGIServer> = makeServer('127.0.0.1', 0, app);
export { value };
`,
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  run(
    process.execPath,
    [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
      '--typeRoots', path.join(root, 'node_modules', '@types'), '--types', 'node', 'typed.ts'],
    project,
  );
});

test('el servidor de demostración corre desde el bin del paquete / the demo server runs from the bin', async () => {
  const bin = path.join(project, 'node_modules', '.bin', 'wsgiref-ts-demo');
  const child = spawn(bin, ['0'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /Sirviendo en (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`demo exited early:\n${stdout}\n${stderr}`)));
  });
  const response = await httpGet(`${url}hola?x=1`);
  assert.equal(response.status, 200);
  assert.match(response.body, /^Hello world!\n\n/);
  assert.match(response.body, /PATH_INFO = '\/hola'/);
  child.kill('SIGINT');
  assert.equal(await exited, 0);
  assert.match(stdout, /Servidor detenido/);
  assert.match(stderr, /"GET \/hola\?x=1 HTTP\/1\.1" 200/);
});
