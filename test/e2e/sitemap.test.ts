// Every page in the sitemaps of both locales loads with no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserPerFile, siteUrl } from './browser';
import { sitemapPaths } from './sitemap';

const newPage = browserPerFile();

for (const prefix of ['/', '/en/']) {
  test(`todas las páginas del sitemap de ${prefix} cargan sin errores / every sitemap page of ${prefix} loads cleanly`, async () => {
    const paths = await sitemapPaths(prefix);
    assert.ok(paths.length > 5, `sitemap de ${prefix} casi vacío`);
    const w = await newPage();
    const failures: string[] = [];
    for (const p of paths) {
      w.errors.length = 0;
      const response = await w.page.goto(`${siteUrl()}${p}`, { waitUntil: 'load' });
      if (!response || response.status() !== 200) failures.push(`${p}: HTTP ${response?.status()}`);
      await w.page.locator('#__docusaurus').waitFor();
      await w.page.waitForTimeout(150);
      if (w.errors.length) failures.push(`${p}: ${w.errors.join(' | ')}`);
    }
    assert.deepEqual(failures, []);
    w.assertLocalOnly();
    await w.context.close();
  });
}
