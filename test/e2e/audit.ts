// Page audits shared by the accessibility and phone-width tests: axe-core
// (the npm package, injected into every page of a context) for WCAG 2.1
// A/AA, the page's width at a phone's 375 px, and the wait for a page's
// lazy parts (live blocks) before judging it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules whose outcome depends on the colour theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const PHONE_WIDTH = 375;

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** One line per failing node: its selector and axe's summary. */
  nodes: string[];
}

// Colour transitions would let axe see a theme switch half-way; a theme a
// page stored (the reader's choice) would stop it following the emulated
// system theme.
const NO_TRANSITIONS = `try { localStorage.removeItem('theme'); } catch {}
document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.append(style);
});`;

/** Makes `window.axe` available in every page the context opens (and turns transitions off). */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
  await context.addInitScript({ content: NO_TRANSITIONS });
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page as it is now: only
 * `rules`, when given; only inside the elements matching `within` (a CSS
 * selector), when given.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<Violation[]> {
  return page.evaluate(
    async ({ tags, only, context }) => {
      const axe = (window as unknown as { axe: any }).axe; // eslint-disable-line @typescript-eslint/no-explicit-any
      const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
      const results = await axe.run(context ?? document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((v: any) => ({ // eslint-disable-line @typescript-eslint/no-explicit-any
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.map((n: any) => `${n.target.join(' ')} — ${String(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`), // eslint-disable-line @typescript-eslint/no-explicit-any
      }));
    },
    { tags: WCAG_TAGS, only: rules, context: within },
  );
}

/** Waits until the page is hydrated and its live blocks have replaced their read-only placeholders. */
export async function settle(page: Page): Promise<void> {
  // Hydrated: the colour mode now follows the (emulated) system theme.
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-live-loading]'), null, { timeout: 30_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Switches the colour theme the way a reader's system would (the site follows prefers-color-scheme). */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export interface WidthReport {
  width: number;
  /** The elements that stick out while their parent fits. */
  culprits: string[];
}

/** The page's width at PHONE_WIDTH px, and what makes it wider. Leaves the viewport at that width. */
export async function phoneWidth(page: Page): Promise<WidthReport> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // No named inner functions: tsx would wrap them in a helper the page lacks.
  return page.evaluate((limit) => {
    const width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    const culprits: string[] = [];
    if (width <= limit) return { width, culprits };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const right = el.getBoundingClientRect().right;
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (right <= limit + 1 || parentRight > limit + 1) continue;
      if (getComputedStyle(el).position === 'fixed') continue; // off-screen skip link and the like
      // Inside a scrolling (or clipping) box that fits: not the page's width.
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          clipped = a.getBoundingClientRect().right <= limit + 1;
          break;
        }
      }
      if (clipped) continue;
      const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${classes} (${Math.round(right)} px): ${(el.textContent ?? '').trim().slice(0, 40)}`);
      if (culprits.length >= 3) break;
    }
    return { width, culprits };
  }, PHONE_WIDTH);
}
