// Presentation mode in the offline build opened from disk (file://, hash router), both locales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserPerFile, offlineDir, screenshot } from './browser';
import {
  PRESENTED_ROUTES,
  editLiveExampleOnSlide,
  escapeToSection,
  reloadKeepsSlide,
  sectionHeadings,
  shownHeadings,
  slideInUrl,
  startPresenting,
  walkEverySlide,
} from './presentation';

const newPage = browserPerFile();

const entry = (locale: 'es' | 'en') =>
  pathToFileURL(path.join(offlineDir(), locale === 'en' ? 'en' : '', 'index.html')).href;

for (const locale of ['es', 'en'] as const) {
  for (const route of PRESENTED_ROUTES) {
    test(`sin servidor: presentar ${locale} ${route} / offline: present`, async () => {
      const w = await newPage();
      await w.page.goto(`${entry(locale)}#${locale === 'en' ? '/en' : ''}${route}`);
      await w.page.locator('article h1').waitFor();
      const sections = await sectionHeadings(w.page);
      await startPresenting(w.page);
      await walkEverySlide(w.page, locale, sections);
      // The slide lives in the hash route's query.
      assert.match(w.page.url(), /index\.html#\/.*\?(diapositiva|slide)=\d+$/);
      await editLiveExampleOnSlide(w.page, `offline-${locale}`);
      const here = await shownHeadings(w.page);
      await screenshot(w.page, `offline-presentar-${locale}-${route.split('/').pop()}`);
      await escapeToSection(w.page, locale, here[0]);
      assert.equal(slideInUrl(w.page.url(), locale), null);
      await startPresenting(w.page);
      await reloadKeepsSlide(w.page, locale);
      assert.deepEqual(w.errors, []);
      w.assertLocalOnly();
      await w.context.close();
    });
  }
}
