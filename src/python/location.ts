/**
 * Where the site serves Pyodide's files: `<root>/pyodide/`, one copy shared
 * by every locale (plugins/pyodide-assets). Works with the browser router
 * (`/en/docs/…`) and the offline hash router (`en/index.html#/en/…`).
 */
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { rootPyodideUrl } from './rootUrl';

export function pyodideRootUrl(): string {
  return rootPyodideUrl({
    baseUrl: siteConfig.baseUrl,
    currentLocale: i18n.currentLocale,
    defaultLocale: i18n.defaultLocale,
    documentUrl: window.location.href,
  });
}
