/**
 * Python's `repr()`, the one implementation in the port: `pythonStrRepr`
 * for strings (public, re-exported by http_server and index.ts),
 * `pythonRepr` for environ values as demoApp prints them, and `repr`, a
 * short rendering of any JS value for error messages (handlers and
 * validate quote the offending value as Python's `%r` does), whose
 * strings are pythonStrRepr's.
 *
 * @module
 */

const MAX_ITEMS = 12;
const MAX_DEPTH = 2;

function listItems(items: readonly unknown[], depth: number): string {
  const shown = items.slice(0, MAX_ITEMS).map((item) => render(item, depth + 1));
  if (items.length > MAX_ITEMS) shown.push('…');
  return shown.join(', ');
}

function renderObject(value: object, depth: number): string {
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  const prefix = name && name !== 'Object' ? `${name} ` : '';
  if (depth >= MAX_DEPTH) return `${prefix}{…}`;
  const entries = Object.entries(value);
  const shown = entries
    .slice(0, MAX_ITEMS)
    .map(([key, item]) => `${pythonStrRepr(key)}: ${render(item, depth + 1)}`);
  if (entries.length > MAX_ITEMS) shown.push('…');
  return `${prefix}{${shown.join(', ')}}`;
}

function render(value: unknown, depth: number): string {
  if (typeof value === 'string') return pythonStrRepr(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `[Function ${value.name || 'anónima'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object') return String(value);
  if (value instanceof Uint8Array) {
    return `${value.constructor.name}(${value.length}) [${listItems(Array.from(value), depth)}]`;
  }
  if (Array.isArray(value)) {
    return depth >= MAX_DEPTH ? '[…]' : `[${listItems(value, depth)}]`;
  }
  if (value instanceof Error) return `${value.name}(${pythonStrRepr(value.message)})`;
  return renderObject(value, depth);
}

/** Renders `value` for a message: strings quoted, arrays and objects shortened. */
export function repr(value: unknown): string {
  return render(value, 0);
}

/** Python's type name of a value, for "(got …)" messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
  }
  return typeof value;
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Escribe una cadena como lo hace `repr()` en Python: entre comillas
 * simples (o dobles si la cadena tiene `'` y no `"`), con `\n`, `\r`,
 * `\t`, `\\` y los caracteres no imprimibles escapados (`\x85`, `\u2028`…).
 * Lo usan los mensajes de error (`%r`) y `demoApp`.
 *
 * @english Writes a string as Python's `repr()` does: single quotes (double
 * when it has `'` and no `"`), with `\n`, `\r`, `\t`, `\\` and
 * non-printable characters escaped. Used by error messages (`%r`) and
 * `demoApp`.
 *
 * @python `repr(str)`.
 *
 * @example
 * ```ts
 * pythonStrRepr("GET /\x00"); // "'GET /\\x00'"
 * pythonStrRepr("it's");      // `"it's"`
 * ```
 */
export function pythonStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (char === quote || char === '\\') out += '\\' + char;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) out += escapeCodePoint(code);
    else out += char;
  }
  return out + quote;
}

export function escapeCodePoint(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

/**
 * Python's repr() of an environ value as demoApp prints it: strings as
 * pythonStrRepr, None, True/False, numbers, arrays as tuples, objects as
 * `<Class object>`.
 */
export function pythonRepr(value: unknown): string {
  if (typeof value === 'string') return pythonStrRepr(value);
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(pythonRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (typeof value === 'function') return `<function ${value.name || 'anonymous'}>`;
  const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
  return `<${name} object>`;
}
