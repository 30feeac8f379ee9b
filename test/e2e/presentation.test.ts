// Presentation mode on the served build, in both locales: keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browserPerFile, screenshot, siteUrl } from './browser';
import {
  PRESENTED_ROUTES,
  editExchangeOnSlide,
  editLiveExampleOnSlide,
  escapeToSection,
  fitsProjector,
  isPresenting,
  reloadKeepsSlide,
  sectionHeadings,
  shownHeadings,
  startPresenting,
  walkEverySlide,
  type Locale,
} from './presentation';

const newPage = browserPerFile();

const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');

for (const locale of ['es', 'en'] as const) {
  for (const route of PRESENTED_ROUTES) {
    test(`presentar ${locale} ${route}: todas las diapositivas, un ejemplo vivo, Esc, recarga / present: every slide, live example, Esc, reload`, async () => {
      const w = await newPage();
      const requested: string[] = [];
      w.page.on('request', (r) => requested.push(r.url()));
      await w.page.goto(`${siteUrl()}${prefix(locale)}${route}`);
      await w.page.locator('article h1').waitFor();
      const sections = await sectionHeadings(w.page);
      assert.ok(sections.length >= 2, `${route} tiene ${sections.length} secciones`);
      // Nothing of the presenter is loaded before it is used.
      await w.page.waitForLoadState('networkidle');
      assert.deepEqual(requested.filter((u) => /presentation/.test(u)), []);
      await startPresenting(w.page);
      assert.ok(requested.some((u) => /presentation/.test(u)), 'el presentador no vino en su propio fragmento');
      await walkEverySlide(w.page, locale, sections);
      const headings = await editLiveExampleOnSlide(w.page, `diapo-${locale}`);
      await screenshot(w.page, `presentar-${locale}-${route.split('/').pop()}`);
      if (route.includes('tutorial')) assert.ok(await editExchangeOnSlide(w.page), 'el tutorial no tiene intercambio editable');
      const here = await shownHeadings(w.page);
      await escapeToSection(w.page, locale, here[0]);
      assert.ok(headings.length > 0);
      // The edit survives leaving the presentation: the example was never remounted.
      assert.ok((await w.page.locator('[data-live-preview]', { hasText: `diapo-${locale}-42` }).count()) > 0);

      await startPresenting(w.page);
      await reloadKeepsSlide(w.page, locale);
      assert.deepEqual(w.errors, []);
      w.assertLocalOnly();
      await w.context.close();
    });
  }
}

test('presentar en un proyector: 1024×768 y 1920×1080, letra grande, nada se sale / projector sizes', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${PRESENTED_ROUTES[1]}`);
  await w.page.locator('article h1').waitFor();
  const base = await w.page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('article .markdown')!).fontSize));
  await startPresenting(w.page);
  for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]]) {
    for (let i = 0; i < 3; i += 1) {
      await fitsProjector(w.page, width, height, base);
      await w.page.keyboard.press('ArrowRight');
    }
    await screenshot(w.page, `presentar-${width}x${height}`);
    await w.page.keyboard.press('Home');
  }
  w.assertLocalOnly();
  await w.context.close();
});

test('presentar es accesible: controles con nombre, foco visible, sin fallos de axe / presentation is accessible', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${PRESENTED_ROUTES[0]}`);
  await w.page.locator('article h1').waitFor();
  await startPresenting(w.page);
  // The stage has the focus and a name; the slide is announced.
  const focus = await w.page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { presenting: el.hasAttribute('data-presenting'), role: el.getAttribute('role'), label: el.getAttribute('aria-label') };
  });
  assert.deepEqual(focus, { presenting: true, role: 'region', label: 'Presentación: La charla' });
  assert.match((await w.page.locator('[data-presentation-status]').getAttribute('aria-live')) ?? '', /polite/);
  // Tab reaches the controls, whose focus ring shows.
  await w.page.locator('[data-presentation-controls] button').last().focus();
  const ring = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(ring, 'none');
  const require = createRequire(import.meta.url);
  await w.page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await w.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(
      { include: [['[data-presentation-controls]'], ['[data-presentation-root]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  assert.deepEqual(violations, []);
  // A click on Salir leaves too.
  await w.page.locator('[data-presentation-controls] button').last().press('Enter');
  await w.page.waitForFunction(() => !document.documentElement.hasAttribute('data-presenting'));
  assert.equal(await isPresenting(w.page), false);
  w.assertLocalOnly();
  await w.context.close();
});
