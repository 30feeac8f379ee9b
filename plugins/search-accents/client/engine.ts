// The search itself, on the page (see searchByWorker.ts): the steps of
// docusaurus-search-local's worker, reusing its query helpers.
/* eslint-disable @typescript-eslint/no-explicit-any */
import lunr from 'lunr';
import {
  language,
  searchIndexUrl,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants';
import { smartQueries } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries';
import { sortSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults';
import { processTreeStatusOfSearchResults } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults';
import { SearchDocumentType } from '@easyops-cn/docusaurus-search-local/dist/client/shared/interfaces';
import { tokenize } from './tokenize';

export { searchIndexUrl };

interface WrappedIndex {
  type: number;
  documents: any[];
  index: any;
}

export function loadIndexes(json: { documents: any[]; index: object }[]): WrappedIndex[] {
  return json.map(({ documents, index }, type) => ({
    type,
    documents,
    index: lunr.Index.load(index),
  }));
}

function runQuery(index: any, term: any[]): any[] {
  return index.query((query: any) => {
    for (const item of term) {
      query.term(item.value, {
        wildcard: item.wildcard,
        presence: item.presence,
        ...(item.editDistance ? { editDistance: item.editDistance } : null),
      });
    }
  });
}

export function search(wrappedIndexes: WrappedIndex[], input: string, limit: number): any[] {
  const rawTokens = tokenize(input, language);
  if (rawTokens.length === 0) return [];
  const results: any[] = [];
  const seen = new Set<string>();
  outer: for (const { term, tokens } of smartQueries(rawTokens, [])) {
    for (const { documents, index, type } of wrappedIndexes) {
      for (const result of runQuery(index, term).slice(0, limit)) {
        if (seen.has(result.ref)) continue;
        seen.add(result.ref);
        const document = documents.find((doc) => doc.i.toString() === result.ref);
        results.push({
          document,
          type,
          page:
            type !== SearchDocumentType.Title &&
            wrappedIndexes[0].documents.find((doc) => doc.i === document.p),
          metadata: result.matchData.metadata,
          tokens,
          score: result.score,
        });
        if (results.length >= limit) break outer;
      }
    }
  }
  sortSearchResults(results);
  processTreeStatusOfSearchResults(results);
  return results;
}
