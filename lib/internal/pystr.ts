/**
 * Python's `str` whitespace rules, which the wire format depends on
 * (`str.split()` splits the request line, `str.strip()` trims header
 * values), and `int()` of a str, which has its own. Internal helper: not
 * re-exported by index.ts.
 *
 * @internal
 * @module
 */

/** `str.isspace()` for the latin-1 range (what `str.split()`/`strip()` use). */
export function isPySpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x1c && code <= 0x20) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python's `text.split()` with no separator. */
export function pySplit(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isPySpace(text.charCodeAt(i));
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/** Python's `text.strip()` with no argument. */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpace(text.charCodeAt(start))) start++;
  while (end > start && isPySpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** `int()` of a str: sign, ASCII digits, single underscores between them. */
const PY_INT = /^[+-]?\d+(_\d+)*$/;

/**
 * What `int()` strips around the digits: C's `isspace` for ASCII (so not
 * `\x1c`-`\x1f`, which `str.isspace()` counts) and Unicode whitespace
 * beyond it (`\x85`, `\xa0`…).
 */
function isIntSpace(code: number): boolean {
  return isPySpace(code) && (code < 0x1c || code > 0x1f);
}

/**
 * Python's `int(text)`: the number, or `null` where Python raises
 * `ValueError`. Only ASCII digits (Python also takes other Unicode
 * decimal digits, which no header or status has).
 */
export function pyInt(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && isIntSpace(text.charCodeAt(start))) start++;
  while (end > start && isIntSpace(text.charCodeAt(end - 1))) end--;
  const digits = text.slice(start, end);
  return PY_INT.test(digits) ? Number(digits.replace(/_/g, '')) : null;
}
