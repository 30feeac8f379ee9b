/**
 * Byte and text escaping for display, in Python's `repr(bytes)` style, so
 * a reader sees `\r\n` and other invisible bytes exactly as Python shows them.
 */

const NAMED: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r', 0x5c: '\\\\' };

/** The inside of Python's `b'…'` literal for these bytes (quote: `'`). */
export function escapeBytes(data: Uint8Array, quote = "'"): string {
  let out = '';
  for (const byte of data) {
    const named = NAMED[byte];
    if (named) out += named;
    else if (byte === quote.charCodeAt(0)) out += `\\${quote}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** Python's `repr(bytes)`: `b'…'`, or `b"…"` when that avoids escaping quotes. */
export function bytesRepr(data: Uint8Array): string {
  const hasSingle = data.includes(0x27);
  const hasDouble = data.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  return `b${quote}${escapeBytes(data, quote)}${quote}`;
}

/** A JavaScript string literal in single quotes, control characters escaped. */
export function stringRepr(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (char === '\\') out += '\\\\';
    else if (char === "'") out += "\\'";
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `'${out}'`;
}

/** Text with `\r` shown as a visible `\r` (the line break itself stays). */
export function showLineEnds(text: string): string {
  return text.replace(/\r\n/g, '\\r\\n\n').replace(/\r/g, '\\r').replace(/(?<!\\r\\n)\n/g, '\\n\n');
}
