/** The URL of the site's `pyodide/` folder, from the (localized) base URL. */
export function rootPyodideUrl(site: {
  baseUrl: string;
  currentLocale: string;
  defaultLocale: string;
  documentUrl: string;
}): string {
  const base = new URL(site.baseUrl || './', site.documentUrl);
  base.hash = '';
  base.search = '';
  const localeDir = `/${site.currentLocale}/`;
  if (site.currentLocale !== site.defaultLocale && base.pathname.endsWith(localeDir)) {
    base.pathname = base.pathname.slice(0, -site.currentLocale.length - 1);
  }
  return new URL('pyodide/', base).href;
}
