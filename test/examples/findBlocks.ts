/**
 * Finds the live code blocks (fences whose meta has the word `live`) of
 * the guides' Markdown/MDX pages, with the line each one starts on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasMetaWord } from '../../src/live/meta';

export interface LiveBlock {
  /** Page path relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: string;
  meta: string;
  code: string;
}

/** Every .md/.mdx file under `dir`, skipping the generated API reference. */
export function findPages(root: string, dir: string): string[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const found: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (relative(base, full) !== 'api') walk(full);
      } else if (/\.mdx?$/.test(name)) {
        found.push(relative(root, full));
      }
    }
  };
  walk(base);
  return found;
}

const OPEN = /^( *)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** The fenced blocks of one page whose meta has `live` (nested fences skipped). */
export function findLiveBlocks(file: string, source: string): LiveBlock[] {
  return findFencedBlocks(file, source).filter((block) => hasMetaWord(block.meta, 'live'));
}

/** Every fenced block of one page (nested fences skipped). */
export function findFencedBlocks(file: string, source: string): LiveBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: LiveBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', fence = '', language = '', meta = ''] = open;
    const close = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j] as string)) {
      const line = lines[j] as string;
      // Content lines lose up to the fence's own indentation (CommonMark).
      body.push(line.slice(Math.min(indent.length, line.length - line.trimStart().length)));
      j++;
    }
    blocks.push({ file, line: i + 1, language, meta: meta.trim(), code: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

/** All live blocks of the given pages. */
export function collectLiveBlocks(root: string, pages: string[]): LiveBlock[] {
  return pages.flatMap((page) => findLiveBlocks(page, readFileSync(join(root, page), 'utf8')));
}
