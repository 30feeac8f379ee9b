// Local search = @easyops-cn/docusaurus-search-local, wrapped to be
// accent-insensitive both ways and to work from file://.
//
// - Index: the plugin's own buildIndex is replaced by one that builds each
//   lunr index from the same documents with the same settings, but with
//   every token folded (NFD + combining marks removed) before the
//   language pipeline, so "según"/"segun" and "especificación"/
//   "especificacion" stem alike. Stored texts and positions keep accents.
//   (Replaced rather than rebuilt after it: each index is built once.)
// - Query: the client's tokenize is replaced by one that folds the query
//   the same way (client/tokenize.ts).
// - No Worker/fetch on file://: searchByWorker is replaced by an on-page
//   search that reads the index from a script when opened from disk
//   (client/searchByWorker.ts), loaded with lunr on first use.
// - Weight: the search bar only needs searchResultLimits from the plugin's
//   generated constants, whose module also sets up lunr and its language
//   stemmers; the bar gets a one-line module instead, so lunr stays out of
//   the JavaScript every page loads.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin, OptionValidationContext } from '@docusaurus/types';
import { foldAccents } from './fold';

const requireHere = createRequire(__filename);
const searchLocalEntry = requireHere.resolve('@easyops-cn/docusaurus-search-local');
const requireFromSearch = createRequire(searchLocalEntry);

/**
 * The upstream version the private parts below were written for: its
 * buildIndex settings (copied by rebuild()), the client modules replaced in
 * configureWebpack and the ones client/engine.ts imports. package.json pins
 * it exactly; upstreamProblem() refuses any other installed version.
 */
export const UPSTREAM_VERSION = '0.55.3';

/** Upstream files this plugin reaches into, relative to its package, and what each must still contain. */
export const UPSTREAM_PRIVATE_FILES: Readonly<Record<string, readonly string[]>> = {
  'dist/server/server/utils/buildIndex.js': ['this.ref("i")', 'this.field("t")', 'this.metadataWhitelist = ["position"]'],
  'dist/client/client/utils/tokenize.js': ['export function tokenize(text, language)', '/[^-\\s]+/g'],
  'dist/client/client/theme/searchByWorker.js': ['export async function fetchIndexesByWorker(', 'export async function searchByWorker('],
  'dist/client/client/theme/SearchBar/SearchBar.jsx': ['from "../../utils/proxiedGeneratedConstants"'],
  'dist/client/client/utils/proxiedGeneratedConstants.js': ['export *'],
  'dist/client/client/utils/smartQueries.js': ['export function smartQueries(tokens, zhDictionary)'],
  'dist/client/client/utils/sortSearchResults.js': ['export function sortSearchResults(results)'],
  'dist/client/client/utils/processTreeStatusOfSearchResults.js': ['export function processTreeStatusOfSearchResults(results)'],
  'dist/client/shared/interfaces.js': ['SearchDocumentType'],
};

/** The upstream package's root directory, as installed. */
export function upstreamDir(): string {
  let dir = path.dirname(searchLocalEntry);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** Why the installed upstream does not fit this plugin, or null when it does. */
export function upstreamProblem(dir = upstreamDir()): string | null {
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  if (version !== UPSTREAM_VERSION) {
    return (
      `plugins/search-accents se escribió para @easyops-cn/docusaurus-search-local ${UPSTREAM_VERSION} ` +
      `y está instalada la ${version}: revisa sus partes privadas. / plugins/search-accents was written ` +
      `for @easyops-cn/docusaurus-search-local ${UPSTREAM_VERSION}, ${version} is installed: check its private parts.`
    );
  }
  for (const [file, needles] of Object.entries(UPSTREAM_PRIVATE_FILES)) {
    const full = path.join(dir, file);
    const text = existsSync(full) ? readFileSync(full, 'utf8') : null;
    const missing = text === null ? [file] : needles.filter((needle) => !text.includes(needle));
    if (missing.length > 0) {
      return `Falta en ${file}: ${missing.join(', ')}. / Missing from ${file}: ${missing.join(', ')}.`;
    }
  }
  return null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const searchLocal = requireHere(searchLocalEntry) as {
  default: (context: LoadContext, options: unknown) => Plugin;
  validateOptions: (args: OptionValidationContext<unknown, unknown>) => unknown;
};

/* eslint-disable @typescript-eslint/no-explicit-any */
interface SearchOptions {
  language: string[] | string;
  searchResultLimits?: number;
  removeDefaultStopWordFilter?: boolean | string[];
  removeDefaultStemmer?: boolean;
}

let loaded: { lunr: any; plugin: any } | undefined;

function loadLunr(languages: string[]): { lunr: any; plugin: any } {
  if (loaded) return loaded;
  const lunr = requireFromSearch('lunr');
  const languageRequire = createRequire(requireFromSearch.resolve('lunr-languages/lunr.multi'));
  if (!lunr.multiLanguage) {
    languageRequire('./lunr.stemmer.support')(lunr);
    for (const lang of languages.filter((l) => l !== 'en')) languageRequire(`./lunr.${lang}`)(lunr);
    languageRequire('./lunr.multi')(lunr);
  }
  const plugin = languages.length > 1 ? lunr.multiLanguage(...languages) : languages[0] !== 'en' ? lunr[languages[0]] : null;
  loaded = { lunr, plugin };
  return loaded;
}

function foldingTokenizer(lunr: any) {
  return (input: unknown, metadata: unknown) =>
    lunr.tokenizer(input, metadata).map((token: any) => token.update((s: string) => foldAccents(s)));
}

function stopWordRemovals(options: SearchOptions): string[] {
  const value = options.removeDefaultStopWordFilter;
  if (Array.isArray(value)) return value;
  return value ? ['en'] : [];
}

/** Rebuilds one lunr index the way the plugin's buildIndex does, with folded tokens. */
function rebuild(documents: any[], options: SearchOptions, lunr: any, plugin: any): unknown {
  const languages = ([] as string[]).concat(options.language);
  const removals = stopWordRemovals(options);
  return lunr(function (this: any) {
    if (plugin) this.use(plugin);
    for (const lang of languages.filter((l) => removals.includes(l))) {
      const filter = lang === 'en' ? lunr.stopWordFilter : lunr[lang]?.stopWordFilter;
      if (filter) this.pipeline.remove(filter);
    }
    if (options.removeDefaultStemmer) this.pipeline.remove(lunr.stemmer);
    this.tokenizer = foldingTokenizer(lunr);
    this.ref('i');
    this.field('t');
    this.metadataWhitelist = ['position'];
    for (const doc of documents) this.add({ ...doc, i: String(doc.i) });
  });
}

/**
 * What the plugin's buildIndex returns, with folded tokens: per document
 * type (titles, headings, contents…), its documents and their lunr index.
 * `options` is the plugin's processed config (or the same fields).
 */
export function buildFoldedIndexes(allDocuments: any[][], options: SearchOptions): { documents: any[]; index: unknown }[] {
  const { lunr, plugin } = loadLunr(([] as string[]).concat(options.language));
  // Array.from: the plugin leaves a type with no documents as a hole.
  return Array.from(allDocuments, (documents = []) => ({ documents, index: rebuild(documents, options, lunr, plugin) }));
}

/** The plugin's postBuild calls its buildIndex module's export: it gets ours. */
export function replaceUpstreamBuildIndex(): void {
  const upstream = requireFromSearch(path.join(upstreamDir(), 'dist/server/server/utils/buildIndex.js')) as {
    buildIndex: (allDocuments: any[][], config: SearchOptions) => unknown;
  };
  upstream.buildIndex = buildFoldedIndexes;
}

export default function searchAccentsPlugin(context: LoadContext, options: SearchOptions): Plugin {
  const problem = upstreamProblem();
  if (problem) throw new Error(problem);
  replaceUpstreamBuildIndex();
  const inner = searchLocal.default(context, options);
  const clientDir = path.join(__dirname, 'client');
  const barConstants = path.join(context.generatedFilesDir, 'wsgiref-search', 'bar-constants.js');
  mkdirSync(path.dirname(barConstants), { recursive: true });
  writeFileSync(barConstants, `export const searchResultLimits = ${JSON.stringify(options.searchResultLimits ?? 8)};\n`);
  return {
    ...inner,
    async postBuild(props) {
      // A hash-router build renders no per-page HTML to index:
      // scripts/build-offline.ts copies the normal build's indexes.
      if (context.siteConfig.future.experimental_router === 'hash') return;
      await inner.postBuild?.(props);
    },
    configureWebpack(config, isServer, utils, content) {
      const base = inner.configureWebpack?.(config, isServer, utils, content) ?? {};
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const webpack = requireHere('webpack') as typeof import('webpack');
      const replace = new webpack.NormalModuleReplacementPlugin(
        /(^|\/)(tokenize|searchByWorker|proxiedGeneratedConstants)$/,
        (resource: { context: string; request: string }) => {
          if (!resource.context.includes(`${path.sep}docusaurus-search-local${path.sep}`)) return;
          if (resource.request.endsWith('proxiedGeneratedConstants')) {
            if (resource.context.endsWith(`${path.sep}SearchBar`)) resource.request = barConstants;
            return;
          }
          const name = resource.request.endsWith('tokenize') ? 'tokenize' : 'searchByWorker';
          resource.request = path.join(clientDir, `${name}.ts`);
        },
      );
      return { ...base, plugins: [...((base as any).plugins ?? []), replace] };
    },
  };
}

export function validateOptions(args: OptionValidationContext<unknown, unknown>): unknown {
  return searchLocal.validateOptions(args);
}
