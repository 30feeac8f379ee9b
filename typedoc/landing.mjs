// @ts-check
// TypeDoc plugin: the reference's landing page lists the modules once.
//
// typedoc/index.<lang>.md (the readme, merged into the landing page) lists
// every module with a link and one line on what it holds, in the order of
// Python's wsgiref documentation. typedoc-plugin-markdown appends its own
// bare list ("## Módulos" / "## Modules") after it: this drops that list,
// but only when the readme links every module, so a module added to the
// entry points and forgotten in the readme still shows up.
import { ProjectReflection, ReflectionKind } from 'typedoc';
import { MarkdownPageEvent } from 'typedoc-plugin-markdown';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (!(page.model instanceof ProjectReflection) || !page.contents) return;
    const modules = page.model.getChildrenByKind(ReflectionKind.Module);
    const heading = /\n## [^\n]+\n\n(?:- \[[^\n]*\n?)+/g;
    const lists = [...page.contents.matchAll(heading)];
    const generated = lists.at(-1);
    if (!generated || generated.index === undefined) return;
    const readme = page.contents.slice(0, generated.index);
    const linksAll = modules.every((m) => readme.includes(`](${m.name}/index.md)`));
    if (!linksAll) {
      app.logger.warn(`typedoc/index.${app.options.getValue('lang')}.md does not link every module; keeping the generated list`);
      return;
    }
    page.contents = readme + page.contents.slice(generated.index + generated[0].length);
  });
}
