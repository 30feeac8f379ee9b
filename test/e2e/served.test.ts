// The served build (build/ on 127.0.0.1): pages, reference, locales, search, weight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { browserPerFile, screenshot, siteUrl } from './browser';
import { docPages } from './pages';

// The generated page of the Headers class (router 'member', module 'headers').
const HEADERS_PAGE = '/docs/api/headers/classes/Headers';

const newPage = browserPerFile();

test('la portada se muestra en español / home page renders in Spanish', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/`);
  assert.equal(await w.page.getAttribute('html', 'lang'), 'es');
  await w.page.getByRole('heading', { name: 'wsgiref-ts', level: 1 }).waitFor();
  assert.match(await w.page.textContent('main') ?? '', /Aprende WSGI/);
  for (const name of ['Aprender', 'Consultar', 'Enseñar un curso']) {
    await w.page.getByRole('navigation', { name: 'Por dónde empezar' }).getByRole('link', { name: new RegExp(name) }).waitFor();
  }
  // The live exchange answers in the page, and answers the edited request.
  const response = w.page.locator('[data-mini-response]');
  await response.filter({ hasText: '¡Hola, Ada!' }).waitFor();
  assert.match((await response.textContent()) ?? '', /^HTTP\/1\.\d 200 OK\\r\\n/);
  const request = w.page.getByLabel(/Petición HTTP/);
  await request.fill('GET /?nombre=Luc%C3%ADa HTTP/1.1\nHost: localhost\n\n');
  await response.filter({ hasText: '¡Hola, Lucía!' }).waitFor();
  await screenshot(w.page, 'portada');
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('una guía se muestra / a guide renders', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/docs/modulos/headers`);
  await w.page.locator('article h1').waitFor();
  assert.match(await w.page.textContent('article') ?? '', /cabecera/i);
  await w.page.locator('.theme-doc-sidebar-container').waitFor();
  await screenshot(w.page, 'guia-headers');
  w.assertLocalOnly();
  await w.context.close();
});

test('la referencia de Headers muestra su comentario en español / Headers reference shows its Spanish comment', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${HEADERS_PAGE}`);
  await w.page.locator('article h1', { hasText: 'Headers' }).waitFor();
  const text = (await w.page.textContent('article')) ?? '';
  assert.match(text, /cabeceras/);
  // The @python tag renders as a 'Python' section in both references.
  assert.match(text, /Python\W*wsgiref\.headers\.Headers/);
  assert.match(text, /Constructores|Métodos/);
  assert.doesNotMatch(text, /\bEnglish:/);
  await screenshot(w.page, 'referencia-headers');
  w.assertLocalOnly();
  await w.context.close();
});

test('la versión inglesa se lee en inglés / the English locale renders English', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/en/`);
  assert.equal(await w.page.getAttribute('html', 'lang'), 'en');
  assert.match(await w.page.textContent('main') ?? '', /Learn WSGI/);
  await w.page.getByRole('link', { name: 'API reference' }).first().click();
  await w.page.locator('article h1').waitFor();
  await w.page.goto(`${siteUrl()}/en${HEADERS_PAGE}`);
  await w.page.locator('article h1', { hasText: 'Headers' }).waitFor();
  const text = (await w.page.textContent('article')) ?? '';
  assert.match(text, /Methods|Constructors/);
  assert.doesNotMatch(text, /Métodos|Constructores|Parámetros/);
  await screenshot(w.page, 'en-referencia-headers');
  w.assertLocalOnly();
  await w.context.close();
});

// The reference has one module per wsgiref submodule, in the order of
// Python's documentation, then http_server and the modules wsgiref lacks:
// the list typedoc/options.ts gives TypeDoc.
const API_MODULES = ['util', 'headers', 'simple_server', 'validate', 'handlers', 'types', 'http_server', 'request_head', 'exchange', 'io'];

for (const [prefix, lead] of [['', /utilidades del entorno/], ['/en', /environ utilities/]] as const) {
  test(`la portada de la API lista los módulos en el orden de Python / API landing lists the modules (${prefix || '/'})`, async () => {
    const w = await newPage();
    await w.page.goto(`${siteUrl()}${prefix}/docs/api/`);
    await w.page.locator('article h1').waitFor();
    const links = await w.page
      .locator('article li > a[href*="/docs/api/"]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual(links, API_MODULES.map((m) => `${prefix}/docs/api/${m}/`));
    assert.match((await w.page.textContent('article')) ?? '', lead);
    // The sidebar groups the reference by the same modules, no 'index' one.
    const sidebar = (await w.page.locator('.theme-doc-sidebar-container').textContent()) ?? '';
    for (const m of API_MODULES) assert.ok(sidebar.includes(m), `${m} falta en la barra lateral`);
    await screenshot(w.page, `${prefix ? 'en-' : ''}referencia-portada`);
    // The old single-module paths are gone.
    await w.page.goto(`${siteUrl()}${prefix}/docs/api/index/classes/Headers`);
    assert.match((await w.page.textContent('main')) ?? '', /no encontrada|not found/i);
    w.assertLocalOnly();
    await w.context.close();
  });
}

async function searchFor(query: string): Promise<string[]> {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/docs/`);
  const input = w.page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially(query, { delay: 30 });
  const suggestions = w.page.locator('.navbar__search [role="option"]');
  await suggestions.first().waitFor({ timeout: 15_000 });
  const texts = await suggestions.allTextContents();
  if (query === 'segun') await screenshot(w.page, 'busqueda-segun');
  w.assertLocalOnly();
  await w.context.close();
  return texts;
}

test('la búsqueda encuentra «cabecera» / search finds "cabecera"', async () => {
  const texts = await searchFor('cabecera');
  assert.ok(texts.some((t) => /cabecera/i.test(t)), texts.join('\n'));
});

test('la búsqueda ignora las tildes: «segun» encuentra «según» / accent-insensitive search', async () => {
  const texts = await searchFor('segun');
  assert.ok(texts.some((t) => /según/i.test(t)), texts.join('\n'));
});

// Strings that survive minification: react-live's error messages and a
// sucrase option name.
const LIVE_MARKERS = ['Code failed to transform', 'disableESTransforms'];

test('una página sin bloques vivos no carga react-live ni sucrase / no live-code JS without live blocks', async () => {
  const jsDir = path.resolve('build', 'assets', 'js');
  const liveChunks = readdirSync(jsDir).filter((f) =>
    LIVE_MARKERS.some((m) => readFileSync(path.join(jsDir, f), 'utf8').includes(m)),
  );
  assert.ok(liveChunks.length > 0, 'El build no tiene ningún fragmento con react-live/sucrase: la prueba no mediría nada.');

  const pages = docPages();
  const quiet = pages.find((p) => !p.live);
  const loud = pages.find((p) => p.live);
  assert.ok(quiet && loud, 'Hacen falta una guía con bloques vivos y otra sin ellos.');

  // Scripts the page requested, read back from build/ (what was served).
  const loadedJs = async (route: string, waitForLive: boolean) => {
    const w = await newPage();
    const urls: string[] = [];
    w.page.on('request', (request) => {
      if (request.resourceType() === 'script') urls.push(request.url());
    });
    await w.page.goto(`${siteUrl()}${route}`, { waitUntil: 'networkidle' });
    if (waitForLive) await w.page.locator('[data-live-playground]').first().waitFor({ timeout: 20_000 });
    await w.page.waitForTimeout(500);
    w.assertLocalOnly();
    await w.context.close();
    return urls.map((url) => ({
      url,
      body: readFileSync(path.join('build', decodeURIComponent(new URL(url).pathname)), 'utf8'),
    }));
  };

  const quietJs = await loadedJs(quiet.route, false);
  assert.ok(quietJs.length > 0);
  const offenders = quietJs.filter((js) => LIVE_MARKERS.some((m) => js.body.includes(m))).map((js) => js.url);
  assert.deepEqual(offenders, [], `${quiet.route} carga código de ejemplos vivos`);

  const loudJs = await loadedJs(loud.route, true);
  assert.ok(
    loudJs.some((js) => LIVE_MARKERS.some((m) => js.body.includes(m))),
    `${loud.route} tiene bloques vivos pero no cargó react-live`,
  );
});
