/**
 * The parts of Python's `http.client` that http.server uses to read a
 * request's headers: the line and header limits, `_read_headers` one line
 * at a time, email's compat32 parse of the block and the message it gives
 * (`HTTPMessage`). Shared by BaseHTTPRequestHandler and the incremental
 * RequestHeadReader. Internal module: its public names (MAX_LINE,
 * MAX_HEADERS, RequestHeaders) are re-exported by http_server, whose
 * `BaseHTTPRequestHandler.MessageClass` this is in Python.
 *
 * @module
 */

import { hasDottedI, sameName } from './header_names';
import { decodeLatin1 } from './latin1';
import { pyInt, pyStrip } from './pystr';
import type { HeaderPair } from '../types';

/**
 * La longitud máxima, en bytes, de la línea de petición y de cada línea de
 * cabecera. Una línea de petición más larga recibe `414`; una cabecera más
 * larga, `431`.
 *
 * @english The longest request line and header line, in bytes: a longer
 * request line gets `414`, a longer header line `431`.
 *
 * @python `http.client._MAXLINE`, `rfile.readline(65537)` (`http.server`).
 *
 * @example
 * ```ts
 * MAX_LINE; // 65536
 * ```
 */
export const MAX_LINE = 65536;

/**
 * El número máximo de líneas de cabecera (contando la línea vacía final,
 * como hace Python): con más, la respuesta es `431 Too many headers`.
 *
 * @english The most header lines (counting the final empty one, as Python
 * does); more gets `431 Too many headers`.
 *
 * @python `http.client._MAXHEADERS`.
 *
 * @example
 * ```ts
 * MAX_HEADERS; // 100
 * ```
 */
export const MAX_HEADERS = 100;

export const LF = 0x0a;
const CR = 0x0d;

/** `readline(MAX_LINE + 1)`: the most bytes one read line can take. */
export const LINE_LIMIT = MAX_LINE + 1;

/** Why http.client._read_headers refuses a header block: a 431. */
export interface HeaderLinesError {
  code: 431;
  message: string;
  explain: string;
}

/**
 * What http.client._read_headers decides after reading a header line of
 * `length` bytes, the `count`-th of the block, blank or not: the block
 * goes on, is done, or is refused (the checks in Python's order).
 */
export function headerLineStep(length: number, count: number, blank: boolean): 'more' | 'done' | HeaderLinesError {
  if (length > MAX_LINE) {
    return {
      code: 431,
      message: 'Line too long',
      explain: `got more than ${MAX_LINE} bytes when reading header line`,
    };
  }
  if (count > MAX_HEADERS) {
    return { code: 431, message: 'Too many headers', explain: `got more than ${MAX_HEADERS} headers` };
  }
  return blank ? 'done' : 'more';
}

/** True when `bytes[start, end)`, a header line, ends the block: empty (end of input), "\n" or "\r\n". */
export function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  return (
    length === 0 ||
    (length === 1 && bytes[start] === LF) ||
    (length === 2 && bytes[start] === CR && bytes[start + 1] === LF)
  );
}

/**
 * http.client._read_headers, one line at a time: `line` is what
 * `readline(MAX_LINE + 1)` gave. Appends it to `lines` (decoded) and says
 * whether the block goes on, is done, or is refused.
 */
export function takeHeaderLine(lines: string[], line: Uint8Array): 'more' | 'done' | HeaderLinesError {
  const step = headerLineStep(line.length, lines.length + 1, isBlankLine(line, 0, line.length));
  if (line.length <= MAX_LINE) lines.push(decodeLatin1(line));
  return step;
}

// email.feedparser.headerRE: a field name up to ':', a continuation, or a mbox "From ".
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;

/** Splits keeping line ends, on \r\n, \r or \n (email's universal newlines). */
function splitUniversalLines(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** email.policy.compat32.header_source_parse. */
function headerSourceParse(lines: string[]): HeaderPair {
  const colon = lines[0].indexOf(':');
  const name = lines[0].slice(0, colon);
  const value = lines[0].slice(colon + 1).replace(/^[ \t]+/, '') + lines.slice(1).join('');
  return [name, value.replace(/[\r\n]+$/, '')];
}

/**
 * The header fields `http.client.parse_headers` finds in the raw header
 * block (email's compat32 parser): folded lines joined, a line that is not
 * a header ends the block, a "From " envelope line and a line starting
 * with ':' are dropped.
 */
export function parseHeaderBlock(text: string): HeaderPair[] {
  return parsePlainHeaderBlock(text) ?? parseFeedHeaderBlock(text);
}

/** The header block as email.feedparser reads it: the general rules, line by line. */
export function parseFeedHeaderBlock(text: string): HeaderPair[] {
  const lines: string[] = [];
  for (const line of splitUniversalLines(text)) {
    if (!HEADER_LINE.test(line)) break;
    lines.push(line);
  }
  const fields: HeaderPair[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line[0] === ' ' || line[0] === '\t') {
      if (current.length > 0) current.push(line);
      continue;
    }
    if (current.length > 0) fields.push(headerSourceParse(current));
    current = [];
    if (line.startsWith('From ') || line.indexOf(':') === 0) continue;
    current = [line];
  }
  if (current.length > 0) fields.push(headerSourceParse(current));
  return fields;
}

/** True when `text[start, end)` is a field name: printable ASCII but ':' (headerRE). */
function isFieldName(text: string, start: number, end: number): boolean {
  if (end === start) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/**
 * The block every client sends, in one pass over the text with no regular
 * expression: "Name: value" lines, each ended by "\r\n" or "\n", up to a
 * blank line. Gives what parseFeedHeaderBlock gives, or null as soon as a
 * line needs its other rules (a folded line, "From ", a line with no
 * colon or an empty name, a bare "\r", a block cut by the end of input).
 * Wins the bench's hello rows: the general parser's regular expressions,
 * line arrays and closures were a third of RequestHeadReader.push's time.
 */
export function parsePlainHeaderBlock(text: string): HeaderPair[] | null {
  const fields: HeaderPair[] = [];
  // The next "\r" at or after the current line; a plain line has one only just before its "\n".
  let cr = text.indexOf('\r');
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) return null;
    let end = newline;
    if (cr >= 0 && cr < newline) {
      if (cr !== newline - 1) return null;
      end = cr;
      cr = text.indexOf('\r', newline + 1);
    }
    if (end === start) return fields;
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon > end || !isFieldName(text, start, colon)) return null;
    let value = colon + 1;
    while (value < end && (text.charCodeAt(value) === 0x20 || text.charCodeAt(value) === 0x09)) value++;
    fields.push([text.slice(start, colon), text.slice(value, end)]);
    start = newline + 1;
  }
}

/**
 * `int(value)` of a Content-Length the way an application would read it;
 * 0 where there is none, it is negative or `int()` would refuse it.
 */
export function contentLengthOf(value: string | undefined): number {
  const length = value === undefined ? null : pyInt(value);
  if (length === null || length <= 0) return 0;
  return Number.isSafeInteger(length) ? length : Number.MAX_SAFE_INTEGER;
}

/**
 * Las cabeceras de una petición, tal como las deja `http.client.parse_headers`:
 * en orden, con duplicados, buscadas sin distinguir mayúsculas.
 *
 * @english A request's headers as `http.client.parse_headers` leaves them:
 * in order, with duplicates, looked up case-insensitively.
 *
 * @python `http.client.HTTPMessage` (un `email.message.Message`).
 *
 * @example
 * ```ts
 * const headers = new RequestHeaders([['Host', 'x'], ['Accept', 'a'], ['Accept', 'b']]);
 * headers.get('accept');    // 'a' (the first, as in Python)
 * headers.getAll('Accept'); // ['a', 'b']
 * ```
 */
export class RequestHeaders implements Iterable<HeaderPair> {
  /**
   * Los pares `[nombre, valor]` en el orden de la petición.
   *
   * @english The `[name, value]` pairs in request order.
   */
  readonly fields: readonly HeaderPair[];

  /**
   * Crea el mensaje a partir de sus pares.
   *
   * @english Creates the message from its pairs.
   */
  constructor(fields: readonly HeaderPair[] = []) {
    this.fields = fields;
  }

  /**
   * El valor de la primera cabecera con ese nombre, o `fallback`.
   *
   * @english The value of the first header with that name, or `fallback`.
   *
   * @python `Message.get`.
   */
  get(name: string): string | undefined;
  get<T>(name: string, fallback: T): string | T;
  get<T>(name: string, fallback?: T): string | T | undefined {
    const dotted = hasDottedI(name);
    for (const [key, value] of this.fields) if (sameName(key, name, dotted)) return value;
    return fallback;
  }

  /**
   * Todos los valores con ese nombre.
   *
   * @english Every value with that name.
   *
   * @python `Message.get_all`.
   */
  getAll(name: string): string[] {
    const wanted = name.toLowerCase();
    return this.fields.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
  }

  /**
   * El tipo de contenido en minúsculas y sin parámetros; `text/plain` si
   * falta o no tiene la forma `tipo/subtipo`.
   *
   * @english The content type, lower-cased and without parameters;
   * `text/plain` when missing or not `type/subtype`.
   *
   * @python `Message.get_content_type`.
   */
  getContentType(): string {
    const value = this.get('content-type');
    if (value === undefined) return 'text/plain';
    const type = pyStrip(value.split(';')[0]).toLowerCase();
    return type.split('/').length === 2 ? type : 'text/plain';
  }

  /**
   * Los pares `[nombre, valor]`.
   *
   * @english The `[name, value]` pairs.
   *
   * @python `Message.items`.
   */
  items(): HeaderPair[] {
    return this.fields.map(([key, value]) => [key, value]);
  }

  /**
   * Recorre los pares.
   *
   * @english Iterates over the pairs.
   */
  [Symbol.iterator](): Iterator<HeaderPair> {
    return this.items()[Symbol.iterator]();
  }
}
