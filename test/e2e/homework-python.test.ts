// The homework page takes Python: at phone width, the language is picked
// with the keyboard, a Python solution passes every test on CPython in the
// page, and a broken one fails with the message of CPython's own
// wsgiref.validate.validator; no request leaves the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { axeViolations, installAxe, setTheme } from './audit';
import { browserPerFile, screenshot, siteUrl } from './browser';
import { PYTHON_EXERCISES } from '../../src/components/HomeworkChecker/pythonExercises';

const newPage = browserPerFile();

/** Python's download and start-up come first: generous, for a loaded machine. */
const FIRST_CHECK_MS = 180_000;

/** Clicks Comprobar and returns the report (or the problem) once that check has finished. */
async function checkAndWait(checker: Locator, timeout: number, button = 'Comprobar'): Promise<Locator> {
  const id = await checker.getAttribute('data-exercise');
  const done = Number(await checker.getAttribute('data-checks')) + 1;
  await checker.getByRole('button', { name: button, exact: true }).click();
  await checker.page().locator(`[data-exercise="${id}"][data-checks="${done}"]`).waitFor({ timeout });
  return checker.locator('[data-result], [role="alert"]').first();
}

test('a Python homework solution passes and a broken one fails with the validator\'s message', async () => {
  const w = await newPage();
  const { page } = w;
  await installAxe(w.context);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${siteUrl()}/docs/tarea/frameworks`, { waitUntil: 'networkidle' });
  const checker = page.locator('[data-exercise="respuesta"]');
  await checker.scrollIntoViewIfNeeded();

  // Keyboard: the language radios are a normal radio group.
  await checker.getByRole('radio', { name: 'TypeScript' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await checker.getAttribute('data-language'), 'python');
  const editor = checker.getByRole('textbox', { name: 'Tu código en Python: Objeto respuesta' });
  assert.match(await editor.inputValue(), /^from wsgiref\.headers import Headers/);

  const solution = PYTHON_EXERCISES.respuesta!.solution.es;
  await editor.fill(solution);
  const passed = await checkAndWait(checker, FIRST_CHECK_MS);
  assert.equal(await passed.getAttribute('role'), null, await passed.innerText());
  assert.equal(await passed.locator('p').first().innerText(), '4 de 4 pruebas superadas — ¡Todo correcto!');
  assert.equal(await checker.locator('li[data-ok="true"]').count(), 4);

  const broken = solution.replace("if self.estado[:3] in ('204', '304'):", "print('estado:', self.estado)\n        if False:");
  assert.notEqual(broken, solution);
  await editor.fill(broken);
  const failedReport = await checkAndWait(checker, 30_000);
  assert.equal(await failedReport.locator('p').first().innerText(), '3 de 4 pruebas superadas');
  const failed = checker.locator('li[data-ok="false"]');
  assert.equal(await failed.count(), 1);
  assert.match(await failed.innerText(), /204 No Content: sin cuerpo ni Content-Type/);
  assert.equal(
    await failed.locator('[data-failure] code').innerText(),
    'AssertionError: Content-Type header found in a 204 response, which must not return content.',
  );

  // What the answer printed shows with its test.
  await failed.getByText('Lo que imprimió tu código').click();
  assert.equal(await failed.locator('details pre').first().innerText(), 'estado: 204 No Content\n');

  // The report, the failure and its details are accessible (WCAG A/AA), in
  // both themes (installAxe turned the colour transitions off).
  const exercise = '[data-exercise="respuesta"]';
  assert.deepEqual(await axeViolations(page, undefined, exercise), []);
  await setTheme(page, 'dark');
  assert.deepEqual(await axeViolations(page, undefined, exercise), [], 'dark theme');
  await setTheme(page, 'light');

  // The report fits a phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the 375 px screen`);
  await failed.scrollIntoViewIfNeeded();
  await screenshot(page, 'homework-python-375');

  // The TypeScript answer kept its own editor and checks as before.
  await checker.getByRole('radio', { name: 'TypeScript' }).check();
  assert.match(await checker.getByRole('textbox').inputValue(), /^class Respuesta \{/);

  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('exercise 4: the model solutions stream in both languages and pass every check in the page', async () => {
  const w = await newPage();
  const { page } = w;
  await page.goto(`${siteUrl()}/docs/tarea/frameworks`, { waitUntil: 'networkidle' });
  const checker = page.locator('[data-exercise="middleware"]');
  await checker.scrollIntoViewIfNeeded();
  for (const language of ['TypeScript', 'Python']) {
    await checker.getByRole('radio', { name: language }).check();
    await checker.getByRole('button', { name: 'Ver solución' }).click();
    await checker.getByRole('button', { name: 'Copiar la solución al editor' }).click();
    await checker.getByRole('button', { name: 'Ocultar solución' }).click();
    const report = await checkAndWait(checker, FIRST_CHECK_MS);
    assert.equal(await report.getAttribute('role'), null, await report.innerText());
    assert.equal(await report.locator('p').first().innerText(), '7 de 7 pruebas superadas — ¡Todo correcto!', language);
    assert.match(await report.innerText(), /Cada bloque sale en cuanto llega/);
    assert.match(await report.innerText(), /Una «ñ» partida entre dos bloques sale entera/);
  }
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});

test('the English page checks Python answers with English names and English messages', async () => {
  const w = await newPage();
  const { page } = w;
  await page.goto(`${siteUrl()}/en/docs/tarea/frameworks`, { waitUntil: 'networkidle' });
  const checker = page.locator('[data-exercise="rutas"]');
  await checker.getByRole('radio', { name: 'Python' }).check();
  const editor = checker.getByRole('textbox', { name: 'Your code in Python: Routing' });
  assert.match(await editor.inputValue(), /^from wsgiref\.util import shift_path_info\n\n\ndef create_router\(routes\):/m);

  await editor.fill(PYTHON_EXERCISES.rutas!.solution.es);
  const missing = await checkAndWait(checker, FIRST_CHECK_MS, 'Check');
  assert.equal(await missing.innerText(), '✘ Cannot find "create_router" in your code: define it with that name.');

  await editor.fill(PYTHON_EXERCISES.rutas!.solution.en);
  const report = await checkAndWait(checker, 30_000, 'Check');
  assert.equal(await report.locator('p').first().innerText(), '3 of 3 tests passed — All correct!');
  assert.deepEqual(w.errors, []);
  w.assertLocalOnly();
  await w.context.close();
});
