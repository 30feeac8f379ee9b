// Which docs pages have live blocks, read from the sources, so the tests
// follow the guides as they change.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DocPage {
  file: string;
  route: string;
  live: boolean;
  /** Has a Mermaid diagram. */
  diagram: boolean;
}

const LIVE_FENCE = /^```\w+[^\n]*\blive\b/m;
const MERMAID_FENCE = /^```mermaid\b/m;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'api' ? [] : walk(full);
    // Docusaurus makes no page of a file whose name starts with '_'.
    return /\.mdx?$/.test(name) && !name.startsWith('_') ? [full] : [];
  });
}

function routeOf(docsDir: string, file: string, source: string): string {
  const slug = /^---[\s\S]*?^slug:\s*(\S+)[\s\S]*?^---/m.exec(source)?.[1];
  if (slug) return slug.startsWith('/') ? `/docs${slug === '/' ? '/' : slug}` : slug;
  const rel = path.relative(docsDir, file).replace(/\.mdx?$/, '').split(path.sep).join('/');
  return `/docs/${rel.replace(/(^|\/)index$/, '')}`;
}

export function docPages(docsDir = path.resolve('docs')): DocPage[] {
  return walk(docsDir).map((file) => {
    const source = readFileSync(file, 'utf8');
    return { file, route: routeOf(docsDir, file, source), live: LIVE_FENCE.test(source), diagram: MERMAID_FENCE.test(source) };
  });
}
