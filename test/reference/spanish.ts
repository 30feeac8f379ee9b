// Finds Spanish prose in Markdown: the text outside code (fenced blocks and
// inline code spans) and outside link targets, word by word. The words are
// ones English text does not use; accented letters and ¿¡ count too.
const SPANISH_WORDS = new Set(
  ('el la los las del que una unos unas para por con sin como cuando pero también ' +
    'está están es son se lo al sus su este esta estos estas ese esa hay muy más ' +
    'cada otro otra otros todo todos toda sobre entre hasta desde según donde ' +
    'si sí ya aquí así cabecera cabeceras petición peticiones respuesta entorno ' +
    'cadena cadenas valor valores nombre nombres devuelve retorna lanza error ' +
    'llama llamada se puede debe deben tiene').split(' ').filter((w) => !['error'].includes(w)),
);
const ACCENTED = /[áéíóúñ¿¡]/i;

/** Markdown without fenced code, inline code and link targets. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]+>/g, ' ');
}

/** The lines of `markdown` whose prose looks Spanish, with the words that gave it away. */
export function spanishLines(markdown: string): { line: string; words: string[] }[] {
  const found: { line: string; words: string[] }[] = [];
  for (const line of proseOf(markdown).split('\n')) {
    const words = line.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const hits = words.filter((w) => SPANISH_WORDS.has(w) || ACCENTED.test(w));
    // One short word alone ("a", "se") is too weak; two, or an accent, is not.
    if (hits.length >= 2 || hits.some((w) => ACCENTED.test(w))) found.push({ line: line.trim(), words: hits });
  }
  return found;
}
