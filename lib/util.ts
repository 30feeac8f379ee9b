/**
 * Utilidades varias para WSGI: reconstruir URL a partir del entorno,
 * recorrer `PATH_INFO`, preparar un entorno de prueba, reconocer las
 * cabeceras *hop-by-hop* y envolver un archivo en un iterable.
 *
 * @english Miscellaneous WSGI utilities: rebuild URLs from the environ,
 * walk `PATH_INFO`, set up a test environ, recognise hop-by-hop headers
 * and wrap a file in an iterable.
 *
 * @python `wsgiref.util`.
 *
 * @module util
 */

import { BytesIO, StringIO } from './io';
import { encodeLatin1 } from './internal/latin1';
import type { WSGIEnvironment } from './types';
import { bilingual } from './internal/messages';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailers',
  'transfer-encoding',
  'upgrade',
]);
const HOP_BY_HOP_LENGTHS = new Set(Array.from(HOP_BY_HOP, (name) => name.length));

const HTTPS_ON = ['yes', 'on', '1'];

// urllib.parse's _ALWAYS_SAFE: letters, digits and "_.-~".
const ALWAYS_SAFE = /^[A-Za-z0-9_.\-~]$/;

/**
 * Percent-encodes `text` like Python's
 * `urllib.parse.quote(text, safe, encoding='latin1')`: each character
 * becomes one latin-1 byte; bytes outside the always-safe set and `safe`
 * become `%XX` (upper-case hex). A character above U+00FF is an error, as
 * Python's strict latin-1 encoding refuses it.
 */
function quoteLatin1(text: string, safe: string): string {
  let out = '';
  for (const byte of encodeLatin1(text)) {
    const char = String.fromCharCode(byte);
    if (byte < 0x80 && (ALWAYS_SAFE.test(char) || safe.includes(char))) {
      out += char;
    } else {
      out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  return out;
}

function hasKey(environ: WSGIEnvironment, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(environ, key);
}

/** Whether `environ` has no own keys (enumerable or not): none of setupTestingDefaults' keys is there. */
function hasNoKeys(environ: WSGIEnvironment): boolean {
  // Anything but an object takes the key-by-key path and fails there, as before.
  return typeof environ === 'object' && environ !== null && Reflect.ownKeys(environ).length === 0;
}

function expectString(value: unknown, key: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(
      bilingual(
        `environ['${key}'] debe ser una cadena (es ${value === null ? 'null' : typeof value}).`,
        `environ['${key}'] must be a str.`,
      ),
    );
  }
  return value;
}

/** Python's `environ[key]`: a missing key is an error (KeyError there). */
function requireString(environ: WSGIEnvironment, key: string): string {
  if (!hasKey(environ, key)) {
    throw new Error(
      bilingual(`Falta la clave '${key}' en el entorno (setupTestingDefaults la rellena).`, `KeyError: '${key}'.`),
    );
  }
  return expectString(environ[key], key);
}

/** Python's `environ.get(key, fallback)` for a value that must be a string. */
function stringOr(environ: WSGIEnvironment, key: string, fallback: string): string {
  return hasKey(environ, key) ? expectString(environ[key], key) : fallback;
}

/** Python's truthiness test of `environ.get(key)` for string values. */
function truthy(environ: WSGIEnvironment, key: string): boolean {
  const value = environ[key];
  if (value === undefined || value === null || value === false || value === 0) return false;
  return value !== '';
}

/**
 * Adivina si `wsgi.url_scheme` debe ser `'http'` o `'https'`: es
 * `'https'` solo cuando la variable `HTTPS` del entorno vale exactamente
 * `'yes'`, `'on'` o `'1'`.
 *
 * @english Guesses whether `wsgi.url_scheme` should be `'http'` or
 * `'https'`: `'https'` only when the environ's `HTTPS` is exactly
 * `'yes'`, `'on'` or `'1'`.
 *
 * @python `wsgiref.util.guess_scheme(environ)`.
 *
 * @example
 * ```ts
 * guessScheme({});                // 'http'
 * guessScheme({ HTTPS: 'on' });   // 'https'
 * guessScheme({ HTTPS: 'true' }); // 'http'
 * ```
 */
export function guessScheme(environ: WSGIEnvironment): 'http' | 'https' {
  return HTTPS_ON.includes(environ.HTTPS as string) ? 'https' : 'http';
}

/**
 * La URI base de la aplicación, sin `PATH_INFO` ni `QUERY_STRING`.
 *
 * Usa `HTTP_HOST` si existe y no está vacío; si no, `SERVER_NAME` más
 * `:SERVER_PORT` cuando el puerto no es el del esquema (80 para http, 443
 * para https). Termina con `SCRIPT_NAME` (o `/`) codificado con `%XX`
 * como latin-1, con `/` como único carácter seguro aparte de letras,
 * dígitos y `_.-~`. Necesita `wsgi.url_scheme` en el entorno (PEP 3333).
 *
 * @english The application's base URI, without `PATH_INFO` or
 * `QUERY_STRING`. Uses a non-empty `HTTP_HOST`, else `SERVER_NAME` plus
 * `:SERVER_PORT` when the port is not the scheme's default (80 for http,
 * 443 for https), then `SCRIPT_NAME` (or `/`) percent-encoded as latin-1
 * with only `/` safe besides letters, digits and `_.-~`. Needs
 * `wsgi.url_scheme` in the environ.
 *
 * @python `wsgiref.util.application_uri(environ)`.
 *
 * @throws Error si falta `wsgi.url_scheme` (o, sin `HTTP_HOST`,
 *   `SERVER_NAME` o `SERVER_PORT`).
 *
 * @english Error when `wsgi.url_scheme` is missing (or, without
 * `HTTP_HOST`, `SERVER_NAME` or `SERVER_PORT`), as Python's KeyError.
 *
 * @example
 * ```ts
 * const environ = { SCRIPT_NAME: '/shop/año' };
 * setupTestingDefaults(environ);
 * applicationUri(environ); // 'http://127.0.0.1/shop/a%F1o'
 * ```
 */
export function applicationUri(environ: WSGIEnvironment): string {
  const scheme = requireString(environ, 'wsgi.url_scheme');
  let url = scheme + '://';
  if (truthy(environ, 'HTTP_HOST')) {
    url += expectString(environ.HTTP_HOST, 'HTTP_HOST');
  } else {
    url += requireString(environ, 'SERVER_NAME');
    const port = requireString(environ, 'SERVER_PORT');
    const defaultPort = scheme === 'https' ? '443' : '80';
    if (port !== defaultPort) url += ':' + port;
  }
  const scriptName = truthy(environ, 'SCRIPT_NAME')
    ? expectString(environ.SCRIPT_NAME, 'SCRIPT_NAME')
    : '/';
  return url + quoteLatin1(scriptName, '/');
}

/**
 * La URI completa de la petición: `applicationUri` más `PATH_INFO`
 * codificado con `%XX` (latin-1; `/`, `;`, `=` y `,` se dejan tal cual) y,
 * si `includeQuery` es `true`, `?` y `QUERY_STRING` sin tocar.
 *
 * @english The full request URI: `applicationUri` plus `PATH_INFO`
 * percent-encoded as latin-1 (`/`, `;`, `=` and `,` kept as they are)
 * and, when `includeQuery` is `true`, `?` and the raw `QUERY_STRING`.
 *
 * @python `wsgiref.util.request_uri(environ, include_query=True)`.
 *
 * @example
 * ```ts
 * const environ = { SCRIPT_NAME: '/app', PATH_INFO: '/año;v=1', QUERY_STRING: 'q=1' };
 * setupTestingDefaults(environ);
 * requestUri(environ);        // 'http://127.0.0.1/app/a%F1o;v=1?q=1'
 * requestUri(environ, false); // 'http://127.0.0.1/app/a%F1o;v=1'
 * ```
 */
export function requestUri(environ: WSGIEnvironment, includeQuery = true): string {
  let url = applicationUri(environ);
  const pathInfo = quoteLatin1(stringOr(environ, 'PATH_INFO', ''), '/;=,');
  // applicationUri already ended in the "/" that stands for an empty SCRIPT_NAME.
  url += truthy(environ, 'SCRIPT_NAME') ? pathInfo : pathInfo.slice(1);
  if (includeQuery && truthy(environ, 'QUERY_STRING')) {
    url += '?' + expectString(environ.QUERY_STRING, 'QUERY_STRING');
  }
  return url;
}

/**
 * Python's `posixpath.normpath`: drops empty and "." segments, resolves
 * ".." and keeps exactly two leading slashes (POSIX lets "//" mean
 * something else) but folds three or more into one.
 */
function normpath(path: string): string {
  if (path === '') return '.';
  let initialSlashes = path.startsWith('/') ? 1 : 0;
  if (path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2;
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    const climbs = segment === '..';
    const last = kept[kept.length - 1];
    if (!climbs || (initialSlashes === 0 && kept.length === 0) || last === '..') {
      kept.push(segment);
    } else if (kept.length > 0) {
      kept.pop();
    }
  }
  const joined = '/'.repeat(initialSlashes) + kept.join('/');
  return joined || '.';
}

/**
 * Pasa el primer segmento de `PATH_INFO` a `SCRIPT_NAME` y lo retorna;
 * retorna `null` si `PATH_INFO` está vacío. Modifica `environ`.
 *
 * Los segmentos vacíos y `.` intermedios de `PATH_INFO` se descartan y
 * `SCRIPT_NAME` se normaliza como `posixpath.normpath` (resuelve `..`).
 * Casos especiales, iguales que en Python: si `PATH_INFO` es `/`, retorna
 * `''` y añade `/` a `SCRIPT_NAME` (para distinguir `/x` de `/x/`); si el
 * único segmento que queda es `.`, retorna `null` y deja `PATH_INFO` vacío.
 *
 * @english Moves the first segment of `PATH_INFO` to `SCRIPT_NAME` and
 * returns it; returns `null` when `PATH_INFO` is empty. Modifies
 * `environ`. Empty and `.` segments in the middle of `PATH_INFO` are
 * dropped and `SCRIPT_NAME` is normalised like `posixpath.normpath`
 * (`..` is resolved). Special cases, as in Python: a `PATH_INFO` of `/`
 * returns `''` and appends `/` to `SCRIPT_NAME` (to tell `/x` from
 * `/x/`); a last remaining `.` returns `null` and empties `PATH_INFO`.
 *
 * @python `wsgiref.util.shift_path_info(environ)`.
 *
 * @throws Error si `PATH_INFO` no vacío no contiene ninguna `/` (en
 *   Python, `IndexError`).
 *
 * @english Error when a non-empty `PATH_INFO` has no `/` at all
 * (Python's IndexError).
 *
 * @example
 * ```ts
 * const environ = { SCRIPT_NAME: '/app', PATH_INFO: '/usuarios/42' };
 * shiftPathInfo(environ); // 'usuarios'
 * environ;                // SCRIPT_NAME '/app/usuarios', PATH_INFO '/42'
 * shiftPathInfo(environ); // '42'
 * shiftPathInfo(environ); // null: ya no queda nada
 * ```
 */
export function shiftPathInfo(environ: WSGIEnvironment): string | null {
  if (!truthy(environ, 'PATH_INFO')) return null;
  const pathInfo = expectString(environ.PATH_INFO, 'PATH_INFO');

  let parts = pathInfo.split('/');
  if (parts.length < 2) {
    throw new Error(
      `PATH_INFO debe empezar por '/' (se recibió ${JSON.stringify(pathInfo)}). ` +
        '/ IndexError: list index out of range.',
    );
  }
  const middle = parts.slice(1, -1).filter((part) => part !== '' && part !== '.');
  parts = [parts[0], ...middle, parts[parts.length - 1]];
  const name = parts[1];
  parts.splice(1, 1);

  let scriptName = normpath(stringOr(environ, 'SCRIPT_NAME', '') + '/' + name);
  if (scriptName.endsWith('/')) scriptName = scriptName.slice(0, -1);
  if (!name && !scriptName.endsWith('/')) scriptName += '/';

  environ.SCRIPT_NAME = scriptName;
  environ.PATH_INFO = parts.join('/');
  // A lone "/." is never stripped above (the last segment is kept), so it
  // is turned into "nothing left" here, as Python does.
  return name === '.' ? null : name;
}

/**
 * Completa `environ` con valores de prueba para lo que falte: no cambia
 * ninguna clave que ya exista (aunque su valor sea `undefined` o `null`).
 *
 * Añade, en este orden y solo si faltan: `SERVER_NAME` (`'127.0.0.1'`),
 * `SERVER_PROTOCOL` (`'HTTP/1.0'`), `HTTP_HOST` (el valor de
 * `SERVER_NAME`), `REQUEST_METHOD` (`'GET'`), `SCRIPT_NAME` (`''`) y
 * `PATH_INFO` (`'/'`) — estas dos solo si faltan ambas —, `wsgi.version`
 * (`[1, 0]`), `wsgi.run_once`, `wsgi.multithread` y `wsgi.multiprocess`
 * (`false`; Python usa `0`), `wsgi.input` (un `BytesIO` vacío),
 * `wsgi.errors` (un `StringIO`), `wsgi.url_scheme` (según `guessScheme`)
 * y `SERVER_PORT` (`'80'` con http, `'443'` con https).
 *
 * Sirve para pruebas de aplicaciones y servidores; un servidor real no
 * debe usarlo, porque los datos son inventados.
 *
 * @english Fills `environ` with test values for whatever is missing,
 * never changing an existing key (even one set to `undefined` or
 * `null`). In this order, only when absent: `SERVER_NAME`
 * (`'127.0.0.1'`), `SERVER_PROTOCOL` (`'HTTP/1.0'`), `HTTP_HOST` (the
 * value of `SERVER_NAME`), `REQUEST_METHOD` (`'GET'`), `SCRIPT_NAME`
 * (`''`) and `PATH_INFO` (`'/'`) only when both are absent,
 * `wsgi.version` (`[1, 0]`), `wsgi.run_once`, `wsgi.multithread` and
 * `wsgi.multiprocess` (`false`; Python uses `0`), `wsgi.input` (an empty
 * `BytesIO`), `wsgi.errors` (a `StringIO`), `wsgi.url_scheme` (from
 * `guessScheme`) and `SERVER_PORT` (`'80'` for http, `'443'` for https).
 * Meant for tests; a real server must not use it, the data is made up.
 *
 * @python `wsgiref.util.setup_testing_defaults(environ)`.
 *
 * @example
 * ```ts
 * const environ: WSGIEnvironment = { PATH_INFO: '/hola', HTTPS: 'on' };
 * setupTestingDefaults(environ);
 * environ.SERVER_PORT;       // '443'
 * environ['wsgi.url_scheme']; // 'https'
 * environ.SCRIPT_NAME;       // undefined (PATH_INFO was set)
 * ```
 */
export function setupTestingDefaults(environ: WSGIEnvironment): void {
  // Python's environ.setdefault(key, value), written out key by key
  // rather than through one helper: each store then always meets the same
  // key and is a quick one (bench:lib's "SimpleHandler run" row builds
  // every environ here: 0.33 µs of CPU through a shared helper, 0.15 µs
  // like this). An environ with no keys at all, as there, has none of them:
  // `fresh` answers every check at once instead of asking for each key.
  const fresh = hasNoKeys(environ);
  if (fresh || !hasKey(environ, 'SERVER_NAME')) environ.SERVER_NAME = '127.0.0.1';
  if (fresh || !hasKey(environ, 'SERVER_PROTOCOL')) environ.SERVER_PROTOCOL = 'HTTP/1.0';

  if (fresh || !hasKey(environ, 'HTTP_HOST')) environ.HTTP_HOST = environ.SERVER_NAME;
  if (fresh || !hasKey(environ, 'REQUEST_METHOD')) environ.REQUEST_METHOD = 'GET';

  if (fresh || (!hasKey(environ, 'SCRIPT_NAME') && !hasKey(environ, 'PATH_INFO'))) {
    environ.SCRIPT_NAME = '';
    environ.PATH_INFO = '/';
  }

  if (fresh || !hasKey(environ, 'wsgi.version')) environ['wsgi.version'] = [1, 0];
  if (fresh || !hasKey(environ, 'wsgi.run_once')) environ['wsgi.run_once'] = false;
  if (fresh || !hasKey(environ, 'wsgi.multithread')) environ['wsgi.multithread'] = false;
  if (fresh || !hasKey(environ, 'wsgi.multiprocess')) environ['wsgi.multiprocess'] = false;

  // Python builds both streams even when the keys exist; nobody can tell.
  if (fresh || !hasKey(environ, 'wsgi.input')) environ['wsgi.input'] = new BytesIO();
  if (fresh || !hasKey(environ, 'wsgi.errors')) environ['wsgi.errors'] = new StringIO();
  if (fresh || !hasKey(environ, 'wsgi.url_scheme')) environ['wsgi.url_scheme'] = guessScheme(environ);

  if (environ['wsgi.url_scheme'] === 'http') {
    if (fresh || !hasKey(environ, 'SERVER_PORT')) environ.SERVER_PORT = '80';
  } else if (environ['wsgi.url_scheme'] === 'https') {
    if (fresh || !hasKey(environ, 'SERVER_PORT')) environ.SERVER_PORT = '443';
  }
}

/**
 * `true` si `headerName` es una cabecera *hop-by-hop* de HTTP/1.1
 * (`Connection`, `Keep-Alive`, `Proxy-Authenticate`,
 * `Proxy-Authorization`, `TE`, `Trailers`, `Transfer-Encoding`,
 * `Upgrade`), sin distinguir mayúsculas. PEP 3333 prohíbe que una
 * aplicación las envíe: son cosa del servidor.
 *
 * @english `true` when `headerName` is an HTTP/1.1 hop-by-hop header
 * (`Connection`, `Keep-Alive`, `Proxy-Authenticate`,
 * `Proxy-Authorization`, `TE`, `Trailers`, `Transfer-Encoding`,
 * `Upgrade`), case-insensitively. PEP 3333 forbids applications to send
 * them: they belong to the server.
 *
 * @python `wsgiref.util.is_hop_by_hop(header_name)`.
 *
 * @example
 * ```ts
 * isHopByHop('Keep-Alive');   // true
 * isHopByHop('Content-Type'); // false
 * ```
 */
export function isHopByHop(headerName: string): boolean {
  // Lower-casing keeps the length of any name that could match (only İ
  // lengthens, into a non-ASCII text), so most names are answered without
  // a lower-cased copy: start_response asks for every header (bench:lib's
  // "SimpleHandler run" row).
  return HOP_BY_HOP_LENGTHS.has(headerName.length) && HOP_BY_HOP.has(headerName.toLowerCase());
}

/**
 * Lo que `FileWrapper` necesita de un objeto parecido a un archivo:
 * `read(size)` y, si lo tiene, `close()`.
 *
 * @english What `FileWrapper` needs from a file-like object: `read(size)`
 * and, optionally, `close()`.
 *
 * @python `wsgiref.types._Readable`.
 *
 * @example
 * ```ts
 * const archivo: ReadableFile = new BytesIO(new Uint8Array([1, 2, 3]));
 * ```
 */
export interface ReadableFile<T extends Uint8Array | string = Uint8Array> {
  /**
   * Lee hasta `size` bytes (o caracteres, si es texto); un resultado
   * vacío, `null` o `undefined` indica el final.
   *
   * @english Reads up to `size` bytes (or characters, for text); an empty
   * result, `null` or `undefined` means the end.
   *
   * @python `read(size)`.
   */
  read(size: number): T | null | undefined;
  /**
   * Cierra el archivo; `FileWrapper.close()` lo llama si existe.
   *
   * @english Closes the file; `FileWrapper.close()` calls it when present.
   *
   * @python `close()`.
   */
  close?(): unknown;
}

/**
 * Convierte un objeto parecido a un archivo en un iterador de bloques de
 * `blksize` bytes (8192 por defecto), que termina cuando `read` retorna
 * un bloque vacío. Es el envoltorio de archivo que un servidor ofrece como
 * `wsgi.file_wrapper` (PEP 3333, *Optional Platform-Specific File
 * Handling*).
 *
 * Es su propio iterador, como en Python. `close()` cierra el archivo si
 * este tiene `close`; el servidor lo llama al terminar la respuesta.
 *
 * @english Turns a file-like object into an iterator of `blksize`-byte
 * blocks (8192 by default) that ends when `read` returns an empty block.
 * It is the file wrapper a server offers as `wsgi.file_wrapper`. It is
 * its own iterator, as in Python; `close()` closes the file if it has a
 * `close`, and the server calls it when the response ends.
 *
 * @python `wsgiref.util.FileWrapper(filelike, blksize=8192)`.
 *
 * @example
 * ```ts
 * const file = new BytesIO(new TextEncoder().encode('abcdefgh'));
 * const wrapper = new FileWrapper(file, 3);
 * [...wrapper].map((b) => new TextDecoder().decode(b)); // ['abc', 'def', 'gh']
 * wrapper.close(); // closes the BytesIO
 * ```
 */
export class FileWrapper<T extends Uint8Array | string = Uint8Array>
  implements IterableIterator<T>
{
  /** @python `filelike`. */
  readonly filelike: ReadableFile<T>;
  /** @python `blksize`. */
  readonly blksize: number;

  /**
   * Envuelve `filelike`; no lee nada todavía.
   *
   * @english Wraps `filelike`; nothing is read yet.
   *
   * @example
   * ```ts
   * new FileWrapper(new BytesIO(), 1024).blksize; // 1024
   * ```
   */
  constructor(filelike: ReadableFile<T>, blksize = 8192) {
    this.filelike = filelike;
    this.blksize = blksize;
  }

  /**
   * Lee el siguiente bloque; termina cuando `read` retorna algo vacío.
   *
   * @english Reads the next block; ends when `read` returns something
   * empty.
   *
   * @python `FileWrapper.__next__()`.
   *
   * @example
   * ```ts
   * new FileWrapper(new BytesIO(new Uint8Array([7])), 8).next(); // value: Uint8Array [7]
   * ```
   */
  next(): IteratorResult<T, undefined> {
    const data = this.filelike.read(this.blksize);
    if (data !== null && data !== undefined && data.length > 0) return { done: false, value: data };
    return { done: true, value: undefined };
  }

  /** @python `FileWrapper.__iter__()`. */
  [Symbol.iterator](): this {
    return this;
  }

  /**
   * Cierra el archivo envuelto, si tiene `close()`; si no, no hace nada.
   * En Python este método solo existe cuando el archivo tiene `close`.
   *
   * @english Closes the wrapped file if it has `close()`; otherwise does
   * nothing. In Python the method only exists when the file has `close`.
   *
   * @python `FileWrapper.close`.
   *
   * @example
   * ```ts
   * const archivo = new BytesIO();
   * new FileWrapper(archivo).close();
   * archivo.closed; // true
   * ```
   */
  close(): void {
    if (typeof this.filelike.close === 'function') this.filelike.close();
  }
}
