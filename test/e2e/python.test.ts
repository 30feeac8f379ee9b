// CPython 3.14 in the page (issue 8): Python blocks run and print, a
// traceback shows and the page keeps working, the CPython comparison shows
// identical bytes on several guide pages (one Pyodide load for all, through
// client-side navigation), pages without Python fetch none of it, nothing
// leaves the site's host, and the offline build behaves as documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { browserPerFile, offlineDir, screenshot, siteUrl } from './browser';
import { serveStatic } from './server';

const newPage = browserPerFile();

const PYTHON_LOAD = 180_000; // Pyodide's start-up on a loaded 2-core machine

function pyodideRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/\/pyodide\/|pyodide\.asm|python_stdlib/.test(url)) urls.push(url);
  });
  return urls;
}

async function replaceCode(page: Page, block: Locator, code: string): Promise<void> {
  const editor = block.locator('pre[contenteditable]').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(code);
}

async function compareSame(page: Page, index = 0): Promise<void> {
  const compare = page.locator('[data-compare]').nth(index);
  await compare.locator('[data-compare-run]').click();
  const verdict = compare.locator('[data-compare-verdict]');
  await verdict.waitFor({ timeout: PYTHON_LOAD });
  assert.equal(await verdict.getAttribute('data-compare-verdict'), 'same', (await verdict.textContent()) ?? '');
  assert.match((await verdict.textContent()) ?? '', /Mismos bytes/);
  // Both columns show the same normalized response, with no line marked.
  assert.equal(await compare.locator('mark').count(), 0);
}

async function goBySidebar(page: Page, label: string): Promise<void> {
  await page.locator('.theme-doc-sidebar-menu a.menu__link', { hasText: new RegExp(`^${label}$`) }).first().click();
  await page.locator('article h1', { hasText: label }).waitFor();
}

test('una página sin Python no carga nada de Pyodide / a page without Python loads no Pyodide file', async () => {
  const w = await newPage();
  const requested = pyodideRequests(w.page);
  const chunks: string[] = [];
  w.page.on('request', (r) => {
    if (/python-block/.test(r.url())) chunks.push(r.url());
  });
  for (const route of ['/', '/docs/explicacion/servidores', '/docs/api/']) {
    await w.page.goto(siteUrl() + route, { waitUntil: 'networkidle' });
  }
  assert.deepEqual(requested, []);
  assert.deepEqual(chunks, [], 'el fragmento de los bloques Python se cargó sin bloques Python');
  w.assertLocalOnly();
  await w.context.close();
});

test('bloques Python, trazas y la comparación con CPython en una sola sesión / Python blocks, tracebacks and the CPython comparison in one session', async () => {
  const w = await newPage();
  const { page } = w;
  const requested = pyodideRequests(page);
  await page.goto(`${siteUrl()}/docs/modulos/headers`);
  const first = page.locator('[data-python-block]').first();
  await first.locator('[data-python-run]').waitFor();
  assert.equal(requested.length, 0, 'Pyodide se pidió antes de pulsar «Ejecutar en Python»');
  assert.equal(await first.getByRole('button', { name: 'Ejecutar en Python' }).count(), 1);

  // First run: the progress indicator, then what Python printed.
  await first.locator('[data-python-run]').click();
  await page.locator('[data-python-progress]').first().waitFor({ timeout: 30_000 });
  const stdout = first.locator('[data-python-stdout]');
  await stdout.waitFor({ timeout: PYTHON_LOAD });
  const printed = (await stdout.textContent()) ?? '';
  assert.match(printed, /^'text\/plain'\nTrue\nContent-Type: text\/plain\r?\nCache-Control: no-store/);
  await screenshot(page, 'python-block-headers');

  // A traceback, as Python prints it; the page keeps working.
  await replaceCode(page, first, "print('antes'); 1/0");
  await first.locator('[data-python-run]').click();
  const traceback = first.locator('[data-python-traceback]');
  await traceback.waitFor({ timeout: 30_000 });
  const text = (await traceback.textContent()) ?? '';
  assert.match(text, /^Traceback \(most recent call last\):\n {2}File "<ejemplo>", line 1, in <module>\n/);
  assert.match(text, /ZeroDivisionError: division by zero\n$/);
  assert.equal(await first.locator('[data-python-stdout]').textContent(), 'antes\n');
  await first.getByRole('button', { name: 'Restablecer' }).click();
  // The next block continues the first one (its names) and still runs.
  const second = page.locator('[data-python-block]').nth(1);
  await second.locator('[data-python-run]').click();
  await second.locator('[data-python-stdout]').waitFor({ timeout: 30_000 });
  assert.match(
    (await second.locator('[data-python-stdout]').textContent()) ?? '',
    /Content-Disposition: attachment; filename="informe 2026.pdf"/,
  );
  // A live TypeScript example of the same page still answers.
  assert.ok((await page.locator('[data-live-playground]').count()) > 0);

  // The comparison, on four guide pages, with the same interpreter.
  await compareSame(page);
  await screenshot(page, 'python-compare-headers');
  for (const label of ['handlers', 'simple_server', 'validate']) {
    await goBySidebar(page, label);
    await compareSame(page);
  }
  // The simple_server page's server block says why it does not run.
  await goBySidebar(page, 'simple_server');
  const norun = page.locator('[data-python-norun="server"]').first();
  assert.match((await norun.textContent()) ?? '', /no se ejecuta en la página: abre un servidor de verdad/);

  const wasm = requested.filter((url) => url.endsWith('pyodide.asm.wasm'));
  assert.equal(wasm.length, 1, `pyodide.asm.wasm se pidió ${wasm.length} veces: ${requested.join(', ')}`);
  assert.ok(requested.every((url) => url.startsWith(`${siteUrl()}/pyodide/`)), requested.join(', '));
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('en inglés, los controles hablan inglés / the English site labels the controls in English', async () => {
  const w = await newPage();
  await w.page.goto(`${siteUrl()}/en/docs/modulos/headers`);
  await w.page.getByRole('button', { name: 'Run in Python' }).first().waitFor();
  await w.page.getByRole('button', { name: 'Compare with CPython (wsgiref)' }).first().waitFor();
  // Keyboard: the editor has a name; Tab indents, Esc then Tab leaves it for the run button.
  const block = w.page.locator('[data-python-block]').first();
  const editor = block.getByRole('textbox', { name: 'Python code (editable)' });
  await editor.click();
  await w.page.keyboard.press('Escape');
  await w.page.keyboard.press('Tab');
  assert.equal(await w.page.evaluate(() => document.activeElement?.hasAttribute('data-python-run')), true);
  await w.page.setViewportSize({ width: 375, height: 800 });
  const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `la página desborda ${overflow}px a 375 px`);
  w.assertLocalOnly();
  await w.context.close();
});

test('sin servidor (file://) la página explica cómo servir la carpeta / from disk the page says how to serve the folder', async () => {
  assert.ok(existsSync(path.join(offlineDir(), 'pyodide', 'pyodide.asm.wasm')), 'build-offline/ no trae pyodide/');
  const w = await newPage();
  await w.page.goto(`${pathToFileURL(path.join(offlineDir(), 'index.html')).href}#/docs/modulos/headers`);
  const block = w.page.locator('[data-python-block]').first();
  await block.locator('[data-python-run]').click();
  const why = block.locator('[data-python-unavailable="file-protocol"]');
  await why.waitFor({ timeout: 30_000 });
  const text = (await why.textContent()) ?? '';
  assert.match(text, /file:\/\//);
  assert.match(text, /python3 -m http\.server/);
  assert.match(text, /npm run serve/);
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('la copia sin servidor, servida, ejecuta Python / the offline copy, served, runs Python', async () => {
  const server = await serveStatic(offlineDir());
  try {
    const w = await newPage();
    await w.page.goto(`${server.url}/index.html#/docs/modulos/util`);
    const block = w.page.locator('[data-python-block]').first();
    await block.locator('[data-python-run]').click();
    const stdout = block.locator('[data-python-stdout]');
    await stdout.waitFor({ timeout: PYTHON_LOAD });
    assert.equal(await stdout.textContent(), "'127.0.0.1'\n'http'\n'80'\n");
    assert.deepEqual(w.errors, []);
    w.assertLocalOnly();
    await w.context.close();
  } finally {
    await server.close();
  }
});
