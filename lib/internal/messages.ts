/**
 * The one form of the port's error and warning messages: Spanish first,
 * then English, as everything a reader sees. Internal helper: not
 * re-exported by index.ts.
 *
 * @internal
 * @module
 */

/**
 * `Español. / English`: a Spanish sentence, ` / `, then the English text.
 * Where Python raises the same error, the English text is Python's message
 * word for word (`Status must be of type str (got 200)`), so a test can
 * compare it with CPython's.
 */
export function bilingual(spanish: string, english: string): string {
  return `${spanish} / ${english}`;
}
