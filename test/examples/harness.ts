/**
 * Runs a live code block in Node the way the page runs it: our
 * transformCode, then react-live's own `generateElement` /
 * `renderElementAsync` (the same sucrase passes), with the same scope, and
 * renders the result with react-dom/server so render-time errors surface.
 * An error panel in the rendered HTML (e.g. from <HttpExchange>) counts as
 * an error too.
 */
import { register } from 'node:module';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { generateElement, renderElementAsync } from 'react-live';
import { transformForPage } from '../../src/live/transformCode';
import { hasMetaWord } from '../../src/live/meta';
import { liveGuard } from '../../src/live/guard';

register('./css-hooks.mjs', import.meta.url);
const { default: scope } = (await import('../../src/theme/ReactLiveScope/index')) as {
  default: Record<string, unknown>;
};

export interface LiveRun {
  /** The rendered HTML, when rendering got that far. */
  html?: string;
  /** The first error met (transform, evaluation, render or an error panel). */
  error?: unknown;
}

function evaluate(code: string, noInline: boolean): ComponentType {
  let failure: unknown;
  const onError = (error: Error): void => {
    failure ??= error;
  };
  let component: ComponentType | undefined;
  const transformed = transformForPage(code, { noInline });
  const input = { code: transformed, scope, enableTypeScript: true };
  if (noInline) {
    renderElementAsync(input, (result) => (component = result), onError);
  } else {
    component = generateElement(input, onError);
  }
  if (failure !== undefined) throw failure;
  if (!component) throw new Error('render(…) no se llamó. / render(…) was not called.');
  return component;
}

/** Runs one block's code; `meta` is the fence's meta string (e.g. "live noInline"). */
export function runLiveBlock(code: string, meta = 'live'): LiveRun {
  liveGuard.reset();
  // The page's provider drops the final newline the same way.
  const source = code.replace(/\n$/, '');
  const run: LiveRun = {};
  try {
    const component = evaluate(source, hasMetaWord(meta, 'noInline'));
    const html = renderToString(createElement(component));
    run.html = html;
    const panel = /<div[^>]*data-live-error=""[^>]*>([\s\S]*?)<\/pre>/.exec(html);
    if (panel) run.error = new Error(`Panel de error en la salida: ${stripTags(panel[1] ?? '')}`);
  } catch (error) {
    run.error = error;
  } finally {
    liveGuard.reset();
  }
  return run;
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
