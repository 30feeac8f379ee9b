// The TypeScript tabs of the how-to pages (docs/como/, both locales) are
// complete programs: each ```ts block compiles under strict TypeScript
// against the package's own entries ('wsgiref-ts', 'wsgiref-ts/simple_server'),
// resolved to lib/ here as the published package resolves them to lib/dist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFencedBlocks, findPages } from './findBlocks';

const root = path.resolve(import.meta.dirname, '../..');
const pages = [...findPages(root, 'docs/como'), ...findPages(root, 'i18n/en/docusaurus-plugin-content-docs/current/como')];
const blocks = pages.flatMap((page) =>
  findFencedBlocks(page, readFileSync(path.join(root, page), 'utf8')).filter((block) =>
    /^(ts|typescript)$/.test(block.language),
  ),
);

test('los bloques TypeScript de «Cómo…» compilan / the how-to TypeScript blocks compile', () => {
  assert.ok(blocks.length >= 12, `solo ${blocks.length} bloques TypeScript en docs/como/`);
  const dir = mkdtempSync(path.join(tmpdir(), 'howto-ts-'));
  try {
    const names = blocks.map((block, index) => {
      const name = `block${index}.ts`;
      // Each block is its own module (top-level await needs one).
      writeFileSync(path.join(dir, name), `${block.code}\nexport {};\n`);
      return { name, where: `${block.file}:${block.line}` };
    });
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(root, 'node_modules/@types')],
          paths: {
            'wsgiref-ts': [path.join(root, 'lib/index.ts')],
            'wsgiref-ts/simple_server': [path.join(root, 'lib/simple_server.ts')],
          },
        },
        files: names.map(({ name }) => name),
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
        cwd: dir,
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const located = names.reduce((text, { name, where }) => text.replaceAll(name, where), output);
    assert.equal(located.trim(), '', located);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
