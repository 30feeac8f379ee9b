// Replaces @easyops-cn/docusaurus-search-local's searchByWorker (see
// plugins/search-accents/index.ts). The original runs lunr in a Web Worker
// and fetch()es the index: both are refused to a page opened from disk
// (file://). Here the search runs on the page, in a chunk loaded on first
// use, and the index comes from:
//   - http(s): fetch(`${baseUrl}search-index.json?...`), as the original;
//   - file://: the script search-index.js beside the locale's index.html,
//     written by scripts/build-offline.ts, which sets
//     window.__WSGIREF_SEARCH_INDEX__.
/* eslint-disable @typescript-eslint/no-explicit-any */

type Engine = typeof import('./engine');
let enginePromise: Promise<Engine> | undefined;
const indexes = new Map<string, Promise<unknown>>();

function engine(): Promise<Engine> {
  enginePromise ??= import('./engine');
  return enginePromise;
}

declare global {
  interface Window {
    __WSGIREF_SEARCH_INDEX__?: unknown;
  }
}

function loadScriptIndex(): Promise<unknown> {
  if (window.__WSGIREF_SEARCH_INDEX__) return Promise.resolve(window.__WSGIREF_SEARCH_INDEX__);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    // Relative to the document: each locale's index.html has its own index.
    script.src = 'search-index.js';
    script.onload = () => resolve(window.__WSGIREF_SEARCH_INDEX__);
    script.onerror = () =>
      reject(new Error('No se pudo cargar el índice de búsqueda. / Could not load the search index.'));
    document.head.appendChild(script);
  });
}

async function loadJson(baseUrl: string, searchContext: string): Promise<unknown> {
  const { searchIndexUrl } = await engine();
  if (window.location.protocol === 'file:') return loadScriptIndex();
  const dir = searchContext ? `-${searchContext.replace(/\//g, '-')}` : '';
  const response = await fetch(`${baseUrl}${searchIndexUrl.replace('{dir}', dir)}`);
  return response.json();
}

function indexFor(baseUrl: string, searchContext: string): Promise<unknown> {
  const key = `${baseUrl}${searchContext}`;
  let promise = indexes.get(key);
  if (!promise) {
    promise = Promise.all([engine(), loadJson(baseUrl, searchContext)]).then(([e, json]) =>
      e.loadIndexes(json as any),
    );
    indexes.set(key, promise);
  }
  return promise;
}

// As the original: `docusaurus start` writes no index, so search is a
// production-build feature.
const enabled = process.env.NODE_ENV === 'production';

export async function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void> {
  if (enabled) await indexFor(baseUrl, searchContext);
}

export async function searchByWorker(
  baseUrl: string,
  searchContext: string,
  input: string,
  limit: number,
): Promise<unknown[]> {
  if (!enabled) return [];
  const [e, loaded] = await Promise.all([engine(), indexFor(baseUrl, searchContext)]);
  return e.search(loaded as any, input, limit);
}
