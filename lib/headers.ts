/**
 * Gestión de las cabeceras de respuesta HTTP: la clase `Headers` envuelve
 * la lista de pares `[nombre, valor]` que una aplicación pasa a
 * `start_response` y permite consultarla y modificarla como un
 * diccionario que no distingue mayúsculas de minúsculas en los nombres.
 *
 * @english HTTP response header management: `Headers` wraps the list of
 * `[name, value]` pairs an application passes to `start_response` and
 * reads and edits it like a case-insensitive mapping.
 *
 * @python `wsgiref.headers`.
 *
 * @module headers
 */

import { encodeLatin1, writeLatin1 } from './internal/latin1';
import { copyOfBytes } from './internal/slab';
import { sameName } from './internal/header_names';
import { isPlainText } from './internal/plain_text';
import type { HeaderPair } from './types';
import { bilingual } from './internal/messages';

const TAB = 0x09;
const DEL = 0x7f;

/**
 * True when `text` has a control character: CPython 3.14's
 * _name_disallowed_re ([\x00-\x1F\x7F]) or, with `allowTab`,
 * _value_disallowed_re (the same without TAB; RFC 9110 §5.5 allows HTAB in
 * field values, never in names). A loop: for short header strings it is
 * several times quicker than a regular expression.
 */
function hasControl(text: string, allowTab: boolean): boolean {
  if (isPlainText(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // One test per character for the usual text; TAB only in this branch.
    if ((code < 0x20 || code === DEL) && !(allowTab && code === TAB)) return true;
  }
  return false;
}

/**
 * checkString(name, 'name') for a name looked for, returning whether it
 * has an İ, found in the same pass over its characters: every get, set
 * and delete starts here (bench:lib's "Headers" row).
 */
function checkWanted(name: unknown): boolean {
  if (typeof name !== 'string') {
    checkString(name, 'name'); // throws Python's TypeError
    return false;
  }
  if (isPlainText(name)) return false;
  let dotted = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    // One test per printable ASCII character.
    if (code < 0x20 || code >= DEL) {
      if (code < 0x20 || code === DEL) checkString(name, 'name');
      else if (code === 0x130) dotted = true;
    }
  }
  return dotted;
}

const COLON = 0x3a;
const SPACE = 0x20;
const CR = 0x0d;
const LF = 0x0a;

/**
 * `encodeLatin1(headers.toString())` written straight from the list, with
 * no text of the block built first (null if an entry is not a pair of
 * strings, which only toString knows how to print). Wins the handlers'
 * part of bench:lib's "SimpleHandler run" row: the header block is sent
 * on every response.
 */
function headerBlockBytes(list: readonly HeaderPair[]): Uint8Array | null {
  if (sameBlockAsLast(list)) return copyOfBytes((lastBlock as LastBlock).bytes);
  const bytes = encodeHeaderBlock(list);
  if (bytes !== null) lastBlock = { pairs: list.map(([key, value]) => [key, value]), bytes };
  return bytes === null ? null : copyOfBytes(bytes);
}

/**
 * The last header block encoded and the names and values it was made
 * from (copied: the list itself changes). An application answers most
 * requests with the same headers, so headerBlockBytes hands out a copy of
 * these bytes when every name and value is the same, instead of encoding
 * the same text again: comparing a few strings and one native copy cost
 * less than the loop over every character. Wins bench:lib's
 * "SimpleHandler run" row. The copy is a new array every time: a caller
 * that keeps or changes what it was given touches no one else's bytes.
 */
interface LastBlock { readonly pairs: readonly HeaderPair[]; readonly bytes: Uint8Array }
let lastBlock: LastBlock | null = null;

function sameBlockAsLast(list: readonly HeaderPair[]): boolean {
  if (lastBlock === null || lastBlock.pairs.length !== list.length) return false;
  const pairs = lastBlock.pairs;
  for (let i = 0; i < list.length; i++) {
    const pair = list[i];
    if (!Array.isArray(pair) || pair[0] !== pairs[i][0] || pair[1] !== pairs[i][1]) return false;
  }
  return true;
}

function encodeHeaderBlock(list: readonly HeaderPair[]): Uint8Array | null {
  let size = 2;
  for (const [key, value] of list) {
    if (typeof key !== 'string' || typeof value !== 'string') return null;
    size += key.length + value.length + 4;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const [key, value] of list) {
    writeLatin1(key, bytes, at);
    at += key.length;
    bytes[at++] = COLON;
    bytes[at++] = SPACE;
    writeLatin1(value, bytes, at);
    at += value.length;
    bytes[at++] = CR;
    bytes[at++] = LF;
  }
  bytes[at++] = CR;
  bytes[at] = LF;
  return bytes;
}

/**
 * Los parámetros de `addHeader`: cada clave es el nombre del parámetro
 * (`_` se convierte en `-`) y su valor, una cadena que se escribe entre
 * comillas o `null` para un parámetro sin valor.
 *
 * @english The parameters of `addHeader`: each key is a parameter name
 * (`_` becomes `-`), each value a string written in quotes, or `null`
 * for a bare flag.
 *
 * @python `**_params` of `wsgiref.headers.Headers.add_header`.
 *
 * @example
 * ```ts
 * const params: HeaderParams = { filename: 'informe.pdf', inline_only: null };
 * ```
 */
export type HeaderParams = Record<string, string | null>;

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Checks a header name or value the way `Headers._convert_string_type`
 * does: strings only (Python raises AssertionError; a TypeError is the
 * JavaScript equivalent), no control characters.
 */
function checkString(value: unknown, kind: 'name' | 'value'): string {
  if (typeof value !== 'string') {
    throw new TypeError(
      bilingual(
        `Los nombres y valores de las cabeceras deben ser cadenas (se recibió ${describe(value)}).`,
        `Header names/values must be of type str (got ${describe(value)}).`,
      ),
    );
  }
  if (kind === 'name' && hasControl(value, false)) {
    throw new Error(
      'El nombre de la cabecera no puede contener caracteres de control (CR, LF, TAB…). ' +
        '/ Control characters are not allowed in header names.',
    );
  }
  if (kind === 'value' && hasControl(value, true)) {
    throw new Error(
      'El valor de la cabecera no puede contener caracteres de control (CR, LF…). ' +
        '/ Control characters are not allowed in header values.',
    );
  }
  return value;
}

/**
 * `list.length = length` for a list that loses a few entries at its end:
 * popping them is inline work, where assigning `length` is a call into
 * the engine's generic setter. Wins bench:lib's "Headers" row (set
 * removes the header it replaces).
 */
function dropFrom(list: HeaderPair[], length: number): void {
  while (list.length > length) list.pop();
}

/**
 * Formats one `key="value"` parameter like Python's `_formatparam` with
 * `quote=1`: a non-empty value is always quoted (backslash and double
 * quote escaped); an empty or missing value leaves the bare key.
 */
function formatParam(key: string, value: string | null): string {
  if (value === null || value.length === 0) return key;
  // Most values have nothing to escape: skip the two replacements then.
  const escaped =
    value.includes('\\') || value.includes('"')
      ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
      : value;
  return `${key}="${escaped}"`;
}

function checkPair(pair: unknown): void {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw new TypeError(
      bilingual(
        `Cada cabecera debe ser un par [nombre, valor] (se recibió ${describe(pair)}).`,
        `Each header must be a [name, value] pair (got ${describe(pair)}).`,
      ),
    );
  }
  checkString(pair[0], 'name');
  checkString(pair[1], 'value');
}

/**
 * Una colección de cabeceras de respuesta HTTP, con acceso por nombre sin
 * distinguir mayúsculas de minúsculas. Como en Python:
 *
 * - el constructor recibe un array de pares `[nombre, valor]` y trabaja
 *   sobre **ese mismo** array (no lo copia): los cambios hechos con
 *   `Headers` se ven en el array original y al revés; cualquier otra
 *   cosa que no sea un array es un `TypeError`;
 * - un nombre puede aparecer varias veces (`getAll` retorna todos sus
 *   valores y `length` cuenta los repetidos);
 * - los nombres y valores tienen que ser cadenas (si no, `TypeError`) sin
 *   caracteres de control: CR y LF permitirían inyectar cabeceras. El
 *   tabulador sí se admite en los valores (RFC 9110, como CPython 3.14).
 *
 * En los bloques de código en vivo del sitio, este `Headers` oculta al
 * `Headers` del navegador (la API *fetch*): son clases distintas.
 *
 * @english A collection of HTTP response headers, looked up by
 * case-insensitive name. As in Python, the constructor takes an array of
 * `[name, value]` pairs and works on that very array (no copy; anything
 * but an array is a `TypeError`); a name may appear several times
 * (`getAll`, and `length` counts duplicates); names and values must be
 * strings (else `TypeError`) without control characters, since CR and LF
 * would allow header injection; TAB is allowed in values (RFC 9110, as in
 * CPython 3.14). In the site's live code blocks this `Headers` shadows
 * the browser's fetch `Headers`: they are different classes.
 *
 * @python `wsgiref.headers.Headers`.
 *
 * @example
 * ```ts
 * const list: [string, string][] = [['Content-Type', 'text/plain']];
 * const h = new Headers(list);
 * h.get('content-type');          // 'text/plain'
 * h.set('X-Example', 'yes');
 * list.length;                    // 2 (the same array)
 * h.addHeader('Content-Disposition', 'attachment', { filename: 'a.txt' });
 * h.toString();
 * // 'Content-Type: text/plain\r\nX-Example: yes\r\n' +
 * // 'Content-Disposition: attachment; filename="a.txt"\r\n\r\n'
 * ```
 */
export class Headers implements Iterable<HeaderPair> {
  private readonly list: HeaderPair[];

  /**
   * Envuelve `headers` (por defecto, un array vacío nuevo) sin copiarlo y
   * comprueba cada par.
   *
   * @english Wraps `headers` (a new empty array by default) without
   * copying it, and checks every pair.
   *
   * @python `Headers(headers=None)`.
   *
   * @param headers - El array de pares `[nombre, valor]` que se compartirá.
   *
   * @english The array of `[name, value]` pairs to share.
   *
   * @throws TypeError si `headers` no es un array, si un elemento no es un
   *   par o si un nombre o un valor no es una cadena.
   *
   * @english TypeError if `headers` is not an array, an item is not a
   * pair, or a name or value is not a string.
   *
   * @throws Error si un nombre o un valor tiene caracteres de control.
   *
   * @english Error if a name or value holds control characters.
   *
   * @example
   * ```ts
   * new Headers().length;                  // 0
   * new Headers([['X-A', '1']]).get('x-a'); // '1'
   * new Headers('x' as never);             // TypeError
   * ```
   */
  constructor(headers: HeaderPair[] | null = null) {
    const list: unknown = headers ?? [];
    if (!Array.isArray(list)) {
      throw new TypeError(
        'Headers espera un array de pares [nombre, valor]. ' +
          '/ Headers must be a list of name/value tuples.',
      );
    }
    this.list = list as HeaderPair[];
    for (const pair of this.list) checkPair(pair);
  }

  /**
   * El número total de cabeceras, contando las repetidas.
   *
   * @english The total number of headers, duplicates included.
   *
   * @python `len(headers)`.
   *
   * @example
   * ```ts
   * new Headers([['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]).length; // 2
   * ```
   */
  get length(): number {
    return this.list.length;
  }

  /**
   * El valor de la primera cabecera llamada `name`, o `defaultValue`
   * (`undefined` si se omite) cuando no hay ninguna.
   *
   * @english The value of the first header called `name`, or
   * `defaultValue` (`undefined` when omitted) if there is none.
   *
   * @python `Headers.get(name, default=None)`, `headers[name]`.
   *
   * @example
   * ```ts
   * const h = new Headers([['Content-Type', 'text/html']]);
   * h.get('CONTENT-TYPE');        // 'text/html'
   * h.get('X-Falta');             // undefined
   * h.get('X-Falta', 'ninguna');  // 'ninguna'
   * ```
   */
  get(name: string): string | undefined;
  get<T>(name: string, defaultValue: T): string | T;
  get<T>(name: string, defaultValue?: T): string | T | undefined {
    const index = this.indexOf(name, checkWanted(name));
    return index === -1 ? defaultValue : this.list[index][1];
  }

  /** Where the first header called `name` (already checked) is, or -1. */
  private indexOf(wanted: string, dotted: boolean): number {
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      if (sameName(list[i][0], wanted, dotted)) return i;
    }
    return -1;
  }

  /**
   * Fija el valor de una cabecera: borra todas las que se llamen `name` y
   * añade `[name, value]` al final. Como en Python, el borrado ocurre
   * antes de comprobar `value`: un valor rechazado deja la cabecera
   * borrada.
   *
   * @english Sets a header: deletes every header called `name`, then
   * appends `[name, value]`. As in Python, the deletion happens before
   * `value` is checked: a refused value leaves the header deleted.
   *
   * @python `headers[name] = value`.
   *
   * @example
   * ```ts
   * const h = new Headers([['X-A', '1'], ['X-B', '2'], ['x-a', '3']]);
   * h.set('X-A', '4');
   * h.items(); // [['X-B', '2'], ['X-A', '4']]
   * ```
   */
  set(name: string, value: string): void {
    // Python checks the name in `del self[name]`; its second check, before
    // appending, cannot fail.
    this.removeAll(name, checkWanted(name));
    this.list.push([name, checkString(value, 'value')]);
  }

  /**
   * Borra todas las cabeceras llamadas `name`; si no hay ninguna, no hace
   * nada (no es un error).
   *
   * @english Deletes every header called `name`; a missing one is not an
   * error.
   *
   * @python `del headers[name]`.
   *
   * @example
   * ```ts
   * const h = new Headers([['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
   * h.delete('set-cookie');
   * h.length;            // 0
   * h.delete('X-Missing'); // no error
   * ```
   */
  delete(name: string): void {
    this.removeAll(name, checkWanted(name));
  }

  /** Deletes every header called `name` (already checked). */
  private removeAll(wanted: string, dotted: boolean): void {
    const list = this.list;
    let kept = 0;
    // Nothing to move before the first match (and no match: nothing to do).
    while (kept < list.length && !sameName(list[kept][0], wanted, dotted)) kept++;
    if (kept === list.length) return;
    // In place, like Python's `self._headers[:] = ...`: the list stays shared.
    for (let i = kept + 1; i < list.length; i++) {
      if (!sameName(list[i][0], wanted, dotted)) list[kept++] = list[i];
    }
    dropFrom(list, kept);
  }

  /**
   * `true` si hay al menos una cabecera llamada `name`.
   *
   * @english `true` when at least one header is called `name`.
   *
   * @python `name in headers`.
   *
   * @example
   * ```ts
   * const h = new Headers([['Content-Length', '0']]);
   * h.has('content-length'); // true
   * h.has('Content-Type');   // false
   * ```
   */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /**
   * Todos los valores de las cabeceras llamadas `name`, en el orden en que
   * aparecen; un array vacío si no hay ninguna.
   *
   * @english Every value of the headers called `name`, in order; an
   * empty array when there is none.
   *
   * @python `Headers.get_all(name)`.
   *
   * @example
   * ```ts
   * const h = new Headers([['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
   * h.getAll('set-cookie'); // ['a=1', 'b=2']
   * h.getAll('X-Falta');    // []
   * ```
   */
  getAll(name: string): string[] {
    const dotted = checkWanted(name);
    return this.list.filter(([key]) => sameName(key, name, dotted)).map(([, value]) => value);
  }

  /**
   * Devuelve el valor de la primera cabecera llamada `name`; si no hay
   * ninguna, añade `[name, value]` y retorna `value`.
   *
   * @english Returns the value of the first header called `name`; when
   * there is none, appends `[name, value]` and returns `value`.
   *
   * @python `Headers.setdefault(name, value)`.
   *
   * @example
   * ```ts
   * const h = new Headers([['Content-Type', 'text/html']]);
   * h.setDefault('Content-Type', 'text/plain'); // 'text/html' (kept)
   * h.setDefault('X-New', 'yes');               // 'yes' (added)
   * ```
   */
  setDefault(name: string, value: string): string {
    const index = this.indexOf(name, checkWanted(name));
    const existing = index === -1 ? undefined : this.list[index][1];
    if (existing !== undefined) return existing;
    this.list.push([name, checkString(value, 'value')]);
    return value;
  }

  /**
   * Añade una cabecera con parámetros, sin borrar las que ya haya.
   *
   * Cada parámetro se escribe como `clave="valor"` (siempre entre comillas,
   * escapando `\` y `"`); un parámetro con valor `null` (o cadena vacía)
   * se escribe solo con su clave, y `_` en la clave se convierte en `-`.
   * Con `value` igual a `null` la cabecera lleva solo los parámetros. Las
   * partes se unen con `"; "`.
   *
   * @english Adds a header with parameters, keeping existing ones. Each
   * parameter is written `key="value"` (always quoted, `\` and `"`
   * escaped); a `null` (or empty) value writes the bare key; `_` in a key
   * becomes `-`. With a `null` value the header holds only the
   * parameters. Parts are joined with `"; "`.
   *
   * @python `Headers.add_header(_name, _value, **_params)`.
   *
   * @example
   * ```ts
   * const h = new Headers();
   * h.addHeader('Content-Disposition', 'attachment', { filename: 'bud.gif' });
   * h.get('content-disposition'); // 'attachment; filename="bud.gif"'
   * h.addHeader('X-Opciones', null, { modo_rapido: null, nivel: '2' });
   * h.get('x-opciones');          // 'modo-rapido; nivel="2"'
   * ```
   */
  addHeader(name: string, value: string | null, params: HeaderParams = {}): void {
    // Python joins a list of parts with "; "; building the string directly
    // gives the same text without the list.
    let joined: string | null = value === null ? null : checkString(value, 'value');
    for (const rawKey in params) {
      if (!Object.hasOwn(params, rawKey)) continue;
      const paramValue = params[rawKey];
      checkString(rawKey, 'name');
      const key = rawKey.includes('_') ? rawKey.replace(/_/g, '-') : rawKey;
      const part = paramValue === null ? key : formatParam(key, checkString(paramValue, 'value'));
      joined = joined === null ? part : `${joined}; ${part}`;
    }
    this.list.push([checkString(name, 'name'), joined ?? '']);
  }

  /**
   * Los nombres de todas las cabeceras, en orden y con repeticiones.
   *
   * @english Every header name, in order, duplicates included.
   *
   * @python `Headers.keys()`.
   *
   * @example
   * ```ts
   * new Headers([['A', '1'], ['B', '2'], ['A', '3']]).keys(); // ['A', 'B', 'A']
   * ```
   */
  keys(): string[] {
    return this.list.map(([key]) => key);
  }

  /**
   * Los valores de todas las cabeceras, en orden y con repeticiones.
   *
   * @english Every header value, in order, duplicates included.
   *
   * @python `Headers.values()`.
   *
   * @example
   * ```ts
   * new Headers([['A', '1'], ['B', '2']]).values(); // ['1', '2']
   * ```
   */
  values(): string[] {
    return this.list.map(([, value]) => value);
  }

  /**
   * Una copia de la lista de pares `[nombre, valor]`: cambiarla no cambia
   * las cabeceras.
   *
   * @english A copy of the `[name, value]` pairs: changing it leaves the
   * headers alone.
   *
   * @python `Headers.items()`.
   *
   * @example
   * ```ts
   * const list: [string, string][] = [['A', '1']];
   * const copy = new Headers(list).items();
   * copy === list; // false
   * copy;          // [['A', '1']]
   * ```
   */
  items(): HeaderPair[] {
    return this.list.map(([key, value]): HeaderPair => [key, value]);
  }

  /**
   * Recorre los pares `[nombre, valor]` en orden; en Python se escribe
   * recorriendo `items()`.
   *
   * @english Iterates over the `[name, value]` pairs in order; Python
   * code loops over `items()` instead.
   *
   * @python `for name, value in headers.items()`.
   *
   * @example
   * ```ts
   * for (const [name, value] of new Headers([['A', '1']])) {
   *   console.log(name, value); // A 1
   * }
   * ```
   */
  *[Symbol.iterator](): Iterator<HeaderPair> {
    for (const [key, value] of this.list) yield [key, value];
  }

  /**
   * El bloque de cabeceras listo para enviar: una línea `Nombre: valor`
   * por cabecera, cada una terminada en CRLF, y una línea vacía final.
   *
   * @english The header block ready to send: one `Name: value` line per
   * header, each ending in CRLF, then an empty line.
   *
   * @python `str(headers)`.
   *
   * @example
   * ```ts
   * new Headers([['Content-Type', 'text/plain']]).toString();
   * // 'Content-Type: text/plain\r\n\r\n'
   * new Headers().toString(); // '\r\n'
   * ```
   */
  toString(): string {
    let text = '';
    for (const [key, value] of this.list) text += `${key}: ${value}\r\n`;
    return `${text}\r\n`;
  }

  /**
   * El mismo bloque que `toString()`, codificado en latin-1 (ISO-8859-1),
   * como viaja por la red.
   *
   * @english The same block as `toString()`, encoded as latin-1
   * (ISO-8859-1), as it travels on the wire.
   *
   * @python `bytes(headers)`.
   *
   * @throws TypeError si algún carácter no cabe en latin-1.
   *
   * @english TypeError if a character does not fit in latin-1.
   *
   * @example
   * ```ts
   * new Headers([['X-A', 'ñ']]).toBytes();
   * // Uint8Array [88, 45, 65, 58, 32, 241, 13, 10, 13, 10]
   * ```
   */
  toBytes(): Uint8Array {
    // Python's str(self).encode(): a subclass's own text is encoded as is.
    if (this.toString !== Headers.prototype.toString) return encodeLatin1(this.toString());
    return headerBlockBytes(this.list) ?? encodeLatin1(this.toString());
  }
}
