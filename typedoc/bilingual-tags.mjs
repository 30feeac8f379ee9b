// @ts-check
// TypeDoc plugin: the bilingual doc-comment convention of lib/, as TSDoc
// block tags (added to TypeDoc's `blockTags` when the plugin loads).
//
//   @english  The English text of the part written right before it: the
//             summary when it comes before any other block tag, else the
//             block tag it follows (@param x, @returns, @throws, @remarks…).
//             @python tags in between are skipped.
//   @python   The Python counterpart. Language-neutral: both references
//             show it, under the heading "Python".
//
//   lang 'es': every @english tag is dropped.
//   lang 'en': each @english replaces the content of the part it
//              translates, then is dropped.
//
// It runs at the start of TypeDoc's resolve step, before TypeDoc moves
// @param and @returns tags onto parameters and signatures, so a tag and
// its @english are still side by side.
import { Application, Converter } from 'typedoc';

export const ENGLISH_TAG = '@english';
export const PYTHON_TAG = '@python';
export const BILINGUAL_TAGS = [ENGLISH_TAG, PYTHON_TAG];

/**
 * Applies the convention to one comment, in place.
 * @param {import('typedoc').Comment} comment
 * @param {string} lang
 */
export function applyLanguage(comment, lang) {
  /** @type {import('typedoc').CommentTag[]} */
  const kept = [];
  for (const tag of comment.blockTags) {
    if (tag.tag !== ENGLISH_TAG) {
      kept.push(tag);
      continue;
    }
    if (lang !== 'en') continue;
    const translated = [...kept].reverse().find((t) => t.tag !== PYTHON_TAG);
    if (translated) translated.content = tag.content;
    else comment.summary = tag.content;
  }
  comment.blockTags = kept;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Declared here rather than in typedoc/options.ts, which would have to
  // import TypeDoc's defaults and load TypeDoc a second time.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const known = app.options.getValue('blockTags');
    app.options.setValue('blockTags', [...new Set([...known, ...BILINGUAL_TAGS])]);
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const lang = app.options.getValue('lang');
      for (const reflection of Object.values(context.project.reflections)) {
        if (reflection.comment) applyLanguage(reflection.comment, lang);
      }
      if (context.project.comment) applyLanguage(context.project.comment, lang);
    },
    // Before TypeDoc's own CommentPlugin handlers of the resolve step.
    1000,
  );
}
