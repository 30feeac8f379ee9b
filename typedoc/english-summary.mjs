// @ts-check
// TypeDoc plugin: picks the language of each doc comment paragraph.
//
// Convention (see typedoc/options.ts): inside any TSDoc comment, a
// paragraph whose first line starts with "English:" is the English
// version of that comment's prose. A paragraph starting with "Python:"
// and fenced code blocks are language-neutral.
//   lang 'es': "English:" paragraphs are removed.
//   lang 'en': when the comment part has at least one "English:"
//     paragraph, its Spanish prose paragraphs are dropped and the English
//     ones are kept without the prefix; otherwise the Spanish text stays.
// It applies to the summary and to every block tag (@param, @returns,
// @remarks, …) separately.
import { Converter } from 'typedoc';

const ENGLISH = /^\s*English:[ \t]*/;
const NEUTRAL = /^\s*(Python:|PEP 3333)/;

/** @typedef {import('typedoc').CommentDisplayPart} Part */

/**
 * Splits display parts into paragraphs: a blank line, a line starting
 * with "English:" or a fenced code block ends a paragraph.
 * @param {Part[]} parts
 * @returns {Part[][]}
 */
function paragraphs(parts) {
  /** @type {Part[][]} */
  const result = [];
  /** @type {Part[]} */
  let current = [];
  const close = () => {
    if (current.some((p) => p.text.trim() !== '')) result.push(current);
    current = [];
  };
  for (const part of parts) {
    if (part.kind === 'code' && part.text.startsWith('```')) {
      close();
      result.push([part]);
      continue;
    }
    if (part.kind !== 'text') {
      current.push(part);
      continue;
    }
    const pieces = part.text.split(/\n[ \t]*\n|\n(?=[ \t]*English:)/);
    pieces.forEach((text, i) => {
      if (i > 0) close();
      if (text !== '') current.push({ ...part, text });
    });
  }
  close();
  return result;
}

/** @param {Part[]} paragraph */
function classify(paragraph) {
  const first = paragraph[0];
  if (first.kind === 'code' && first.text.startsWith('```')) return 'neutral';
  if (first.kind === 'text' && ENGLISH.test(first.text)) return 'en';
  if (first.kind === 'text' && NEUTRAL.test(first.text)) return 'neutral';
  return 'es';
}

/** @param {Part[]} paragraph @returns {Part[]} */
function stripPrefix(paragraph) {
  const [first, ...rest] = paragraph;
  return [{ ...first, text: first.text.replace(ENGLISH, '') }, ...rest];
}

/**
 * @param {Part[]} parts
 * @param {string} lang
 * @returns {Part[]}
 */
export function selectLanguage(parts, lang) {
  const paras = paragraphs(parts).map((p) => ({ parts: p, kind: classify(p) }));
  if (!paras.some((p) => p.kind === 'en')) return parts;
  const kept =
    lang === 'en'
      ? paras.filter((p) => p.kind !== 'es').map((p) => (p.kind === 'en' ? stripPrefix(p.parts) : p.parts))
      : paras.filter((p) => p.kind !== 'en').map((p) => p.parts);
  /** @type {Part[]} */
  const out = [];
  kept.forEach((p, i) => {
    if (i > 0) out.push({ kind: 'text', text: '\n\n' });
    out.push(...p.map((part, j) => (j === 0 && part.kind === 'text' ? { ...part, text: part.text.replace(/^\s+/, '') } : part)));
  });
  return out;
}

/** @param {import('typedoc').Comment | undefined} comment @param {string} lang */
function processComment(comment, lang) {
  if (!comment) return;
  comment.summary = selectLanguage(comment.summary, lang);
  for (const tag of comment.blockTags) tag.content = selectLanguage(tag.content, lang);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const lang = app.options.getValue('lang');
    for (const reflection of Object.values(context.project.reflections)) {
      processComment(reflection.comment, lang);
    }
    processComment(context.project.comment, lang);
  });
}
