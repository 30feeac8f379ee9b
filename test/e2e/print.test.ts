// Printing a guide: print-media layout measured at an A4 page's width, and
// a real PDF from page.pdf().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserPerFile, siteUrl } from './browser';
import { editablePlayground, typeExample } from './live';

// A4 (210 mm) minus the 14 mm side margins of src/css/print.css, at 96 px per inch.
const PRINT_WIDTH_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);
const PRINTED = ['/docs/modulos/handlers', '/docs/tutorial/primera-aplicacion'];
const CHROME = ['.navbar', '.theme-doc-sidebar-container', '.footer', '.theme-doc-toc-desktop', '.pagination-nav', '[data-present-button]'];

const newPage = browserPerFile();

/** Code blocks (and their lines) wider than the page, as "first characters (px over)". */
async function codeWiderThanPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('article pre, article .token-line'))) {
      if (el.getClientRects().length === 0) continue;
      const over = Math.max(el.scrollWidth - el.clientWidth, el.getBoundingClientRect().right - width);
      if (over > 1) wide.push(`${(el.textContent ?? '').slice(0, 40)}… (+${Math.round(over)}px)`);
    }
    return wide;
  });
}

/** Lines of code that take more than one line on the page. */
async function wrappedCodeLines(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('article .token-line')).filter((line) => {
      const rects = line.getClientRects();
      if (rects.length > 1) return true;
      const lineHeight = Number.parseFloat(getComputedStyle(line).lineHeight) || 20;
      return rects.length === 1 && rects[0].height > 1.5 * lineHeight;
    }).length,
  );
}

async function shownChrome(page: Page): Promise<string[]> {
  return page.evaluate(
    (selectors) => selectors.filter((s) => Array.from(document.querySelectorAll(s)).some((el) => el.getClientRects().length > 0)),
    CHROME,
  );
}

for (const route of PRINTED) {
  test(`imprimir ${route}: sin menú ni barra lateral, el código cabe en la página / printing: no chrome, code fits`, async () => {
    const w = await newPage();
    await w.page.setViewportSize({ width: PRINT_WIDTH_PX, height: 1000 });
    await w.page.goto(`${siteUrl()}${route}`);
    await w.page.locator('article h1').waitFor();
    await w.page.locator('[data-live-loading]').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
    await w.page.emulateMedia({ media: 'print' });
    // Some line of code is longer than the paper is wide, so it has to wrap (the check below means something).
    assert.ok((await wrappedCodeLines(w.page)) > 0, 'ninguna línea de código necesita partirse: elige otra guía');
    assert.deepEqual(await shownChrome(w.page), []);
    assert.deepEqual(await codeWiderThanPage(w.page), []);
    const overall = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overall <= 1, `la página impresa es ${overall}px más ancha que el papel`);
    const buttons = await w.page.locator('article button:visible').count();
    assert.equal(buttons, 0, 'se imprimen botones');
    // External links carry their address.
    const linkAfter = await w.page.evaluate(() => {
      const a = document.querySelector('article .markdown a[href^="http"]');
      return a ? getComputedStyle(a, '::after').content : null;
    });
    if (linkAfter !== null) assert.match(linkAfter, /attr\(href\)|http/);

    const pdf = await w.page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    assert.ok(pages >= 2, `el PDF tiene ${pages} páginas`);
    w.assertLocalOnly();
    await w.context.close();
  });
}

test('imprimir un ejemplo vivo editado: su código y su resultado actuales / a live example prints as edited', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${PRINTED[1]}`);
  const playground = editablePlayground(w.page);
  await typeExample(w.page, playground, "<b>{'impreso-' + 6 * 7}</b>");
  await playground.locator('[data-live-preview]', { hasText: 'impreso-42' }).waitFor({ timeout: 15_000 });
  await w.page.emulateMedia({ media: 'print' });
  const printed = await playground.evaluate((el) => ({
    code: Array.from(el.querySelectorAll('pre')).filter((p) => p.getClientRects().length > 0).map((p) => p.textContent ?? '').join('\n'),
    result: Array.from(el.querySelectorAll<HTMLElement>('[data-live-preview]')).filter((p) => p.getClientRects().length > 0).map((p) => p.innerText).join('\n'),
  }));
  assert.match(printed.code, /'impreso-' \+ 6 \* 7/);
  assert.match(printed.result, /impreso-42/);
  w.assertLocalOnly();
  await w.context.close();
});
