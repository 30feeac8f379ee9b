/**
 * Error messages in both languages, as everything a reader sees: Spanish
 * first, then English. Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

/** `español / English`: the one form of a bilingual message. */
export function bilingual(spanish: string, english: string): string {
  return `${spanish} / ${english}`;
}
