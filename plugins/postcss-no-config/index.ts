// Docusaurus runs postcss-loader (with postcss-preset-env) on every CSS
// file of the client bundle. Unless told otherwise, postcss-loader looks
// for a PostCSS config file (cosmiconfig) from each file's folder up to the
// root: about 2 s of the build's main thread per locale on this site,
// which has no such file. Docusaurus passes its plugins inline, so the
// search is turned off (postcssOptions.config: false); configurePostCss()
// still applies.
import type { Plugin } from '@docusaurus/types';

interface LoaderEntry {
  loader?: string;
  options?: { postcssOptions?: Record<string, unknown> };
}

interface RuleLike {
  use?: unknown;
  oneOf?: unknown;
  rules?: unknown;
}

function isPostcssLoader(entry: unknown): entry is LoaderEntry & { options: { postcssOptions: Record<string, unknown> } } {
  const e = entry as LoaderEntry | null;
  return Boolean(e?.loader?.includes('postcss-loader') && e.options?.postcssOptions);
}

/** Sets postcssOptions.config = false on every postcss-loader in the rules; returns how many. */
export function disablePostcssConfigSearch(rules: unknown): number {
  if (!Array.isArray(rules)) return 0;
  let count = 0;
  for (const rule of rules as RuleLike[]) {
    if (!rule || typeof rule !== 'object') continue;
    for (const entry of Array.isArray(rule.use) ? rule.use : []) {
      if (isPostcssLoader(entry)) {
        entry.options.postcssOptions.config = false;
        count++;
      }
    }
    count += disablePostcssConfigSearch(rule.oneOf) + disablePostcssConfigSearch(rule.rules);
  }
  return count;
}

export default function postcssNoConfig(): Plugin {
  return {
    name: 'wsgiref-postcss-no-config',
    configureWebpack(config) {
      disablePostcssConfigSearch(config.module?.rules);
      return {};
    },
  };
}
