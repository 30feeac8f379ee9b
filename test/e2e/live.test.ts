// Live examples on the served build: edit, error, runaway loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserPerFile, screenshot, siteUrl } from './browser';
import { docPages } from './pages';
import { editablePlayground, typeExample } from './live';

const newPage = browserPerFile();

function livePage(): string {
  const page = docPages().find((p) => p.live);
  assert.ok(page, 'Ninguna guía tiene bloques vivos.');
  return page.route;
}

test('editar un ejemplo vivo cambia su resultado / editing a live example changes its output', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${livePage()}`);
  const playground = editablePlayground(w.page);
  await typeExample(w.page, playground, "<b>{'resultado-' + 6 * 7}</b>");
  await playground.locator('[data-live-preview]', { hasText: 'resultado-42' }).waitFor({ timeout: 15_000 });
  await playground.scrollIntoViewIfNeeded();
  await screenshot(w.page, 'ejemplo-vivo-editado');
  w.assertLocalOnly();
  await w.context.close();
});

test('un ejemplo roto muestra su error en español y la página sigue viva / a broken example shows its error', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${livePage()}`);
  const playground = editablePlayground(w.page);
  await typeExample(w.page, playground, 'const x = ;');
  const error = playground.locator('[data-live-error]');
  await error.waitFor({ timeout: 15_000 });
  assert.match((await error.textContent()) ?? '', /Error en el ejemplo/);
  await screenshot(w.page, 'ejemplo-roto');
  // The rest of the page still works: the sidebar navigates.
  await w.page.locator('.navbar__brand').click();
  await w.page.waitForURL(`${siteUrl()}/`);
  w.assertLocalOnly();
  await w.context.close();
});

test('while (true) {} no congela la pestaña / a runaway loop does not freeze the tab', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}${livePage()}`);
  const playground = editablePlayground(w.page);
  await typeExample(w.page, playground, '(() => { while (true) {} })()');
  await playground.locator('[data-live-error]').waitFor({ timeout: 20_000 });
  // The main thread answers again.
  const answer = await Promise.race([
    w.page.evaluate(() => 1 + 1),
    new Promise((resolve) => setTimeout(() => resolve('congelada'), 5_000)),
  ]);
  assert.equal(answer, 2);
  await screenshot(w.page, 'ejemplo-bucle-infinito');
  w.assertLocalOnly();
  await w.context.close();
});
