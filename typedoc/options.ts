// TypeDoc configuration of the generated API reference (docs/api/).
//
// Two Docusaurus plugin instances of docusaurus-plugin-typedoc:
//   'api-es' -> docs/api/ (lang 'es', Spanish strings from locale-es.ts)
//   'api-en' -> i18n/en/docusaurus-plugin-content-docs/current/api/ (lang 'en'),
//               the English locale's translation of the same pages.
//
// BILINGUAL CONVENTION (implemented and unit-tested in bilingual-tags.mjs):
//   The doc comments in lib/ are Spanish; two TSDoc block tags carry the
//   rest:
//
//     /**
//      * Retorna el valor de la cabecera.
//      *
//      * @english Returns the header's value.
//      *
//      * @python `wsgiref.headers.Headers.get`.
//      *
//      * @param name - El nombre, sin distinguir mayúsculas.
//      * @english The name, case-insensitive.
//      */
//
//   `@english` translates the part right before it (the summary, or the
//   @param/@returns/@throws/… it follows): the Spanish reference drops it,
//   the English one puts it in place of the Spanish text. `@python` names
//   the Python counterpart and appears in both. test/reference/ builds both
//   references and fails on Spanish prose in the English one or on a
//   Python pointer missing from either.
//
// TypeDoc keeps translations in a module-global table, so two instances
// converting at the same time would mix languages: runs are serialised.
// The English pages are only generated while building the 'en' locale,
// and each language is generated once per process (a build loads the
// plugins once per locale) and once per build (WSGIREF_API_FRESH, below).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import typedocPlugin from 'docusaurus-plugin-typedoc';
import { typedocSpanish } from './locale-es';

type ApiLang = 'es' | 'en';
interface ApiReferenceOptions {
  id: string;
  lang: ApiLang;
}

// Docusaurus loads this file as CommonJS (__dirname); tests import it as ESM.
const siteDir =
  typeof __dirname === 'string' ? path.resolve(__dirname, '..') : fileURLToPath(new URL('..', import.meta.url));


// The submodules in the order of Python's wsgiref documentation (util,
// headers, simple_server, validate, handlers, types), then the http.server
// parts wsgiref uses (http_server) and the modules wsgiref does not have:
// request_head (the request head read as it arrives), exchange (a whole
// request without sockets) and io (the in-memory streams).
// typedoc/index.*.md lists them likewise. simple_server is lib/simple_server.ts,
// which re-exports its browser-safe half (lib/simple_server_core.ts).
export const API_MODULES = [
  'util',
  'headers',
  'simple_server',
  'validate',
  'handlers',
  'types',
  'http_server',
  'request_head',
  'exchange',
  'io',
] as const;
const englishDocsDir = 'i18n/en/docusaurus-plugin-content-docs/current';

export function typedocOptions(lang: ApiLang): Record<string, unknown> {
  const at = (relative: string) => path.join(siteDir, relative);
  const docsPath = at(lang === 'es' ? 'docs' : englishDocsDir);
  return {
    // One module per submodule, as Python's wsgiref documents it (the name
    // of each comes from its file's `@module` tag). Not lib/index.ts (it
    // only re-exports them) nor lib/internal/ (the public names there are
    // documented where a module re-exports them).
    // While lib/ is being written an entry point may be missing: skip it.
    entryPoints: API_MODULES.map((name) => at(`lib/${name}.ts`)).filter((p) => existsSync(p)),
    // Keep API_MODULES' order (Python's) in the landing page and sidebar.
    sortEntryPoints: false,
    tsconfig: at('typedoc/tsconfig.json'),
    out: path.join(docsPath, 'api'),
    docsPath,
    lang,
    locales: { es: typedocSpanish },
    plugin: [at('typedoc/bilingual-tags.mjs'), at('typedoc/landing.mjs')],
    name: lang === 'es' ? 'Referencia de la API' : 'API reference',
    readme: at(`typedoc/index.${lang}.md`),
    mergeReadme: true,
    sanitizeComments: true,
    disableSources: true,
    excludePrivate: true,
    excludeInternal: true,
    // lib/ is written by several people at once: document what compiles.
    skipErrorChecking: true,
    useCodeBlocks: true,
    parametersFormat: 'table',
    // Properties as headings, not table rows: "inherited from" links point
    // at them, and Docusaurus only sees anchors of headings (the rows' raw
    // <a id> would fail onBrokenAnchors).
    interfacePropertiesFormat: 'list',
    classPropertiesFormat: 'list',
    typeDeclarationFormat: 'table',
    sidebar: { pretty: true },
    logLevel: 'Warn',
    validation: { notExported: false, invalidLink: true, notDocumented: false },
  };
}

const state = globalThis as typeof globalThis & {
  __wsgirefApiQueue?: Promise<unknown>;
  __wsgirefApiDone?: Set<ApiLang>;
};

function runSerially<T>(task: () => Promise<T>): Promise<T> {
  const previous = state.__wsgirefApiQueue ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  state.__wsgirefApiQueue = next;
  return next;
}

/** WSGIREF_API_FRESH: a comma-separated list of languages ('es', 'es,en'). */
export function freshLanguages(value = process.env.WSGIREF_API_FRESH): string[] {
  return (value ?? '').split(',').map((lang) => lang.trim()).filter(Boolean);
}

export default async function apiReference(
  context: LoadContext,
  rawOptions: unknown,
): Promise<Plugin> {
  const options = rawOptions as ApiReferenceOptions;
  const done = (state.__wsgirefApiDone ??= new Set());
  const needed = options.lang === 'es' || context.i18n.currentLocale === options.lang;
  // A build made of several Docusaurus processes (scripts/buildLocales.ts:
  // one per locale; build:offline's hash-router pass after the normal one)
  // lists in WSGIREF_API_FRESH the languages an earlier process of the
  // same build generated from the same lib/ moments before.
  const fresh =
    freshLanguages().includes(options.lang) &&
    existsSync(path.join(siteDir, options.lang === 'es' ? 'docs' : englishDocsDir, 'api', 'typedoc-sidebar.cjs'));
  if (fresh) done.add(options.lang);
  if (needed && !done.has(options.lang)) {
    await runSerially(() =>
      typedocPlugin(context, { id: options.id, ...typedocOptions(options.lang) } as never),
    );
    done.add(options.lang);
  }
  return { name: `wsgiref-api-reference-${options.lang}` };
}
