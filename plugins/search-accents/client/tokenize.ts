// Replaces @easyops-cn/docusaurus-search-local's client tokenize (see
// plugins/search-accents/index.ts): the same word split, on accent-folded
// text, so a query matches the accent-folded index both ways.
import { foldAccents } from '../fold';

export function tokenize(text: string, _language: string[]): string[] {
  return foldAccents(text).toLowerCase().match(/[^-\s]+/g) || [];
}
