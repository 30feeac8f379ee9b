// The offline build opened from disk (file://): pages, locales, live example, search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserPerFile, offlineDir, screenshot } from './browser';
import { editablePlayground, typeExample } from './live';
import { docPages } from './pages';

const newPage = browserPerFile();

const entry = (locale = '') => pathToFileURL(path.join(offlineDir(), locale, 'index.html')).href;

test('sin servidor: se navega entre páginas e idiomas / offline: pages and locales navigate', async () => {
  const w = await newPage();
  await w.page.goto(entry());
  await w.page.getByRole('heading', { name: 'wsgiref-ts', level: 1 }).waitFor();
  await w.page.getByRole('link', { name: 'Documentación' }).first().click();
  await w.page.locator('article h1').waitFor();
  assert.match(w.page.url(), /index\.html#\/docs/);
  // Another page through the sidebar.
  await w.page.getByRole('link', { name: 'Referencia API' }).first().click();
  await w.page.locator('article h1').waitFor();
  assert.match(w.page.url(), /#\/docs\/api\/?$/);
  await w.page.evaluate(() => { window.location.hash = '#/docs/api/headers/classes/Headers'; });
  await w.page.locator('article h1', { hasText: 'Headers' }).waitFor();
  assert.match(w.page.url(), /#\/docs\/api\/.*Headers/);
  // To English, on the same page.
  await w.page.locator('.navbar__items--right .dropdown > .navbar__link').first().hover();
  await w.page.getByRole('link', { name: 'English' }).first().click();
  await w.page.locator('article h1', { hasText: 'Headers' }).waitFor();
  assert.match(w.page.url(), /\/en\/index\.html#\/en\/docs\/api\/.*Headers/);
  assert.match((await w.page.textContent('article')) ?? '', /Methods|Constructors/);
  await screenshot(w.page, 'offline-en-headers');
  // And back to Spanish.
  await w.page.locator('.navbar__items--right .dropdown > .navbar__link').first().hover();
  await w.page.getByRole('link', { name: 'Español' }).first().click();
  await w.page.locator('article h1', { hasText: 'Headers' }).waitFor();
  assert.doesNotMatch(w.page.url(), /\/en\//);
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('sin servidor: la entrada inglesa abre la portada inglesa / offline: the en entry opens the English home', async () => {
  const w = await newPage();
  await w.page.goto(entry('en'));
  await w.page.getByRole('heading', { name: 'wsgiref-ts', level: 1 }).waitFor();
  assert.match((await w.page.textContent('main')) ?? '', /Learn WSGI/);
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('sin servidor: un ejemplo vivo se ejecuta / offline: a live example runs', async () => {
  const page = docPages().find((p) => p.live);
  assert.ok(page, 'Ninguna guía tiene bloques vivos.');
  const w = await newPage();
  await w.page.goto(`${entry()}#${page.route}`);
  const playground = editablePlayground(w.page);
  await typeExample(w.page, playground, "<b>{'sin-servidor-' + 6 * 7}</b>");
  await playground.locator('[data-live-preview]', { hasText: 'sin-servidor-42' }).waitFor({ timeout: 15_000 });
  await screenshot(w.page, 'offline-ejemplo-vivo');
  w.assertLocalOnly();
  await w.context.close();
});

test('sin servidor: la búsqueda funciona / offline: search works', async () => {
  const w = await newPage();
  await w.page.goto(`${entry()}#/docs/`);
  const input = w.page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially('segun', { delay: 30 });
  const suggestion = w.page.locator('.navbar__search [role="option"]').first();
  await suggestion.waitFor({ timeout: 15_000 });
  assert.match((await suggestion.textContent()) ?? '', /según/i);
  await suggestion.click();
  await w.page.locator('article h1').waitFor();
  assert.match(w.page.url(), /index\.html#\/docs\//);
  w.assertLocalOnly();
  await w.context.close();
});

test('sin servidor: todas las páginas de ambos idiomas abren / offline: every page of both locales opens', async () => {
  const paths = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const routes = [
    ...paths(path.resolve('build', 'sitemap.xml')).map((p) => ({ locale: '', p })),
    ...paths(path.resolve('build', 'en', 'sitemap.xml')).map((p) => ({ locale: 'en', p })),
  ];
  assert.ok(routes.length > 10);
  const w = await newPage();
  const failures: string[] = [];
  for (const { locale, p } of routes) {
    w.errors.length = 0;
    await w.page.goto(`${entry(locale)}#${p}`);
    await w.page.locator('#__docusaurus').waitFor();
    await w.page.waitForTimeout(100);
    // An unknown route renders "Página no encontrada" / "Page Not Found" as its h1.
    const heading = (await w.page.locator('h1').first().textContent({ timeout: 5_000 }).catch(() => '')) ?? '';
    if (!heading || /no encontrada|not found/i.test(heading)) failures.push(`${locale || 'es'} ${p}: h1 «${heading}»`);
    if (w.errors.length) failures.push(`${locale || 'es'} ${p}: ${w.errors.join(' | ')}`);
  }
  assert.deepEqual(failures, []);
  w.assertLocalOnly();
  await w.context.close();
});
