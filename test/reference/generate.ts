// Generates the API reference of one language with the site's own TypeDoc
// options (typedoc/options.ts) into a folder, as docusaurus-plugin-typedoc
// would, and returns its Markdown pages by path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Application } from 'typedoc';
import { typedocOptions } from '../../typedoc/options';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

export async function generateReference(lang: 'es' | 'en', out: string): Promise<Map<string, string>> {
  // docsPath and sidebar are docusaurus-plugin-typedoc's own options.
  const { docsPath: _docsPath, sidebar: _sidebar, plugin, ...options } = typedocOptions(lang) as Record<string, unknown>;
  const app = await Application.bootstrapWithPlugins({
    ...options,
    out,
    plugin: ['typedoc-plugin-markdown', ...(plugin as string[])],
    logLevel: 'Error',
  });
  const project = await app.convert();
  if (!project) throw new Error(`TypeDoc could not convert lib/ (${lang})`);
  await app.generateOutputs(project);
  return new Map(markdownFiles(out).map((file) => [path.relative(out, file), readFileSync(file, 'utf8')]));
}
