// Helpers to drive a live example like a reader: click, select all, type.
import type { Locator, Page } from 'playwright-core';

/** The first live block that is not meant to fail. */
export function editablePlayground(page: Page): Locator {
  return page.locator('[data-live-playground]:not([data-shows-error])').first();
}

/** Replaces the block's code by typing; in a noInline block, JSX goes through render(). */
export async function typeExample(
  page: Page,
  playground: Locator,
  jsx: string,
  options: { holdLast?: boolean } = {},
): Promise<string> {
  const editor = playground.locator('[contenteditable]').first();
  await editor.waitFor({ timeout: 20_000 });
  // A noInline block calls render() itself (its data-no-inline mark is
  // not always set, so read the code).
  const original = (await editor.textContent()) ?? '';
  const noInline = (await playground.getAttribute('data-no-inline')) !== null || /\brender\(/.test(original);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const code = noInline && jsx.startsWith('<') ? `render(${jsx})` : jsx;
  const held = options.holdLast ? code.slice(-1) : '';
  await page.keyboard.type(options.holdLast ? code.slice(0, -1) : code, { delay: 10 });
  // The last character, when held back for the caller to type (timing).
  return held;
}
