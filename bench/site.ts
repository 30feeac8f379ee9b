// `npm run bench:site`: figures about the site, not assertions.
//   1. build time of each locale (one `docusaurus build`, split where the
//      'en' locale starts); --skip-build reuses build/;
//   2. gzipped JavaScript a guide page loads, with and without live blocks
//      (lazy chunks included: the page is loaded in chromium);
//   3. time from the keystroke that edits a live example to its new output
//      (median of several edits, measured inside the page);
//   4. CPython in the page (Pyodide): the bytes of its files (raw and
//      gzipped), what a page without Python fetches of it (nothing), and the
//      time from "Ejecutar en Python" to the first output (download +
//      start-up + run), then of a second run, beside a live TypeScript
//      block's keystroke-to-output time of item 3.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, watchedPage } from '../test/e2e/browser';
import { docPages } from '../test/e2e/pages';
import { serveStatic } from '../test/e2e/server';
import { editablePlayground, typeExample } from '../test/e2e/live';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');

async function timedBuild(): Promise<{ es: number; en: number }> {
  const start = performance.now();
  let enStart = 0;
  const child = spawn(path.join(siteDir, 'node_modules', '.bin', 'docusaurus'), ['build'], { cwd: siteDir });
  const watch = (chunk: Buffer) => {
    if (!enStart && chunk.toString().includes('[en] Creating')) enStart = performance.now();
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`docusaurus build falló (código ${code}).`);
  const end = performance.now();
  return { es: (enStart || end) - start, en: enStart ? end - enStart : 0 };
}

async function pageJs(url: string, waitForLive: boolean): Promise<{ files: number; raw: number; gzip: number }> {
  const browser = await launch();
  const w = await watchedPage(browser);
  const scripts = new Set<string>();
  w.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await w.page.goto(url, { waitUntil: 'networkidle' });
  if (waitForLive) await w.page.locator('[data-live-playground] [contenteditable]').first().waitFor({ timeout: 30_000 });
  await w.page.waitForTimeout(500);
  await browser.close();
  let raw = 0;
  let gzip = 0;
  for (const p of scripts) {
    const data = readFileSync(path.join(buildDir, decodeURIComponent(p)));
    raw += data.length;
    gzip += gzipSync(data).length;
  }
  return { files: scripts.size, raw, gzip };
}

async function editToOutput(url: string, rounds = 5): Promise<number[]> {
  const browser = await launch();
  const w = await watchedPage(browser);
  await w.page.goto(url);
  const playground = editablePlayground(w.page);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const marker = `medida-${i}-${Date.now()}`;
    const last = await typeExample(w.page, playground, `<b>{'${marker}'}</b>`, { holdLast: true });
    await w.page.evaluate((target) => {
      const state = window as unknown as { __t0: number; __t1: number };
      state.__t0 = 0;
      state.__t1 = 0;
      document.addEventListener('keydown', () => (state.__t0 = performance.now()), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        const output = document.querySelector('[data-live-preview] b');
        if (output?.textContent === target) {
          state.__t1 = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, marker);
    await w.page.keyboard.type(last);
    await w.page.waitForFunction(() => (window as unknown as { __t1: number }).__t1 > 0, null, { timeout: 15_000 });
    times.push(await w.page.evaluate(() => {
      const s = window as unknown as { __t0: number; __t1: number };
      return s.__t1 - s.__t0;
    }));
  }
  await browser.close();
  return times;
}

const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

function pyodideSize(): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of PYODIDE_FILES) {
    const data = readFileSync(path.join(buildDir, 'pyodide', file));
    raw += data.length;
    gzip += gzipSync(data).length;
  }
  return { raw, gzip };
}

async function pythonFirstResult(url: string): Promise<{ first: number; second: number; fetched: number }> {
  const browser = await launch();
  const w = await watchedPage(browser);
  const sizes: Promise<number>[] = [];
  w.page.on('requestfinished', (r) => {
    if (r.url().includes('/pyodide/')) sizes.push(r.sizes().then((s) => s.responseBodySize));
  });
  await w.page.goto(url);
  const block = w.page.locator('[data-python-block]').first();
  const run = block.locator('[data-python-run]');
  await run.waitFor();
  // Timed from this process (click to the run button enabled again with an
  // output shown): includes a few ms of browser round trips.
  const timeRun = async (): Promise<number> => {
    const t0 = performance.now();
    await run.click();
    await w.page.waitForFunction(
      () => {
        const target = document.querySelector('[data-python-block]');
        const button = target?.querySelector('[data-python-run]') as HTMLButtonElement | null;
        return Boolean(target?.querySelector('[data-python-output]') && button && !button.disabled);
      },
      null,
      { timeout: 300_000, polling: 20 },
    );
    return performance.now() - t0;
  };
  const first = await timeRun();
  const second = await timeRun();
  const fetched = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await browser.close();
  return { first, second, fetched };
}

async function pyodideOnQuietPage(url: string): Promise<number> {
  const browser = await launch();
  const w = await watchedPage(browser);
  let count = 0;
  w.page.on('request', (r) => {
    if (/\/pyodide\/|python-block/.test(r.url())) count++;
  });
  await w.page.goto(url, { waitUntil: 'networkidle' });
  await browser.close();
  return count;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv.includes('--skip-build') && existsSync(path.join(buildDir, 'index.html'))) {
  console.log('Compilación: se reutiliza build/ (--skip-build).');
} else {
  console.log('Compilando (docusaurus build, ambos idiomas)…');
  const t = await timedBuild();
  console.log(`Tiempo de compilación / build time: es ${(t.es / 1000).toFixed(1)} s, en ${(t.en / 1000).toFixed(1)} s`);
}

const server = await serveStatic(buildDir);
try {
  const pages = docPages(path.join(siteDir, 'docs'));
  const quiet = pages.find((p) => !p.live);
  const loud = pages.find((p) => p.live);
  if (quiet) {
    const js = await pageJs(`${server.url}${quiet.route}`, false);
    console.log(`JS de ${quiet.route} (sin bloques vivos): ${js.files} archivos, ${kb(js.raw)}, ${kb(js.gzip)} con gzip`);
  }
  if (loud) {
    const js = await pageJs(`${server.url}${loud.route}`, true);
    console.log(`JS de ${loud.route} (con bloques vivos): ${js.files} archivos, ${kb(js.raw)}, ${kb(js.gzip)} con gzip`);
    const times = await editToOutput(`${server.url}${loud.route}`);
    console.log(
      `De la tecla al nuevo resultado / keystroke to new output: mediana ${median(times).toFixed(0)} ms ` +
        `(${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
    );
  }
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  const size = pyodideSize();
  console.log(`CPython (Pyodide) en build/pyodide/: ${mb(size.raw)}, ${mb(size.gzip)} con gzip (${PYODIDE_FILES.length} archivos)`);
  if (quiet) {
    console.log(`Peticiones de Pyodide en ${quiet.route} (sin Python): ${await pyodideOnQuietPage(`${server.url}${quiet.route}`)}`);
  }
  const python = await pythonFirstResult(`${server.url}/docs/modulos/headers`);
  console.log(
    `«Ejecutar en Python» → primera salida / first output: ${(python.first / 1000).toFixed(1)} s la primera vez ` +
      `(descarga de ${mb(python.fetched)} + arranque + ejecución), ${python.second.toFixed(0)} ms la segunda`,
  );
} finally {
  await server.close();
}
