// The search plugin's client helpers ship without type declarations.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  export const language: string[];
  export const searchIndexUrl: string;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries' {
  export function smartQueries(tokens: string[], zhDictionary: string[]): { term: any[]; tokens: string[] }[];
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults' {
  export function sortSearchResults(results: any[]): void;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults' {
  export function processTreeStatusOfSearchResults(results: any[]): void;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/shared/interfaces' {
  export const SearchDocumentType: { Title: number };
}
declare module 'lunr' {
  const lunr: any;
  export default lunr;
}
