/**
 * Header text known to be plain: printable ASCII only.
 * Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

// Printable ASCII (SPACE to `~`) passes every character check made on
// header text: no control character (CPython's _name_disallowed_re and
// _value_disallowed_re), latin-1 (start_response's native strings), no İ
// (header_names' case folding). An application sends the same few names
// and values with every response (literals, the same string each time),
// so the strings found plain are kept in a bounded set: a kept string is
// answered by one hash lookup instead of a loop over its characters
// (about 2 ns a character in V8, 10 ns a lookup). Strings are immutable,
// so a kept answer never goes stale. Wins both bench:lib rows: "Headers"
// checks ~17 names and values, "SimpleHandler run" its status, header
// names and values in Headers and again in start_response.
const MIN_KEPT_LENGTH = 8; // shorter strings are read as fast as looked up
const MAX_KEPT_LENGTH = 256; // longer ones (cookies…) would grow the set
const MAX_KEPT = 1024; // then the set starts again, keeping what recurs

const plainStrings = new Set<string>();

function readsPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Whether every character of `text` is printable ASCII (0x20–0x7E). */
export function isPlainText(text: string): boolean {
  if (text.length < MIN_KEPT_LENGTH) return readsPlain(text);
  if (plainStrings.has(text)) return true;
  if (!readsPlain(text)) return false;
  if (text.length <= MAX_KEPT_LENGTH) {
    if (plainStrings.size >= MAX_KEPT) plainStrings.clear();
    plainStrings.add(text);
  }
  return true;
}
