// `npm run build:offline`: a copy of the site that works opened from disk
// (file:///…/build-offline/index.html), with no server.
//
// 1. The normal build (build/), unless --reuse-build and it exists: the
//    hash-router build renders no per-page HTML, so the search plugin can
//    only index the normal one; its indexes are reused (step 4).
// 2. `docusaurus build --out-dir build-offline` with WSGIREF_OFFLINE=1,
//    which switches docusaurus.config.ts to future.experimental_router
//    'hash' (one index.html per locale, routes in the URL's #).
// 3. Each non-default locale's index.html (en/index.html) opens at its own
//    routes ('#/en/') instead of "Page not found".
// 4. Search: each locale's search-index.json is copied from build/ and
//    also written as search-index.js (a script sets
//    window.__WSGIREF_SEARCH_INDEX__): fetch() is refused on file://.
// The locale switcher's links are fixed at runtime by
// src/theme/NavbarItem/LocaleDropdownNavbarItem (hash router only).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(import.meta.dirname, '..');
const servedDir = path.join(siteDir, 'build');
const offlineDir = path.join(siteDir, 'build-offline');
const docusaurus = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
const locales = [{ name: 'es', dir: '' }, { name: 'en', dir: 'en' }];

function say(message: string): void {
  console.log(`[build:offline] ${message}`);
}

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(docusaurus, args, { cwd: siteDir, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[build:offline] Falló: docusaurus ${args.join(' ')} (código ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function buildServed(): void {
  const reuse = process.argv.includes('--reuse-build') && existsSync(path.join(servedDir, 'search-index.json'));
  if (reuse) {
    say('Se reutiliza la compilación normal de build/ (para el índice de búsqueda).');
    return;
  }
  say('Compilando el sitio normal en build/ (el índice de búsqueda sale de sus páginas)…');
  run(['build'], {});
}

function buildHashRouter(): void {
  say('Compilando la versión sin servidor (enrutador por hash) en build-offline/…');
  run(['build', '--out-dir', offlineDir], { WSGIREF_OFFLINE: '1' });
}

/** Non-default locales: open at their own routes when the hash is empty. */
function fixLocaleEntry(localeDir: string): void {
  const file = path.join(offlineDir, localeDir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const marker = 'data-wsgiref-locale-entry';
  if (html.includes(marker)) return;
  const route = `/${localeDir}/`;
  const script =
    `<script ${marker}>if(!location.hash||location.hash==="#"||location.hash==="#/")` +
    `history.replaceState(null,"",location.pathname+location.search+"#${route}")</script>`;
  writeFileSync(file, html.replace('<head>', `<head>${script}`));
  say(`Entrada de ${localeDir}/index.html abre en #${route}.`);
}

function copySearchIndex(localeDir: string): void {
  const from = path.join(servedDir, localeDir);
  const to = path.join(offlineDir, localeDir);
  const files = readdirSync(from).filter((f) => /^search-index.*\.json$/.test(f));
  if (files.length === 0) throw new Error(`No hay índice de búsqueda en ${from}. / No search index in ${from}.`);
  for (const file of files) {
    copyFileSync(path.join(from, file), path.join(to, file));
    const json = readFileSync(path.join(from, file), 'utf8');
    const script = file.replace(/\.json$/, '.js');
    writeFileSync(path.join(to, script), `window.__WSGIREF_SEARCH_INDEX__=${json};\n`);
  }
  say(`Índice de búsqueda de ${localeDir || 'es'}: ${files.join(', ')} (+ .js).`);
}

buildServed();
buildHashRouter();
for (const locale of locales) {
  if (locale.dir) fixLocaleEntry(locale.dir);
  copySearchIndex(locale.dir);
}
say(`Listo: abre file://${path.join(offlineDir, 'index.html')} en el navegador.`);
