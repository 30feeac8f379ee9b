// Drives a guide's presentation mode like a teacher at a projector, with
// the keyboard alone: start, walk every slide, edit a live example on its
// slide, reload, leave with Esc. Shared by the served and offline tests.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { typeExample } from './live';

export type Locale = 'es' | 'en';

/** Two guides to present: the talk, and the tutorial (live examples, an editable HTTP exchange). */
export const PRESENTED_ROUTES = ['/docs/docentes/la-charla', '/docs/tutorial/primera-aplicacion'];

const PARAM: Record<Locale, string> = { es: 'diapositiva', en: 'slide' };
const STATUS: Record<Locale, RegExp> = { es: /^Diapositiva (\d+) de (\d+)/, en: /^Slide (\d+) of (\d+)/ };

const STAGE = '[data-presentation-root][data-presenting]';

export async function startPresenting(page: Page): Promise<void> {
  const button = page.locator('[data-present-button] button');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-presentation-controls]').waitFor({ timeout: 20_000 });
}

export async function isPresenting(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.hasAttribute('data-presenting'));
}

interface SlideState {
  n: number;
  total: number;
}

export async function slideState(page: Page): Promise<SlideState> {
  const text = (await page.locator('[data-presentation-counter]').textContent()) ?? '';
  const m = /(\d+)\s*\/\s*(\d+)/.exec(text);
  assert.ok(m, `contador ilegible: «${text}»`);
  return { n: Number(m[1]), total: Number(m[2]) };
}

async function waitForSlide(page: Page, locale: Locale, n: number): Promise<void> {
  await page.waitForFunction(
    ([want, pattern]) => {
      const status = document.querySelector('[data-presentation-status]')?.textContent ?? '';
      const m = new RegExp(pattern).exec(status);
      return m !== null && Number(m[1]) === want;
    },
    [n, STATUS[locale].source] as const,
    { timeout: 10_000 },
  );
}

/** The headings shown on the current slide (h1–h3 of the page that are rendered). */
export async function shownHeadings(page: Page): Promise<string[]> {
  return page.evaluate((stage) => {
    const root = document.querySelector(stage);
    if (!root) return [];
    return Array.from(root.querySelectorAll('.markdown > h1, .markdown > h2, .markdown > h3, .markdown > header h1'))
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => (h.textContent ?? '').replace(/\u200b/g, '').trim());
  }, STAGE);
}

export function slideInUrl(url: string, locale: Locale): number | null {
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const value = new URLSearchParams(query.replace(/#.*$/, '')).get(PARAM[locale]);
  return value === null ? null : Number(value);
}

/** Every `##` heading of the page, read before presenting. */
export async function sectionHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('article .markdown > h2')).map((h) =>
      (h.textContent ?? '').replace(/\u200b/g, '').trim(),
    ),
  );
}

const FORWARD = ['ArrowRight', ' ', 'PageDown'];

/** From slide 1 to the last and one back, checking the counter, the URL, the announcement. */
export async function walkEverySlide(page: Page, locale: Locale, sections: string[]): Promise<number> {
  const { n: first, total } = await slideState(page);
  assert.equal(first, 1);
  assert.ok(total >= 3, `solo ${total} diapositivas`);
  const seen = new Set<string>();
  for (let n = 1; n <= total; n += 1) {
    await waitForSlide(page, locale, n);
    assert.equal((await slideState(page)).n, n);
    assert.equal(slideInUrl(page.url(), locale), n, `URL sin la diapositiva ${n}: ${page.url()}`);
    const headings = await shownHeadings(page);
    assert.ok(headings.length >= 1, `la diapositiva ${n} no muestra ningún título`);
    const h2s = headings.filter((h) => sections.includes(h));
    assert.ok(h2s.length <= 1, `la diapositiva ${n} muestra varias secciones: ${h2s.join(' | ')}`);
    h2s.forEach((h) => seen.add(h));
    if (n < total) await page.keyboard.press(FORWARD[n % FORWARD.length]);
  }
  // Past the end it stays; back one with the left arrow.
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, locale, total);
  await page.keyboard.press('ArrowLeft');
  await waitForSlide(page, locale, total - 1);
  assert.deepEqual([...seen].sort(), [...sections].sort(), 'alguna sección no tuvo diapositiva');
  return total;
}

/** Moves to the first slide with an editable live example, edits it, waits for its new output. */
export async function editLiveExampleOnSlide(page: Page, marker: string): Promise<string[]> {
  await page.keyboard.press('Home');
  const playground = page.locator(`${STAGE} [data-live-playground]:not([data-shows-error])`).first();
  const { total } = await slideState(page);
  for (let i = 0; i < total && !(await playground.isVisible()); i += 1) await page.keyboard.press('ArrowRight');
  assert.ok(await playground.isVisible(), 'ninguna diapositiva muestra un ejemplo vivo');
  const headings = await shownHeadings(page);
  await typeExample(page, playground, `<b>{'${marker}-' + 6 * 7}</b>`);
  await playground.locator('[data-live-preview]', { hasText: `${marker}-42` }).waitFor({ timeout: 15_000 });
  assert.ok(await isPresenting(page), 'escribir en el editor sacó de la presentación');
  await leaveEditor(page);
  return headings;
}

/** Esc in an editor gives the focus back to the slide, and the presentation goes on. */
async function leaveEditor(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  assert.ok(await isPresenting(page), 'Esc en el editor sacó de la presentación');
  const onStage = await page.evaluate(() => document.activeElement?.hasAttribute('data-presentation-root') ?? false);
  assert.ok(onStage, 'Esc en el editor no devolvió el foco a la diapositiva');
}

/** Esc: back to the page, at the slide's section. */
export async function escapeToSection(page: Page, locale: Locale, heading: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('[data-presentation-controls]').waitFor({ state: 'detached' });
  assert.equal(await isPresenting(page), false);
  assert.equal(slideInUrl(page.url(), locale), null, `la URL sigue con la diapositiva: ${page.url()}`);
  await page.locator('[data-present-button] button').waitFor();
  await page.waitForFunction(
    (text) => {
      const el = Array.from(document.querySelectorAll('article .markdown > h1, article .markdown > h2, article .markdown > h3, article .markdown > header h1')).find(
        (h) => (h.textContent ?? '').replace(/\u200b/g, '').trim() === text,
      );
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    },
    heading,
    { timeout: 5_000 },
  );
}

/** The slide survives a reload. */
export async function reloadKeepsSlide(page: Page, locale: Locale): Promise<void> {
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, locale, 3);
  const before = await shownHeadings(page);
  await page.reload();
  await page.locator('[data-presentation-controls]').waitFor({ timeout: 20_000 });
  await waitForSlide(page, locale, 3);
  assert.equal((await slideState(page)).n, 3);
  assert.deepEqual(await shownHeadings(page), before);
  // And the keys still work after the reload.
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page, locale, 4);
}

/** At a projector's size: large type, nothing wider than the screen, controls on screen. */
export async function fitsProjector(page: Page, width: number, height: number, baseFontPx: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const m = await page.evaluate((stage) => {
    const root = document.querySelector<HTMLElement>(stage)!;
    const controls = document.querySelector('[data-presentation-controls]')!.getBoundingClientRect();
    return {
      overflow: root.scrollWidth - root.clientWidth,
      font: Number.parseFloat(getComputedStyle(root).fontSize),
      controlsBottom: controls.bottom,
      controlsRight: controls.right,
    };
  }, STAGE);
  assert.ok(m.overflow <= 1, `${width}×${height}: la diapositiva se sale ${m.overflow}px de ancho`);
  assert.ok(m.font >= baseFontPx * 1.3, `${width}×${height}: letra de ${m.font}px (página: ${baseFontPx}px)`);
  assert.ok(m.controlsBottom <= height + 1 && m.controlsRight <= width + 1, `${width}×${height}: controles fuera de pantalla`);
}

/** When the page has an editable HTTP exchange: move to its slide, type a new request, see the new response. */
export async function editExchangeOnSlide(page: Page): Promise<boolean> {
  const area = page.locator(`${STAGE} [data-http-exchange] textarea`).first();
  if ((await area.count()) === 0) return false;
  await page.keyboard.press('Home');
  const { total } = await slideState(page);
  for (let i = 0; i < total && !(await area.isVisible()); i += 1) await page.keyboard.press('ArrowRight');
  assert.ok(await area.isVisible(), 'ninguna diapositiva muestra el intercambio HTTP editable');
  const exchange = page.locator(`${STAGE} [data-http-exchange]`, { has: page.locator('textarea') }).first();
  await area.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('GET /?nombre=Grace&name=Grace HTTP/1.1', { delay: 10 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Host: localhost', { delay: 10 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await exchange.locator('[data-http-body]', { hasText: 'Grace' }).waitFor({ timeout: 15_000 });
  assert.ok(await isPresenting(page), 'escribir la petición sacó de la presentación');
  await leaveEditor(page);
  return true;
}
