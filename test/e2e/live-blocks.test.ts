// Live code blocks in the browser: pages without live blocks load none of
// the live-code JavaScript; on a page with one, typing changes the result,
// broken code shows the Spanish error panel, `while (true) {}` stops with
// the time-budget error and the page stays usable, and Reset recovers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { browserPerFile, screenshot, siteUrl } from './browser';
import { collectLiveBlocks, findPages } from '../examples/findBlocks';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Text only the live chunks contain (react-live, sucrase/acorn). */
const LIVE_MARKERS = /No-Inline evaluations|jsxFragmentPragma|allowReturnOutsideFunction/;

const newPage = browserPerFile();

/** The route of a docs page without a custom slug: docs/a/b.mdx → /docs/a/b. */
function routeOf(page: string): string {
  return `/${page.replace(/\.mdx?$/, '').replace(/\/index$/, '/')}`;
}

function pagesWithoutLiveBlocks(): string[] {
  const pages = findPages(root, 'docs').filter((p) => !/^docs\/intro\.mdx?$/.test(p));
  const live = new Set(collectLiveBlocks(root, pages).map((b) => b.file));
  return pages.filter((p) => !live.has(p));
}

async function loadedLiveCode(page: Page, url: string): Promise<string[]> {
  const bodies: Promise<string | null>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    urls.push(response.url());
    bodies.push(response.text().catch(() => null));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const texts = await Promise.all(bodies);
  return urls.filter((_, i) => LIVE_MARKERS.test(texts[i] ?? ''));
}

test('pages without live blocks load no live-code JavaScript', async () => {
  const candidates = pagesWithoutLiveBlocks();
  assert.ok(candidates.length > 0, 'Ninguna página sin bloques en vivo para probar. / No page without live blocks.');
  const w = await newPage();
  for (const path of ['/', routeOf(candidates[0] as string)]) {
    assert.deepEqual(await loadedLiveCode(w.page, siteUrl() + path), [], `${path} cargó el código en vivo`);
  }
  w.assertLocalOnly();
  await w.context.close();
});

async function replaceCode(page: Page, code: string): Promise<void> {
  const editor = page.locator('[data-live-playground] pre[contenteditable]').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(code);
}

test('a live block: typing, a Spanish error, an endless loop that stops, reset', async () => {
  const w = await newPage();
  const { page } = w;
  const live = await loadedLiveCode(page, `${siteUrl()}/docs/`);
  assert.ok(live.length > 0, 'La página de un bloque en vivo no cargó su código. / Live chunk not loaded.');
  const playground = page.locator('[data-live-playground]').first();
  await playground.waitFor();
  const noInline = (await playground.getAttribute('data-no-inline')) !== null;
  const preview = page.locator('[data-live-preview]').first();
  const original = await preview.innerText();
  const wrap = (jsx: string): string => (noInline ? `render(${jsx});` : jsx);

  await replaceCode(page, wrap("<Output>{'escrito ' + 'en vivo'}</Output>"));
  await assert.doesNotReject(preview.getByText('escrito en vivo').waitFor({ timeout: 5000 }));

  await replaceCode(page, 'const = 1;');
  await preview.getByText('Error en el ejemplo').waitFor({ timeout: 5000 });
  assert.match(await preview.innerText(), /SyntaxError/);
  await screenshot(page, 'live-e2e-syntax-error');

  const started = Date.now();
  await replaceCode(page, `while (true) {}\n${wrap('<p>nunca</p>')}`);
  await preview.getByText(/tardó demasiado/).waitFor({ timeout: 15000 });
  assert.ok(Date.now() - started < 15000);
  assert.equal(await page.evaluate(() => 6 * 7), 42, 'la página sigue respondiendo / page still responds');
  await screenshot(page, 'live-e2e-endless-loop');

  await playground.getByRole('button', { name: /Restablecer|Reset/ }).click();
  await page.waitForFunction(() => !document.querySelector('[data-live-preview] [data-live-error]'), null, {
    timeout: 5000,
  });
  // Dates and times in an HTTP exchange move on; compare the rest.
  const shape = (text: string): string => text.replace(/\d/g, '0');
  assert.equal(shape(await preview.innerText()), shape(original));
  assert.deepEqual(w.errors.filter((e) => !/tardó demasiado|SyntaxError|Error en el ejemplo/.test(e)), []);
  w.assertLocalOnly();
  await w.context.close();
});

test('the English site shows the error panel in English', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/en/docs/`, { waitUntil: 'networkidle' });
  await w.page.locator('[data-live-playground]').first().waitFor();
  await replaceCode(w.page, 'const = 1;');
  await w.page.locator('[data-live-preview]').first().getByText('Error in the example').waitFor({ timeout: 5000 });
  w.assertLocalOnly();
  await w.context.close();
});
