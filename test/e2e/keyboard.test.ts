// The interactive parts, with the keyboard and under axe: the search
// suggestions open, leaving the live editor with the keyboard, a visible
// focus ring on what the keyboard reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserPerFile, siteUrl } from './browser';
import { docPages } from './pages';
import { editablePlayground } from './live';
import { COLOUR_RULES, axeViolations, installAxe, setTheme, settle } from './audit';

const newPage = browserPerFile();

const lines = (violations: { rule: string; nodes: string[] }[]) =>
  violations.map((v) => `${v.rule}: ${v.nodes.slice(0, 3).join(' | ')}`);

/** What has the focus: tag, whether it is the live editor, and its focus ring. */
function focused(page: Page): Promise<{ tag: string; editor: boolean; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      editor: Boolean(el?.isContentEditable),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

for (const [prefix, query] of [['/', 'cabecera'], ['/en/', 'header']]) {
  test(`${prefix}: las sugerencias de búsqueda pasan axe en claro y oscuro / the search suggestions pass axe`, async () => {
    const w = await newPage();
    await installAxe(w.context);
    await w.page.emulateMedia({ colorScheme: 'light' });
    await w.page.goto(`${siteUrl()}${prefix}docs/`);
    await settle(w.page);
    const input = w.page.locator('input.navbar__search-input');
    await input.focus();
    await input.pressSequentially(query, { delay: 30 });
    await w.page.locator('.navbar__search [role="option"]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(lines(await axeViolations(w.page)), [], 'tema claro / light theme');
    await setTheme(w.page, 'dark');
    assert.deepEqual(lines(await axeViolations(w.page, COLOUR_RULES)), [], 'tema oscuro / dark theme');
    // The search page with results (not in the sitemap).
    await w.page.emulateMedia({ colorScheme: 'light' });
    await w.page.goto(`${siteUrl()}${prefix}search/?q=${query}`);
    await settle(w.page);
    await w.page.locator('article a[href*="/docs/"]').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(lines(await axeViolations(w.page)), [], 'página de búsqueda, claro / search page, light');
    await setTheme(w.page, 'dark');
    assert.deepEqual(lines(await axeViolations(w.page, COLOUR_RULES)), [], 'página de búsqueda, oscuro / search page, dark');
    w.assertLocalOnly();
    await w.context.close();
  });
}

test('el editor vivo se abandona con el teclado (Esc y Tab) y el foco se ve / the live editor can be left with the keyboard', async () => {
  const route = docPages().find((p) => p.live)?.route;
  assert.ok(route, 'Ninguna guía tiene bloques vivos.');
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${route}`);
  await settle(w.page);
  const editor = editablePlayground(w.page).locator('[contenteditable]').first();
  await editor.click();
  const before = (await editor.textContent()) ?? '';
  // Tab alone indents, inside the editor.
  await w.page.keyboard.press('Tab');
  assert.equal((await focused(w.page)).editor, true, 'Tab solo sangra / Tab alone indents');
  assert.notEqual(await editor.textContent(), before, 'Tab insertó la sangría / Tab inserted indentation');
  // The editor says so to a screen reader.
  assert.equal(await editor.getAttribute('role'), 'textbox');
  const hint = await editor.getAttribute('aria-describedby');
  assert.ok(hint, 'el editor describe sus teclas / the editor describes its keys');
  assert.match((await w.page.locator(`[id="${hint}"]`).textContent()) ?? '', /Esc/);
  // Esc then Tab leaves it forward, with a visible focus ring.
  await w.page.keyboard.press('Escape');
  await w.page.keyboard.press('Tab');
  const next = await focused(w.page);
  assert.equal(next.editor, false, 'Esc + Tab sale del editor / Esc + Tab leaves the editor');
  assert.notEqual(next.tag, 'body');
  assert.doesNotMatch(next.outline, /^none/, `foco visible en <${next.tag}> / visible focus`);
  // Shift+Tab comes back; Esc then Shift+Tab leaves it backwards.
  await w.page.keyboard.press('Shift+Tab');
  assert.equal((await focused(w.page)).editor, true, 'Shift+Tab vuelve al editor / Shift+Tab returns');
  await w.page.keyboard.press('Escape');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal((await focused(w.page)).editor, false, 'Esc + Shift+Tab sale hacia atrás / leaves backwards');
  w.assertLocalOnly();
  await w.context.close();
});
