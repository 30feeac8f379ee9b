/**
 * The text formatting http.server does for its log and error pages:
 * Python's `%` operator, `html.escape` and the control-character table of
 * the log. Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { escapeCodePoint, pythonStrRepr } from './repr';

/** Python's `%` operator for the few conversions http.server uses. */
export function percentFormat(format: string, args: readonly unknown[]): string {
  // A scan instead of a regular expression with a callback: this formats
  // the access-log line of every request.
  let out = '';
  let index = 0;
  let from = 0;
  for (let at = format.indexOf('%'); at >= 0 && at + 1 < format.length; at = format.indexOf('%', from)) {
    const conversion = format[at + 1];
    if (conversion !== '%' && conversion !== 's' && conversion !== 'd' && conversion !== 'r') {
      out += format.slice(from, at + 1);
      from = at + 1;
      continue;
    }
    out += format.slice(from, at) + formatConversion(conversion, args[index]);
    if (conversion !== '%') index++;
    from = at + 2;
  }
  return out + format.slice(from);
}

function formatConversion(conversion: string, value: unknown): string {
  if (conversion === '%') return '%';
  if (conversion === 'r') return typeof value === 'string' ? pythonStrRepr(value) : String(value);
  if (conversion === 'd') return String(Math.trunc(Number(value)));
  return String(value);
}

/** `html.escape(text, quote=False)`. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CONTROL_OR_BACKSLASH = /[\x00-\x1f\x7f-\x9f\\]/;
const EVERY_CONTROL_OR_BACKSLASH = new RegExp(CONTROL_OR_BACKSLASH.source, 'g');

/** BaseHTTPRequestHandler._control_char_table: C0, DEL, C1 and the backslash. */
export function escapeControlCharacters(text: string): string {
  // Log lines seldom hold one: a test is a quarter of a replace's cost (bench hello row).
  if (!CONTROL_OR_BACKSLASH.test(text)) return text;
  return text.replace(EVERY_CONTROL_OR_BACKSLASH, (char) =>
    char === '\\' ? '\\\\' : escapeCodePoint(char.charCodeAt(0)),
  );
}
