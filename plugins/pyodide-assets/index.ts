/**
 * Serves CPython (the `pyodide` npm package) from the site's own files,
 * never from a CDN: `docusaurus build` (and build:offline) copies the five
 * runtime files into `<out>/pyodide/` once, at the root shared by every
 * locale; `docusaurus start` serves them from node_modules at the same URL.
 * Also lets `src/python/*.py` be imported as raw strings.
 * The browser side is src/python/runtime.ts (it fetches these files only
 * when a reader runs Python).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The files Pyodide needs to start CPython with its standard library. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

/** The folder, under the site's root, the files are served from. */
export const PYODIDE_DIR = 'pyodide';

export function pyodidePackageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pyodide/package.json'));
}

/** `/en/` -> `/`: the runtime lives once, at the root shared by all locales. */
function siteRootBaseUrl(context: LoadContext): string {
  const { currentLocale, defaultLocale } = context.i18n;
  const baseUrl = context.siteConfig.baseUrl.replace(/\/?$/, '/');
  const suffix = `/${currentLocale}/`;
  return currentLocale !== defaultLocale && baseUrl.endsWith(suffix) ? baseUrl.slice(0, -currentLocale.length - 1) : baseUrl;
}

/** `build/en` -> `build`: one copy of the runtime for all locales. */
function siteRootOutDir(context: LoadContext): string {
  const { currentLocale, defaultLocale } = context.i18n;
  if (currentLocale === defaultLocale) return context.outDir;
  return path.basename(context.outDir) === currentLocale ? path.dirname(context.outDir) : context.outDir;
}

export function copyPyodideFiles(targetDir: string): void {
  const from = pyodidePackageDir();
  mkdirSync(targetDir, { recursive: true });
  for (const file of PYODIDE_FILES) copyFileSync(path.join(from, file), path.join(targetDir, file));
}

export default function pyodideAssets(context: LoadContext): Plugin {
  return {
    name: 'wsgiref-pyodide-assets',
    configureWebpack: () => ({
      module: { rules: [{ test: /\.py$/, type: 'asset/source' }] },
      devServer: {
        static: [
          {
            publicPath: `${siteRootBaseUrl(context)}${PYODIDE_DIR}/`,
            directory: pyodidePackageDir(),
            watch: false,
          },
        ],
      },
    }),
    async postBuild() {
      copyPyodideFiles(path.join(siteRootOutDir(context), PYODIDE_DIR));
    },
  };
}
