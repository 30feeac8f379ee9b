/** Whether a code block's meta string (the words after the language) has `word`. */
export function hasMetaWord(metastring: string | undefined, word: string): boolean {
  return (metastring ?? '').split(/\s+/).includes(word);
}
