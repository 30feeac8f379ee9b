// Shared setup of the browser tests: Debian's chromium through
// playwright-core, every request outside 127.0.0.1 / file:// refused and
// recorded, console errors and page errors recorded.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const ARTIFACTS = path.resolve('test-artifacts');

/** The served build (set by scripts/test-e2e.ts). */
export function siteUrl(): string {
  const url = process.env.E2E_SITE_URL;
  assert.ok(url, 'E2E_SITE_URL no está definida: ejecuta `npm run test:e2e`. / E2E_SITE_URL is not set.');
  return url;
}

/** The offline build folder (set by scripts/test-e2e.ts). */
export function offlineDir(): string {
  const dir = process.env.E2E_OFFLINE_DIR;
  assert.ok(dir, 'E2E_OFFLINE_DIR no está definida. / E2E_OFFLINE_DIR is not set.');
  return dir;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests refused because they left 127.0.0.1 / file://. */
  external: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Call at the end of a test: no request left the machine. */
  assertLocalOnly(): void;
}

function isLocal(url: string): boolean {
  if (/^(file|data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * One chromium for the calling test file: launched before its tests,
 * closed after them. Returns the function that opens a watched page in it.
 */
export function browserPerFile(): () => Promise<Watched> {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    assert.ok(browser, 'El navegador aún no se ha abierto (before). / The browser is not launched yet.');
    return watchedPage(browser);
  };
}

export async function watchedPage(browser: Browser): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    context,
    page,
    external,
    errors,
    assertLocalOnly() {
      assert.deepEqual(external, [], 'Peticiones fuera de 127.0.0.1/file:// / Requests left the machine');
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}
