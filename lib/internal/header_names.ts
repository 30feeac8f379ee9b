/**
 * Header names compared as Python's `key.lower() == name.lower()`.
 * Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

// The one character whose lower case is longer than itself (İ: i and a
// combining dot above), so the only way names of two lengths can match:
// the shorter one must have it.
const DOTTED_CAPITAL_I = '\u0130';

/** Whether a name has an İ. */
export function hasDottedI(name: string): boolean {
  return name.includes(DOTTED_CAPITAL_I);
}

/**
 * Python's `key.lower() == name.lower()` without lower-casing either into
 * a new string for every header compared: ASCII letters are folded one by
 * one; anything else uses toLowerCase. Names of different lengths match
 * only when the shorter has an İ, which `includes` rules out at once in
 * the usual one-byte strings. Wins bench:lib's "Headers" row (every get,
 * set and delete compares names) and the hello rows of `npm run bench`
 * (get_environ's lookups in the request's headers): a lookup no longer
 * lower-cases the name or scans each shorter header name for non-ASCII
 * letters.
 */
export function sameName(key: string, name: string, nameDotted: boolean): boolean {
  // The same literal on both sides (set or get of a name the list holds as
  // written) is one comparison, not a loop.
  if (key === name) return true;
  if (key.length !== name.length) {
    const shorterDotted = key.length < name.length ? hasDottedI(key) : nameDotted;
    return shorterDotted && key.toLowerCase() === name.toLowerCase();
  }
  for (let i = 0; i < key.length; i++) {
    let a = key.charCodeAt(i);
    let b = name.charCodeAt(i);
    if (a === b) continue;
    if (a > 0x7f || b > 0x7f) return key.toLowerCase() === name.toLowerCase();
    if (a >= 0x41 && a <= 0x5a) a += 0x20;
    if (b >= 0x41 && b <= 0x5a) b += 0x20;
    if (a !== b) return false;
  }
  return true;
}
