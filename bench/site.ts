// `npm run bench:site`: figures about the site, not assertions.
//   1. `npm run build` (both locales), cold (no .docusaurus, no bundler
//      cache, no build/) then warm (again, .docusaurus kept; npm run build
//      writes no Rspack persistent cache, so warm is close to cold): wall
//      time, CPU time and peak memory of the process tree, and where 'en'
//      starts.
//      --warm skips the cold build; --skip-build reuses build/;
//      --offline also times `npm run build:offline` from cold;
//   2. gzipped JavaScript a guide page loads, with and without live blocks,
//      and on a page with a Mermaid diagram how much of it is Mermaid and
//      when it is asked for (after the text's first paint?) (lazy chunks
//      included: the page is loaded in chromium);
//   3. time from the keystroke that edits a live example to its new output
//      (median of several edits, measured inside the page);
//   4. CPython in the page (Pyodide): the bytes of its files (raw and
//      gzipped), what a page without Python fetches of it (nothing), and the
//      time from "Ejecutar en Python" to the first output (download +
//      start-up + run), then of a second run, beside a live TypeScript
//      block's keystroke-to-output time of item 3.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, watchedPage } from '../test/e2e/browser';
import { docPages } from '../test/e2e/pages';
import { serveStatic } from '../test/e2e/server';
import { editablePlayground, typeExample } from '../test/e2e/live';
import { runTree, type TreeRun } from './processTree';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');

const EN_START = '[en] Creating';

function clearCaches(): void {
  for (const dir of ['.docusaurus', 'node_modules/.cache', 'build', 'build-offline']) {
    rmSync(path.join(siteDir, dir), { recursive: true, force: true });
  }
}

function describeRun(label: string, run: TreeRun): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const en = run.marks[EN_START];
  const split = en ? ` (es ${seconds(en)}, en ${seconds(run.wallMs - en)})` : '';
  const cpu = run.cpuSeconds === null ? 'CPU n/d' : `CPU ${run.cpuSeconds.toFixed(1)} s`;
  const rss = run.peakRss === null ? 'memoria n/d' : `pico de memoria ${(run.peakRss / 2 ** 30).toFixed(2)} GiB`;
  return `${label}: ${seconds(run.wallMs)}${split}, ${cpu}, ${rss}`;
}

async function timedBuild(label: string): Promise<void> {
  // What `npm run build` runs (one Docusaurus process per locale).
  const run = await runTree(process.execPath, ['--import', 'tsx', path.join(siteDir, 'scripts', 'build.ts')], {
    cwd: siteDir,
    watch: [EN_START],
  });
  if (run.code !== 0) throw new Error(`npm run build falló (código ${run.code}).`);
  console.log(describeRun(label, run));
}

async function timedOfflineBuild(): Promise<void> {
  clearCaches();
  const run = await runTree(process.execPath, ['--import', 'tsx', path.join(siteDir, 'scripts', 'build-offline.ts')], {
    cwd: siteDir,
  });
  if (run.code !== 0) throw new Error(`build:offline falló (código ${run.code}).`);
  console.log(describeRun('build:offline en frío / cold', run));
}

interface Script {
  path: string;
  gzip: number;
  raw: number;
  /** Requested at (ms after the navigation started). */
  at: number;
}

interface PageJs {
  scripts: Script[];
  firstPaintAt: number | null;
}

async function pageJs(url: string, waitForLive: boolean): Promise<PageJs> {
  const browser = await launch();
  const w = await watchedPage(browser);
  const requested: { path: string; at: number }[] = [];
  const start = performance.now();
  w.page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push({ path: new URL(r.url()).pathname, at: performance.now() - start });
  });
  await w.page.goto(url, { waitUntil: 'networkidle' });
  if (waitForLive) await w.page.locator('[data-live-playground] [contenteditable]').first().waitFor({ timeout: 30_000 });
  await w.page.waitForTimeout(500);
  const firstPaintAt = await w.page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  await browser.close();
  const scripts = new Map<string, Script>();
  for (const { path: p, at } of requested) {
    if (scripts.has(p)) continue;
    const data = readFileSync(path.join(buildDir, decodeURIComponent(p)));
    scripts.set(p, { path: p, at, raw: data.length, gzip: gzipSync(data).length });
  }
  return { scripts: [...scripts.values()], firstPaintAt };
}

const sum = (scripts: Script[], key: 'gzip' | 'raw') => scripts.reduce((n, s) => n + s[key], 0);

function describeJs(route: string, what: string, js: PageJs): string {
  return `JS de ${route} (${what}): ${js.scripts.length} archivos, ${kb(sum(js.scripts, 'raw'))}, ${kb(sum(js.scripts, 'gzip'))} con gzip`;
}

/** The diagram's share: what the diagram page loads that a live page without a diagram does not. */
function describeDiagram(diagramPage: PageJs, livePage: PageJs): string {
  const common = new Set(livePage.scripts.map((s) => s.path));
  const extra = diagramPage.scripts.filter((s) => !common.has(s.path));
  const first = Math.min(...extra.map((s) => s.at));
  return (
    `  de ellos, solo por el diagrama (Mermaid) / the diagram's own: ${extra.length} archivos, ${kb(sum(extra, 'gzip'))} con gzip, ` +
    `pedidos desde los ${first.toFixed(0)} ms; texto pintado a los ${diagramPage.firstPaintAt?.toFixed(0) ?? '?'} ms`
  );
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

const uptime = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'n/d');
console.log(`Carga de la máquina / load average: ${uptime()}`);
if (process.argv.includes('--offline')) await timedOfflineBuild();
if (process.argv.includes('--skip-build') && existsSync(path.join(buildDir, 'index.html'))) {
  console.log('Compilación: se reutiliza build/ (--skip-build).');
} else {
  if (!process.argv.includes('--warm')) {
    clearCaches();
    await timedBuild('npm run build en frío / cold (es + en)');
  }
  await timedBuild('npm run build en caliente / warm (es + en; sin caché persistente de Rspack / no Rspack persistent cache)');
}
console.log(`Carga de la máquina / load average: ${uptime()}`);

const server = await serveStatic(buildDir);
try {
  const pages = docPages(path.join(siteDir, 'docs'));
  const quiet = pages.find((p) => !p.live);
  const loud = pages.find((p) => p.live && !p.diagram);
  const diagram = pages.find((p) => p.diagram);
  console.log(describeJs('/', 'portada, con su intercambio en vivo / home page', await pageJs(`${server.url}/`, false)));
  if (quiet) console.log(describeJs(quiet.route, 'sin bloques vivos', await pageJs(`${server.url}${quiet.route}`, false)));
  if (loud) {
    const live = await pageJs(`${server.url}${loud.route}`, true);
    console.log(describeJs(loud.route, 'con bloques vivos', live));
    if (diagram) {
      const drawn = await pageJs(`${server.url}${diagram.route}`, diagram.live);
      console.log(describeJs(diagram.route, diagram.live ? 'bloques vivos y diagrama' : 'diagrama', drawn));
      console.log(describeDiagram(drawn, live));
    }
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
