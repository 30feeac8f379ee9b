// `npm run bench:site`: figures about the site, not assertions.
//   1. `docusaurus build` of both locales, cold (no .docusaurus, no bundler
//      cache, no build/) then warm (again, caches kept): wall time, CPU
//      time and peak memory of the process tree, and where 'en' starts.
//      --warm skips the cold build; --skip-build reuses build/;
//      --offline also times `npm run build:offline` from cold;
//   2. gzipped JavaScript a guide page loads, with and without live blocks
//      (lazy chunks included: the page is loaded in chromium);
//   3. time from the keystroke that edits a live example to its new output
//      (median of several edits, measured inside the page).
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
  const run = await runTree(path.join(siteDir, 'node_modules', '.bin', 'docusaurus'), ['build'], {
    cwd: siteDir,
    watch: [EN_START],
  });
  if (run.code !== 0) throw new Error(`docusaurus build falló (código ${run.code}).`);
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
    await timedBuild('docusaurus build en frío / cold (es + en)');
  }
  await timedBuild('docusaurus build en caliente / warm (es + en)');
}
console.log(`Carga de la máquina / load average: ${uptime()}`);

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
} finally {
  await server.close();
}
