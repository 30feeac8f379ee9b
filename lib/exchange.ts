/**
 * Una petición HTTP completa, sin *sockets*: bytes de la petición → entorno
 * WSGI → aplicación → bytes de la respuesta.
 *
 * Reúne lo que en Python hacen `http.server.BaseHTTPRequestHandler` (leer
 * la línea de petición y las cabeceras, responder los errores con su página
 * HTML) y `wsgiref.simple_server.WSGIRequestHandler` (construir el entorno y
 * ejecutar la aplicación con un `ServerHandler`). `simple_server` lo usa
 * sobre `node:net`; el sitio lo usa en el navegador para enseñar el
 * intercambio byte a byte.
 *
 * Se sigue el comportamiento de CPython 3.14:
 * - una petición HTTP/0.9 (`GET /ruta` sin versión) no lee cabeceras
 *   (`http.server` desde gh-70765, octubre de 2025) y recibe solo el
 *   cuerpo, sin línea de estado; el entorno es el de una petición sin
 *   cabeceras (`CONTENT_TYPE` `text/plain`). El `wsgiref` de esas
 *   versiones falla ahí (pide `get_content_type()` a un `dict` vacío y no
 *   responde); Python 3.11 esperaba una línea vacía y respondía igual;
 * - una línea de petición mal formada recibe la página de error sin línea
 *   de estado (la versión por defecto es HTTP/0.9), salvo cuando la versión
 *   ya se había leído bien;
 * - las frases de estado son las de RFC 9110 (`414 URI Too Long`,
 *   `413 Content Too Large`); Python 3.11 decía `Request-URI Too Long`;
 * - la página de error incluye el bloque `color-scheme` de 3.14.
 *
 * English: A complete HTTP request without sockets: request bytes → WSGI
 * environ → application → response bytes. It gathers what Python's
 * `http.server.BaseHTTPRequestHandler` (reading the request line and
 * headers, answering errors with its HTML page) and
 * `wsgiref.simple_server.WSGIRequestHandler` (building the environ, running
 * the app through a `ServerHandler`) do. `simple_server` uses it over
 * `node:net`; the site uses it in the browser. It follows CPython 3.14: an
 * HTTP/0.9 request reads no headers (gh-70765, October 2025) and gets only
 * the body, its environ being that of a request without headers (the
 * `wsgiref` of those versions fails there, calling `get_content_type()` on
 * an empty dict; 3.11 waited for an empty line and answered the same); a
 * malformed request line gets the error page without a status line unless
 * the version had already been read; reason phrases are RFC 9110's (`414
 * URI Too Long`, `413 Content Too Large`; 3.11 said `Request-URI Too
 * Long`); the error page has 3.14's `color-scheme` block.
 *
 * @module exchange
 */

import { BytesIO, StringIO } from './io';
import { SimpleHandler } from './handlers';
import { concatBytes, decodeLatin1, encodeLatin1 } from './latin1';
import type {
  ErrorStream,
  HeaderPair,
  OutputStream,
  WSGIApplication,
  WSGIEnvironment,
} from './types';

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/**
 * El nombre y la versión del servidor, la primera palabra de la cabecera
 * `Server` y el valor de `SERVER_SOFTWARE` en el entorno.
 *
 * English: The server's name and version: the first word of the `Server`
 * header and the environ's `SERVER_SOFTWARE`.
 *
 * Python: `wsgiref.simple_server.server_version` (`"WSGIServer/" + __version__`).
 *
 * @example
 * ```ts
 * SERVER_VERSION; // 'WSGIServer/0.2'
 * ```
 */
export const SERVER_VERSION = 'WSGIServer/0.2';

/**
 * La longitud máxima, en bytes, de la línea de petición y de cada línea de
 * cabecera. Una línea de petición más larga recibe `414`; una cabecera más
 * larga, `431`.
 *
 * English: The longest request line and header line, in bytes: a longer
 * request line gets `414`, a longer header line `431`.
 *
 * Python: `http.client._MAXLINE`, `rfile.readline(65537)` (`http.server`).
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
 * English: The most header lines (counting the final empty one, as Python
 * does); more gets `431 Too many headers`.
 *
 * Python: `http.client._MAXHEADERS`.
 *
 * @example
 * ```ts
 * MAX_HEADERS; // 100
 * ```
 */
export const MAX_HEADERS = 100;

/**
 * La plantilla HTML de las respuestas de error, con los huecos
 * `%(code)d`, `%(message)s`, `%(code)s` y `%(explain)s` de Python.
 *
 * English: The HTML template of error responses, with Python's `%(code)d`,
 * `%(message)s`, `%(code)s` and `%(explain)s` slots.
 *
 * Python: `http.server.DEFAULT_ERROR_MESSAGE` (3.14, con `color-scheme`).
 *
 * @example
 * ```ts
 * DEFAULT_ERROR_MESSAGE.includes('<title>Error response</title>'); // true
 * ```
 */
export const DEFAULT_ERROR_MESSAGE = `<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <style type="text/css">
            :root {
                color-scheme: light dark;
            }
        </style>
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
`;

/**
 * El tipo de contenido de las páginas de error.
 *
 * English: The content type of error pages.
 *
 * Python: `http.server.DEFAULT_ERROR_CONTENT_TYPE`.
 *
 * @example
 * ```ts
 * DEFAULT_ERROR_CONTENT_TYPE; // 'text/html;charset=utf-8'
 * ```
 */
export const DEFAULT_ERROR_CONTENT_TYPE = 'text/html;charset=utf-8';

/**
 * Frase corta y explicación larga de cada código de estado, como las usa
 * `send_error`.
 *
 * English: Short reason phrase and long explanation of each status code, as
 * `send_error` uses them (RFC 9110 names since Python 3.13).
 *
 * Python: `BaseHTTPRequestHandler.responses`, construida con
 * `http.HTTPStatus` (nombres de RFC 9110 desde Python 3.13).
 *
 * @example
 * ```ts
 * HTTP_RESPONSES[414]; // ['URI Too Long', 'URI is too long']
 * ```
 */
export const HTTP_RESPONSES: Readonly<Record<number, readonly [string, string]>> = {
  100: ['Continue', 'Request received, please continue'],
  101: ['Switching Protocols', 'Switching to new protocol; obey Upgrade header'],
  200: ['OK', 'Request fulfilled, document follows'],
  201: ['Created', 'Document created, URL follows'],
  202: ['Accepted', 'Request accepted, processing continues off-line'],
  203: ['Non-Authoritative Information', 'Request fulfilled from cache'],
  204: ['No Content', 'Request fulfilled, nothing follows'],
  205: ['Reset Content', 'Clear input form for further input'],
  206: ['Partial Content', 'Partial content follows'],
  300: ['Multiple Choices', 'Object has several resources -- see URI list'],
  301: ['Moved Permanently', 'Object moved permanently -- see URI list'],
  302: ['Found', 'Object moved temporarily -- see URI list'],
  303: ['See Other', 'Object moved -- see Method and URL list'],
  304: ['Not Modified', 'Document has not changed since given time'],
  305: ['Use Proxy', 'You must use proxy specified in Location to access this resource'],
  307: ['Temporary Redirect', 'Object moved temporarily -- see URI list'],
  308: ['Permanent Redirect', 'Object moved permanently -- see URI list'],
  400: ['Bad Request', 'Bad request syntax or unsupported method'],
  401: ['Unauthorized', 'No permission -- see authorization schemes'],
  402: ['Payment Required', 'No payment -- see charging schemes'],
  403: ['Forbidden', 'Request forbidden -- authorization will not help'],
  404: ['Not Found', 'Nothing matches the given URI'],
  405: ['Method Not Allowed', 'Specified method is invalid for this resource'],
  406: ['Not Acceptable', 'URI not available in preferred format'],
  407: ['Proxy Authentication Required', 'You must authenticate with this proxy before proceeding'],
  408: ['Request Timeout', 'Request timed out; try again later'],
  409: ['Conflict', 'Request conflict'],
  410: ['Gone', 'URI no longer exists and has been permanently removed'],
  411: ['Length Required', 'Client must specify Content-Length'],
  412: ['Precondition Failed', 'Precondition in headers is false'],
  413: ['Content Too Large', 'Content is too large'],
  414: ['URI Too Long', 'URI is too long'],
  415: ['Unsupported Media Type', 'Entity body in unsupported format'],
  416: ['Range Not Satisfiable', 'Cannot satisfy request range'],
  417: ['Expectation Failed', 'Expect condition could not be satisfied'],
  428: ['Precondition Required', 'The origin server requires the request to be conditional'],
  429: [
    'Too Many Requests',
    'The user has sent too many requests in a given amount of time ("rate limiting")',
  ],
  431: [
    'Request Header Fields Too Large',
    'The server is unwilling to process the request because its header fields are too large',
  ],
  500: ['Internal Server Error', 'Server got itself in trouble'],
  501: ['Not Implemented', 'Server does not support this operation'],
  502: ['Bad Gateway', 'Invalid responses from another server/proxy'],
  503: ['Service Unavailable', 'The server cannot process the request due to a high load'],
  504: ['Gateway Timeout', 'The gateway server did not receive a timely response'],
  505: ['HTTP Version Not Supported', 'Cannot fulfill request'],
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---------------------------------------------------------------------------
// Python string behaviour the wire format depends on
// ---------------------------------------------------------------------------

/** `str.isspace()` for the latin-1 range (what `str.split()`/`strip()` use). */
function isPySpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x1c && code <= 0x20) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python's `text.split()` with no separator. */
function pySplit(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isPySpace(text.charCodeAt(i));
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/** Python's `text.strip()` with no argument. */
function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpace(text.charCodeAt(start))) start++;
  while (end > start && isPySpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Escribe una cadena como lo hace `repr()` en Python: entre comillas
 * simples (o dobles si la cadena tiene `'` y no `"`), con `\n`, `\r`,
 * `\t`, `\\` y los caracteres no imprimibles escapados (`\x85`, `\u2028`…).
 * Lo usan los mensajes de error (`%r`) y `demoApp`.
 *
 * English: Writes a string as Python's `repr()` does: single quotes (double
 * when it has `'` and no `"`), with `\n`, `\r`, `\t`, `\\` and
 * non-printable characters escaped. Used by error messages (`%r`) and
 * `demoApp`.
 *
 * Python: `repr(str)`.
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

function escapeCodePoint(code: number): string {
  if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
  if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
  return '\\U' + code.toString(16).padStart(8, '0');
}

/** Python's `%` operator for the few conversions http.server uses. */
function percentFormat(format: string, args: readonly unknown[]): string {
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
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** BaseHTTPRequestHandler._control_char_table: C0, DEL, C1 and the backslash. */
function escapeControlCharacters(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f\\]/g, (char) =>
    char === '\\' ? '\\\\' : escapeCodePoint(char.charCodeAt(0)),
  );
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

let logDateSecond = NaN;
let logDate = '';

/**
 * Python's log_date_time_string() for now, formatted once per second: the
 * text only changes with the second, and local-time getters are slow.
 */
function currentLogDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== logDateSecond) {
    const now = new Date(second * 1000);
    logDate =
      `${pad2(now.getDate())}/${MONTHS[now.getMonth()]}/${String(now.getFullYear()).padStart(4, '0')} ` +
      `${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
    logDateSecond = second;
  }
  return logDate;
}

/**
 * `urllib.parse.unquote(path, 'iso-8859-1')`: valid `%XX` escapes become
 * the byte XX (read as latin-1); anything else stays as it is.
 */
function unquoteLatin1(path: string): string {
  if (!path.includes('%')) return path;
  return path.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * The software part of the `Server` header for the runtime in use:
 * `Node.js/20.20.2`, `Deno/2.0.0`, `Bun/1.1.0`, or `JavaScript` in a browser.
 */
function runtimeVersion(): string {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
  };
  if (g.Deno?.version?.deno) return `Deno/${g.Deno.version.deno}`;
  if (g.process?.versions?.bun) return `Bun/${g.process.versions.bun}`;
  if (g.process?.versions?.node) return `Node.js/${g.process.versions.node}`;
  return 'JavaScript';
}

/**
 * La parte de la cabecera `Server` que sigue a `WSGIServer/0.2 `: el
 * entorno de ejecución y su versión (`Node.js/20.20.2`; `JavaScript` en un
 * navegador).
 *
 * English: The part of the `Server` header after `WSGIServer/0.2 `: the
 * runtime and its version (`Node.js/20.20.2`; `JavaScript` in a browser).
 *
 * Python: `wsgiref.simple_server.sys_version`
 * (`python_implementation() + "/" + versión`, p. ej. `CPython/3.14.0`).
 *
 * @example
 * ```ts
 * defaultSoftwareVersion(); // 'Node.js/20.20.2' en Node 20.20.2
 * ```
 */
export function defaultSoftwareVersion(): string {
  return runtimeVersion();
}

// ---------------------------------------------------------------------------
// Reading the request head (request line + header block)
// ---------------------------------------------------------------------------

const LF = 0x0a;

/** `readline(MAX_LINE + 1)`: the most bytes one read line can take. */
const LINE_LIMIT = MAX_LINE + 1;

/** The request line as `parse_request` splits it, or why it refuses it. */
interface RequestLine {
  requestline: string;
  /** 'empty': no words, no answer at all. */
  kind: 'ok' | 'error' | 'empty';
  command: string | null;
  path: string | null;
  requestVersion: string;
  http09: boolean;
  error?: { code: number; message: string };
}

/** Reads the version word as `parse_request` does; null when invalid. */
function parseVersionNumber(version: string): [number, number] | null {
  if (!version.startsWith('HTTP/')) return null;
  const parts = version.slice(5).split('.');
  if (parts.length !== 2) return null;
  if (parts.some((part) => !/^[0-9]+$/.test(part) || part.length > 10)) return null;
  return [parseInt(parts[0], 10), parseInt(parts[1], 10)];
}

/** BaseHTTPRequestHandler.parse_request, request-line half (CPython 3.14). */
function parseRequestLine(raw: Uint8Array, defaultVersion: string): RequestLine {
  const requestline = decodeLatin1(raw).replace(/[\r\n]+$/, '');
  const words = pySplit(requestline);
  const line: RequestLine = {
    requestline,
    kind: 'ok',
    command: null,
    path: null,
    requestVersion: defaultVersion,
    http09: false,
  };
  const refuse = (code: number, message: string): RequestLine => ({
    ...line,
    kind: 'error',
    error: { code, message },
  });
  if (words.length === 0) return { ...line, kind: 'empty' };
  if (words.length >= 3) {
    const version = words[words.length - 1];
    const number = parseVersionNumber(version);
    if (!number) return refuse(400, `Bad request version (${pythonStrRepr(version)})`);
    if (number[0] >= 2) return refuse(505, `Invalid HTTP version (${version.slice(5)})`);
    line.requestVersion = version;
  }
  if (words.length > 3 || words.length < 2) {
    return refuse(400, `Bad request syntax (${pythonStrRepr(requestline)})`);
  }
  const [command, path] = words;
  if (words.length === 2) {
    if (command !== 'GET') return refuse(400, `Bad HTTP/0.9 request type (${pythonStrRepr(command)})`);
    line.http09 = true;
  }
  line.command = command;
  // gh-87389: a leading '//' would read as a scheme-relative URL (open redirect).
  line.path = path.startsWith('//') ? '/' + path.replace(/^\/+/, '') : path;
  return line;
}

/** Why http.client._read_headers refuses a header block: a 431. */
interface HeaderLinesError {
  code: 431;
  message: string;
  explain: string;
}

/** A header line that ends the block: empty (end of input), "\n" or "\r\n". */
function isBlankLine(line: Uint8Array): boolean {
  return (
    line.length === 0 ||
    (line.length === 1 && line[0] === LF) ||
    (line.length === 2 && line[0] === 0x0d && line[1] === LF)
  );
}

/**
 * http.client._read_headers, one line at a time: `line` is what
 * `readline(MAX_LINE + 1)` gave. Appends it to `lines` (decoded) and says
 * whether the block goes on, is done, or is refused.
 */
function takeHeaderLine(lines: string[], line: Uint8Array): 'more' | 'done' | HeaderLinesError {
  if (line.length > MAX_LINE) {
    return {
      code: 431,
      message: 'Line too long',
      explain: `got more than ${MAX_LINE} bytes when reading header line`,
    };
  }
  lines.push(decodeLatin1(line));
  if (lines.length > MAX_HEADERS) {
    return { code: 431, message: 'Too many headers', explain: `got more than ${MAX_HEADERS} headers` };
  }
  return isBlankLine(line) ? 'done' : 'more';
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
function parseHeaderBlock(text: string): HeaderPair[] {
  const lines: string[] = [];
  for (const line of splitUniversalLines(text)) {
    if (!HEADER_LINE.test(line)) break;
    lines.push(line);
  }
  const fields: HeaderPair[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) fields.push(headerSourceParse(current));
    current = [];
  };
  for (const line of lines) {
    if (line[0] === ' ' || line[0] === '\t') {
      if (current.length > 0) current.push(line);
      continue;
    }
    flush();
    if (line.startsWith('From ') || line.indexOf(':') === 0) continue;
    current = [line];
  }
  flush();
  return fields;
}

/**
 * Las cabeceras de una petición, tal como las deja `http.client.parse_headers`:
 * en orden, con duplicados, buscadas sin distinguir mayúsculas.
 *
 * English: A request's headers as `http.client.parse_headers` leaves them:
 * in order, with duplicates, looked up case-insensitively.
 *
 * Python: `http.client.HTTPMessage` (un `email.message.Message`).
 *
 * @example
 * ```ts
 * const headers = new RequestHeaders([['Host', 'x'], ['Accept', 'a'], ['Accept', 'b']]);
 * headers.get('accept');    // 'a' (la primera, como en Python)
 * headers.getAll('Accept'); // ['a', 'b']
 * ```
 */
export class RequestHeaders implements Iterable<HeaderPair> {
  /**
   * Los pares `[nombre, valor]` en el orden de la petición.
   *
   * English: The `[name, value]` pairs in request order.
   */
  readonly fields: readonly HeaderPair[];

  /**
   * Crea el mensaje a partir de sus pares.
   *
   * English: Creates the message from its pairs.
   */
  constructor(fields: readonly HeaderPair[] = []) {
    this.fields = fields;
  }

  /**
   * El valor de la primera cabecera con ese nombre, o `fallback`. Python: `Message.get`.
   *
   * English: The value of the first header with that name, or `fallback`.
   */
  get(name: string): string | undefined;
  get<T>(name: string, fallback: T): string | T;
  get<T>(name: string, fallback?: T): string | T | undefined {
    const wanted = name.toLowerCase();
    for (const [key, value] of this.fields) if (key.toLowerCase() === wanted) return value;
    return fallback;
  }

  /**
   * Todos los valores con ese nombre. Python: `Message.get_all`.
   *
   * English: Every value with that name.
   */
  getAll(name: string): string[] {
    const wanted = name.toLowerCase();
    return this.fields.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
  }

  /**
   * El tipo de contenido en minúsculas y sin parámetros; `text/plain` si
   * falta o no tiene la forma `tipo/subtipo`. Python: `Message.get_content_type`.
   *
   * English: The content type, lower-cased and without parameters;
   * `text/plain` when missing or not `type/subtype`.
   */
  getContentType(): string {
    const value = this.get('content-type');
    if (value === undefined) return 'text/plain';
    const type = pyStrip(value.split(';')[0]).toLowerCase();
    return type.split('/').length === 2 ? type : 'text/plain';
  }

  /**
   * Los pares `[nombre, valor]`. Python: `Message.items`.
   *
   * English: The `[name, value]` pairs.
   */
  items(): HeaderPair[] {
    return this.fields.map(([key, value]) => [key, value]);
  }

  /**
   * Recorre los pares.
   *
   * English: Iterates over the pairs.
   */
  [Symbol.iterator](): Iterator<HeaderPair> {
    return this.items()[Symbol.iterator]();
  }
}

/**
 * Una cabecera de petición leída completa (línea de petición y cabeceras)
 * que el servidor puede atender: cuántos bytes ocupa y cuántos bytes de
 * cuerpo hay que esperar antes de llamar a la aplicación.
 *
 * English: A fully read request head (request line and headers) the server
 * can answer: how many bytes it takes and how many body bytes to wait for
 * before calling the application.
 *
 * En Python no hay un objeto así: `parse_request()` deja estos datos como
 * atributos del gestor, y el servidor no espera al cuerpo (la aplicación
 * lo lee de `wsgi.input` según `CONTENT_LENGTH`).
 *
 * English: Python has no such object: `parse_request()` leaves this data
 * as attributes of the handler, and the server does not wait for the body
 * (the application reads it from `wsgi.input` per `CONTENT_LENGTH`).
 *
 * Python: — (sin equivalente / no equivalent); `BaseHTTPRequestHandler.parse_request()`
 * (`requestline`, `command`, `path`, `request_version`, `headers`).
 *
 * @example
 * ```ts
 * const result = readRequestHead(encodeLatin1('POST / HTTP/1.0\r\nContent-Length: 3\r\n\r\n'));
 * if (result.state === 'complete') result.head.contentLength; // 3
 * ```
 */
export interface RequestHead {
  /**
   * Bytes de la línea de petición más el bloque de cabeceras.
   *
   * English: Bytes of the request line plus the header block.
   */
  headLength: number;
  /**
   * La línea de petición sin el fin de línea. Python: `requestline`.
   *
   * English: The request line without its line end.
   */
  requestline: string;
  /**
   * El método. Python: `command`.
   *
   * English: The method.
   */
  command: string;
  /**
   * La ruta tal como llegó (con `//` inicial reducido). Python: `path`.
   *
   * English: The path as received (a leading `//` reduced).
   */
  path: string;
  /**
   * La versión (`HTTP/1.1`, o `HTTP/0.9` si no venía). Python: `request_version`.
   *
   * English: The version (`HTTP/1.1`, or `HTTP/0.9` when absent).
   */
  requestVersion: string;
  /**
   * Las cabeceras de la petición. Python: `headers`.
   *
   * English: The request headers.
   */
  headers: RequestHeaders;
  /**
   * Bytes de cuerpo según `Content-Length` (0 si falta o no es un número).
   *
   * English: Body bytes per `Content-Length` (0 when missing or not a
   * number).
   */
  contentLength: number;
}

/**
 * Lo que se sabe de una petición que va llegando por trozos:
 * - `incomplete`: faltan bytes (la línea en curso no ha terminado y está
 *   dentro de los límites);
 * - `complete`: la cabecera está entera; `head.contentLength` dice cuánto
 *   cuerpo esperar;
 * - `error`: la petición ya se va a rechazar (400, 413, 414, 431, 505)
 *   sin esperar más bytes;
 * - `empty`: no hay petición (línea vacía o conexión cerrada): Python
 *   cierra sin responder.
 *
 * English: What is known of a request arriving in pieces: `incomplete`
 * (more bytes needed, within limits), `complete` (the head is whole;
 * `head.contentLength` says how much body to wait for), `error` (it will be
 * refused, 400/413/414/431/505, without waiting for more) or `empty` (no
 * request: Python closes without answering).
 *
 * @example
 * ```ts
 * readRequestHead(encodeLatin1('GET / HTTP/1.0\r\n')).state; // 'incomplete'
 * ```
 */
export type RequestHeadResult =
  | { state: 'incomplete' }
  | { state: 'complete'; head: RequestHead }
  | { state: 'error'; code: number; message: string; consumed: number }
  | { state: 'empty'; consumed: number };

/**
 * Opciones de {@link readRequestHead}. En Python, el fin del flujo es la
 * cadena de bytes vacía que devuelve `rfile.readline()`, y `http.server` no
 * limita el tamaño del cuerpo.
 *
 * English: Options of `readRequestHead`. In Python, the end of the stream
 * is the empty bytestring `rfile.readline()` returns, and `http.server`
 * sets no limit on the body size.
 *
 * Python: — (sin equivalente / no equivalent); `rfile.readline()` → `b''`.
 *
 * @example
 * ```ts
 * readRequestHead(bytes, { eof: true, maxBodySize: 1024 * 1024 });
 * ```
 */
export interface ReadRequestHeadOptions {
  /**
   * `true` cuando el cliente ya no enviará más bytes (fin del flujo).
   *
   * English: `true` when the client will send no more bytes (end of
   * stream).
   */
  eof?: boolean;
  /**
   * Tamaño máximo del cuerpo; por encima, estado `error` con código 413.
   *
   * English: Maximum body size; above it, state `error` with code 413.
   */
  maxBodySize?: number;
}

/** `int(value)` of a Content-Length the way an application would read it. */
function contentLengthOf(value: string | undefined): number {
  if (value === undefined) return 0;
  const text = pyStrip(value).replace(/_/g, '');
  if (!/^\+?[0-9]+$/.test(text)) return 0;
  const length = Number(text);
  return Number.isSafeInteger(length) ? length : Number.MAX_SAFE_INTEGER;
}

const INCOMPLETE: RequestHeadResult = Object.freeze({ state: 'incomplete' as const });

/**
 * Lee la cabecera de una petición (línea de petición y cabeceras) a
 * medida que llegan los trozos, con los mismos límites y las mismas
 * decisiones que `http.server`: dice en cada momento si hay que seguir
 * esperando, si la petición ya se puede atender o si ya se puede
 * rechazar. Guarda su posición entre trozos: cada byte se examina una
 * sola vez, así que el coste es lineal en el tamaño de la cabecera se
 * corte como se corte (volver a analizar todo desde el byte 0 en cada
 * trozo sería cuadrático). Solo retiene la línea en curso (como mucho
 * 65 537 bytes) y las líneas de cabecera ya leídas, no la petición entera.
 * Es lo que usa `WSGIServer`, que pasa la cabecera leída al gestor
 * (`parsedHead`) para que no la vuelva a analizar. Python, en cambio,
 * lee la cabecera línea a línea del *socket*.
 *
 * English: Reads a request head (request line and headers) as its pieces
 * arrive, with `http.server`'s limits and decisions: at every point it
 * tells whether to keep waiting, answer, or refuse. It keeps its position
 * between pieces, so each byte is examined once and the cost is linear in
 * the head's size however it is cut (re-parsing from byte 0 on every piece
 * would be quadratic). It only retains the current line (at most 65 537
 * bytes) and the header lines already read, not the whole request.
 * `WSGIServer` uses it and hands the head it read to the request handler
 * (`parsedHead`), which does not parse it again. Python instead reads the head line
 * by line from the *socket*.
 *
 * Python: `BaseHTTPRequestHandler`: `rfile.readline(65537)` +
 * `parse_request()` + `http.client.parse_headers()`.
 *
 * @example
 * ```ts
 * const reader = new RequestHeadReader({ maxBodySize: 1024 });
 * reader.push(encodeLatin1('POST /a HTTP/1.1\r\nContent-Le')).state; // 'incomplete'
 * const result = reader.push(encodeLatin1('ngth: 3\r\n\r\nabc'));
 * result.state === 'complete' && result.head.contentLength; // 3
 * reader.scannedBytes; // 39: hasta el final de la cabecera, cada byte una vez
 * ```
 */
export class RequestHeadReader {
  private readonly maxBodySize: number | undefined;
  /** The current line's bytes so far (no LF among them), copied. */
  private pending = new Uint8Array(0);
  private pendingLength = 0;
  /** Bytes of the lines already taken: where the current line starts. */
  private consumed = 0;
  /** The request line, once read (and neither empty nor refused). */
  private requestLine: RequestLine | null = null;
  private readonly headerLines: string[] = [];
  private outcome: RequestHeadResult = INCOMPLETE;
  private scanned = 0;

  /**
   * Crea un lector vacío. Con `maxBodySize`, un `Content-Length` mayor
   * termina en estado `error` con código 413.
   *
   * English: Creates an empty reader. With `maxBodySize`, a larger
   * `Content-Length` ends in state `error` with code 413.
   */
  constructor(options: { maxBodySize?: number } = {}) {
    this.maxBodySize = options.maxBodySize;
  }

  /**
   * Lo que se sabe hasta ahora (el mismo valor que devolvió la última
   * llamada a `push` o `end`). Una vez decidido, no cambia.
   *
   * English: What is known so far (the value the last `push` or `end`
   * returned). Once decided, it no longer changes.
   */
  get result(): RequestHeadResult {
    return this.outcome;
  }

  /**
   * Diagnóstico: cuántos bytes se han examinado buscando finales de
   * línea. Nunca supera los bytes recibidos hasta el final de la
   * cabecera; sirve para comprobar en pruebas, sin medir tiempos, que la
   * lectura es lineal.
   *
   * English: Diagnostic: how many bytes were examined looking for line
   * ends. It never exceeds the bytes received up to the end of the head;
   * it lets tests check that reading is linear without timing anything.
   */
  get scannedBytes(): number {
    return this.scanned;
  }

  /**
   * Añade el siguiente trozo de la petición y devuelve el estado. Los
   * bytes que siguen a una cabecera ya decidida (el cuerpo) se ignoran; el
   * lector no guarda referencias a `chunk`.
   *
   * English: Adds the request's next piece and returns the state. Bytes
   * after an already decided head (the body) are ignored; the reader keeps
   * no reference to `chunk`.
   */
  push(chunk: Uint8Array): RequestHeadResult {
    let offset = 0;
    while (this.outcome.state === 'incomplete' && offset < chunk.length) {
      // readline(MAX_LINE + 1): an LF within what the line may still take, or the limit.
      const stop = Math.min(chunk.length, offset + LINE_LIMIT - this.pendingLength);
      const newline = chunk.subarray(offset, stop).indexOf(LF);
      const end = newline >= 0 ? offset + newline + 1 : stop;
      this.scanned += end - offset;
      if (newline < 0 && this.pendingLength + (stop - offset) < LINE_LIMIT) {
        this.keep(chunk.subarray(offset, stop));
        break;
      }
      this.takeLine(this.lineWith(chunk.subarray(offset, end)));
      offset = end;
    }
    return this.outcome;
  }

  /**
   * Indica que no llegarán más bytes (el cliente cerró su lado) y
   * devuelve el estado final, que ya nunca es `incomplete`: como
   * `readline()` al final del flujo, la línea a medias cuenta como línea y
   * la cabecera termina ahí.
   *
   * English: Tells that no more bytes will come (the client closed its
   * side) and returns the final state, never `incomplete` any more: as
   * `readline()` at the end of the stream, the partial line counts as a
   * line and the head ends there.
   */
  end(): RequestHeadResult {
    while (this.outcome.state === 'incomplete') this.takeLine(this.lineWith(new Uint8Array(0)));
    return this.outcome;
  }

  /** Appends bytes of an unfinished line to `pending` (growing it geometrically). */
  private keep(bytes: Uint8Array): void {
    const needed = this.pendingLength + bytes.length;
    if (needed > this.pending.length) {
      const grown = new Uint8Array(Math.min(LINE_LIMIT, Math.max(needed, 2 * this.pending.length, 256)));
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    this.pending.set(bytes, this.pendingLength);
    this.pendingLength = needed;
  }

  /** The whole current line: what is pending plus its last bytes. */
  private lineWith(last: Uint8Array): Uint8Array {
    if (this.pendingLength === 0) return last;
    this.keep(last);
    const line = this.pending.subarray(0, this.pendingLength);
    // takeLine decodes the line at once and keeps no view of it, so the buffer is reused.
    this.pendingLength = 0;
    return line;
  }

  private takeLine(line: Uint8Array): void {
    this.consumed += line.length;
    if (this.requestLine === null) {
      this.takeRequestLine(line);
      return;
    }
    const step = takeHeaderLine(this.headerLines, line);
    if (step === 'more') return;
    if (step !== 'done') {
      this.outcome = { state: 'error', code: step.code, message: step.message, consumed: this.consumed };
      return;
    }
    this.finish(new RequestHeaders(parseHeaderBlock(this.headerLines.join(''))));
  }

  private takeRequestLine(raw: Uint8Array): void {
    if (raw.length > MAX_LINE) {
      this.outcome = { state: 'error', code: 414, message: HTTP_RESPONSES[414][0], consumed: this.consumed };
      return;
    }
    const line = parseRequestLine(raw, 'HTTP/0.9');
    if (line.kind === 'empty') {
      this.outcome = { state: 'empty', consumed: this.consumed };
    } else if (line.kind === 'error' && line.error) {
      this.outcome = { state: 'error', ...line.error, consumed: this.consumed };
    } else {
      this.requestLine = line;
      // CPython 3.14 (gh-70765): an HTTP/0.9 request has no header block.
      if (line.http09) this.finish(new RequestHeaders());
    }
  }

  private finish(headers: RequestHeaders): void {
    const line = this.requestLine as RequestLine;
    const headLength = this.consumed;
    const contentLength = contentLengthOf(headers.get('content-length'));
    if (this.maxBodySize !== undefined && contentLength > this.maxBodySize) {
      this.outcome = { state: 'error', code: 413, message: HTTP_RESPONSES[413][0], consumed: headLength };
      return;
    }
    this.outcome = {
      state: 'complete',
      head: {
        headLength,
        requestline: line.requestline,
        command: line.command as string,
        path: line.path as string,
        requestVersion: line.requestVersion,
        headers,
        contentLength,
      },
    };
  }
}

/**
 * Lee la cabecera de una petición (línea de petición y cabeceras) de los
 * bytes recibidos hasta ahora, con los límites y las decisiones de
 * `http.server`: sirve para saber si hay que seguir esperando, si la
 * petición ya se puede atender o si ya se puede rechazar. Analiza `data`
 * entero cada vez: para bytes que llegan por trozos, usa
 * {@link RequestHeadReader}, que no vuelve a empezar desde el principio
 * (es lo que hace esta función por dentro, con un solo trozo).
 *
 * English: Reads a request head (request line and headers) from the bytes
 * received so far, with `http.server`'s limits and decisions: whether to
 * keep waiting, answer, or refuse. It parses all of `data` every time: for
 * bytes arriving in pieces use `RequestHeadReader`, which does not start
 * over (this function is that reader fed a single piece).
 *
 * Python: `BaseHTTPRequestHandler`: `rfile.readline(65537)` +
 * `parse_request()` + `http.client.parse_headers()`.
 *
 * @example
 * ```ts
 * const data = encodeLatin1('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
 * const result = readRequestHead(data);
 * result.state === 'complete' && result.head.path; // '/a'
 * readRequestHead(encodeLatin1('GET / HTTP/2.0\r\n')); // { state: 'error', code: 505, … }
 * ```
 */
export function readRequestHead(
  data: Uint8Array,
  options: ReadRequestHeadOptions = {},
): RequestHeadResult {
  const reader = new RequestHeadReader({ maxBodySize: options.maxBodySize });
  reader.push(data);
  return options.eof ? reader.end() : reader.result;
}

// ---------------------------------------------------------------------------
// The request handlers
// ---------------------------------------------------------------------------

/**
 * Lo que un gestor de peticiones necesita de su servidor: el entorno base,
 * la aplicación y los límites.
 *
 * English: What a request handler needs from its server: the base environ,
 * the application and the limits.
 *
 * Python: `wsgiref.simple_server.WSGIServer.base_environ`,
 * `WSGIServer.get_app()`.
 *
 * @example
 * ```ts
 * const server: RequestServer = {
 *   baseEnviron: makeBaseEnviron('localhost', 8000),
 *   getApp: () => demo,
 * };
 * ```
 */
export interface RequestServer {
  /**
   * El entorno común a todas las peticiones. Python: `base_environ`.
   *
   * English: The environ shared by every request.
   */
  baseEnviron: WSGIEnvironment;
  /**
   * La aplicación WSGI. Python: `get_app()`.
   *
   * English: The WSGI application.
   */
  getApp(): WSGIApplication | null | undefined;
  /**
   * Tamaño máximo del cuerpo en bytes (413 por encima); sin límite si falta.
   *
   * English: Maximum body size in bytes (413 above it); no limit when
   * missing.
   */
  maxBodySize?: number;
  /**
   * Lo que sigue a `WSGIServer/0.2 ` en la cabecera `Server`.
   *
   * English: What follows `WSGIServer/0.2 ` in the `Server` header.
   */
  softwareVersion?: string;
}

/**
 * El entorno base de un servidor: lo que `WSGIServer.setup_environ` pone
 * antes de cada petición.
 *
 * English: A server's base environ: what `WSGIServer.setup_environ` sets
 * before every request.
 *
 * Python: `wsgiref.simple_server.WSGIServer.setup_environ`.
 *
 * @example
 * ```ts
 * makeBaseEnviron('localhost', 8000);
 * // { SERVER_NAME: 'localhost', GATEWAY_INTERFACE: 'CGI/1.1', SERVER_PORT: '8000',
 * //   REMOTE_HOST: '', CONTENT_LENGTH: '', SCRIPT_NAME: '' }
 * ```
 */
export function makeBaseEnviron(serverName: string, serverPort: number): WSGIEnvironment {
  return {
    SERVER_NAME: serverName,
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PORT: String(serverPort),
    REMOTE_HOST: '',
    CONTENT_LENGTH: '',
    SCRIPT_NAME: '',
  };
}

/**
 * The request as rfile, without BytesIO's defensive copy of its initial
 * bytes (a third copy of a POST body, after joining the socket chunks and
 * before wsgi.input.read()): the request array belongs to the handler,
 * and nothing writes to rfile. Reads still return copies, as Python's
 * bytes would be.
 */
class RequestInput extends BytesIO {
  constructor(request: Uint8Array) {
    super();
    // A plain Uint8Array view: on a Node Buffer, slice() (used by reads)
    // would return a view instead of a copy.
    this.buffer = new Uint8Array(request.buffer, request.byteOffset, request.byteLength);
    this.size = request.length;
  }
}

/**
 * La parte de protocolo de un servidor HTTP: lee la línea de petición y
 * las cabeceras de `rfile`, responde los errores con la página HTML de
 * Python y escribe el registro de accesos. No sabe de *sockets*: recibe
 * los bytes de la petición y escribe la respuesta en un flujo de salida.
 * Como en Python, las subclases definen `handle()` (o métodos `do_GET`,
 * `do_POST`… para `handleOneRequest`).
 *
 * English: The protocol half of an HTTP server: reads the request line and
 * headers from `rfile`, answers errors with Python's HTML page and writes
 * the access log. It knows nothing of sockets: it gets the request bytes
 * and writes the response to an output stream. Subclasses define `handle()`
 * (or `do_GET`, `do_POST`… methods for `handleOneRequest`).
 *
 * Python: `http.server.BaseHTTPRequestHandler`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * const errors = new StringIO();
 * const handler = new BaseHTTPRequestHandler(
 *   encodeLatin1('GET / HTTP/2.0\r\n\r\n'), ['127.0.0.1', 0],
 *   { baseEnviron: {}, getApp: () => null }, out, errors);
 * handler.handleOneRequest(); // responde la página de error 505
 * ```
 */
export class BaseHTTPRequestHandler {
  /** Python: `server_version`. */
  serverVersion = 'BaseHTTP/0.6';
  /**
   * Lo que sigue al nombre en la cabecera `Server`. Python: `sys_version`.
   *
   * English: What follows the name in the `Server` header.
   */
  sysVersion: string;
  /**
   * La plantilla de las páginas de error. Python: `error_message_format`.
   *
   * English: The error page template.
   */
  errorMessageFormat = DEFAULT_ERROR_MESSAGE;
  /** Python: `error_content_type`. */
  errorContentType = DEFAULT_ERROR_CONTENT_TYPE;
  /**
   * La versión que se responde. Python: `protocol_version`.
   *
   * English: The version answered with.
   */
  protocolVersion = 'HTTP/1.0';
  /**
   * La versión supuesta antes de leer la línea de petición. Python: `default_request_version`.
   *
   * English: The version assumed before the request line is read.
   */
  defaultRequestVersion = 'HTTP/0.9';
  /** Python: `responses`. */
  responses: Readonly<Record<number, readonly [string, string]>> = HTTP_RESPONSES;

  /**
   * Los bytes de la petición como flujo de lectura. Python: `rfile`.
   *
   * English: The request bytes as a readable stream.
   */
  readonly rfile: BytesIO;
  /**
   * Donde se escribe la respuesta. Python: `wfile`.
   *
   * English: Where the response is written.
   */
  readonly wfile: OutputStream;
  /**
   * `[dirección, puerto]` del cliente. Python: `client_address`.
   *
   * English: The client's `[address, port]`.
   */
  readonly clientAddress: readonly [string, number];
  /**
   * El servidor. Python: `server`.
   *
   * English: The server.
   */
  readonly server: RequestServer;

  /** Python: `raw_requestline`. */
  rawRequestline: Uint8Array = new Uint8Array(0);
  /** Python: `requestline`. */
  requestline = '';
  /**
   * El método, o `null` si la línea no se pudo leer.
   *
   * English: The method, or `null` when the line could not be read.
   *
   * Python: `command`.
   */
  command: string | null = null;
  /** Python: `path`. */
  path = '';
  /** Python: `request_version`. */
  requestVersion: string;
  /** Python: `headers`. */
  headers: RequestHeaders = new RequestHeaders();
  /**
   * Siempre cierra: una petición por conexión.
   *
   * English: Always closes: one request per connection.
   *
   * Python: `close_connection`.
   */
  closeConnection = true;
  /**
   * La línea de estado enviada (sin `HTTP/1.0 `), o null si no se envió ninguna.
   *
   * English: The status line sent (without `HTTP/1.0 `), or null when none
   * was sent.
   */
  statusSent: string | null = null;
  /**
   * La cabecera de esta misma petición ya leída por el servidor con un
   * `RequestHeadReader` (estado `complete`), o null. Si está,
   * `parseRequest()` la toma en lugar de volver a analizar los bytes: el
   * resultado es el mismo, sin leer la petición dos veces.
   *
   * English: This same request's head as the server already read it with a
   * `RequestHeadReader` (state `complete`), or null. When set,
   * `parseRequest()` takes it instead of parsing the bytes again: same
   * result, without reading the request twice.
   */
  parsedHead: RequestHead | null = null;

  private readonly stderr: ErrorStream;
  private headersBuffer: Uint8Array[] = [];

  /**
   * Prepara el gestor; `handle()` (o `handleOneRequest()`) lo ejecuta.
   * A diferencia de Python, construir no atiende la petición.
   *
   * English: Prepares the handler; `handle()` (or `handleOneRequest()`)
   * runs it. Unlike Python, constructing does not handle the request.
   */
  constructor(
    request: Uint8Array,
    clientAddress: readonly [string, number],
    server: RequestServer,
    wfile: OutputStream,
    stderr: ErrorStream = new StringIO(),
  ) {
    this.rfile = new RequestInput(request);
    this.clientAddress = clientAddress;
    this.server = server;
    this.wfile = wfile;
    this.stderr = stderr;
    this.sysVersion = server.softwareVersion ?? defaultSoftwareVersion();
    this.requestVersion = this.defaultRequestVersion;
  }

  /**
   * El flujo de errores y del registro. Python: `sys.stderr` (y `get_stderr()`).
   *
   * English: The stream for errors and the log.
   */
  getStderr(): ErrorStream {
    return this.stderr;
  }

  /**
   * Lee la línea de petición ya guardada en `rawRequestline` y las
   * cabeceras. Devuelve `false` si la petición no sirve (y ya se envió el
   * error, salvo una línea vacía, que no recibe respuesta).
   *
   * English: Parses the request line stored in `rawRequestline` and reads
   * the headers. Returns `false` when the request is unusable (the error
   * was already sent, except for an empty line, which gets no answer).
   *
   * Python: `parse_request()`.
   */
  parseRequest(): boolean {
    this.command = null;
    this.requestVersion = this.defaultRequestVersion;
    this.closeConnection = true;
    if (this.adoptParsedHead()) return true;
    const line = parseRequestLine(this.rawRequestline, this.defaultRequestVersion);
    this.requestline = line.requestline;
    this.requestVersion = line.requestVersion;
    if (line.kind === 'empty') return false;
    if (line.kind === 'error' && line.error) {
      this.sendError(line.error.code, line.error.message);
      return false;
    }
    this.command = line.command;
    this.path = line.path as string;
    if (line.http09) {
      // CPython 3.14 (gh-70765): an HTTP/0.9 request has no header block.
      this.headers = new RequestHeaders();
      return true;
    }
    return this.parseHeaders();
  }

  /**
   * Takes `parsedHead` when it was read the way parseRequest would read
   * these bytes (RequestHeadReader assumes HTTP/0.9 before the request
   * line), and leaves rfile where parseHeaders would: after the head.
   */
  private adoptParsedHead(): boolean {
    const head = this.parsedHead;
    if (head === null || this.defaultRequestVersion !== 'HTTP/0.9') return false;
    this.requestline = head.requestline;
    this.requestVersion = head.requestVersion;
    this.command = head.command;
    this.path = head.path;
    this.headers = head.headers;
    this.rfile.seek(head.headLength);
    return true;
  }

  /** http.client.parse_headers(rfile): header lines read one by one, as Python does. */
  private parseHeaders(): boolean {
    const lines: string[] = [];
    for (;;) {
      const step = takeHeaderLine(lines, this.rfile.readline(LINE_LIMIT));
      if (step === 'done') break;
      if (step !== 'more') {
        this.sendError(step.code, step.message, step.explain);
        return false;
      }
    }
    this.headers = new RequestHeaders(parseHeaderBlock(lines.join('')));
    return true;
  }

  /**
   * Atiende una petición con los métodos `do_MÉTODO` de la subclase
   * (`501` si no existe). Python: `handle_one_request()`.
   *
   * English: Handles one request with the subclass's `do_METHOD` methods
   * (`501` when missing).
   */
  handleOneRequest(): void {
    if (!this.readRequestLine()) return;
    if (this.rawRequestline.length === 0) return;
    if (!this.parseRequest()) return;
    const method = (this as unknown as Record<string, unknown>)['do_' + this.command];
    if (typeof method !== 'function') {
      this.sendError(501, `Unsupported method (${pythonStrRepr(this.command as string)})`);
      return;
    }
    (method as () => void).call(this);
  }

  /**
   * Atiende la petición. Python: `handle()`.
   *
   * English: Handles the request.
   */
  handle(): void {
    this.handleOneRequest();
  }

  /**
   * Reads the request line; a line over MAX_LINE bytes is answered 414
   * (false returned).
   */
  protected readRequestLine(): boolean {
    this.rawRequestline = this.rfile.readline(MAX_LINE + 1);
    if (this.rawRequestline.length > MAX_LINE) {
      this.requestline = '';
      this.requestVersion = '';
      this.command = '';
      this.sendError(414);
      return false;
    }
    return true;
  }

  /**
   * Envía una respuesta de error completa: línea de estado y cabeceras
   * (salvo a un cliente HTTP/0.9) y la página HTML, y lo anota en el
   * registro. Python: `send_error(code, message=None, explain=None)`.
   *
   * English: Sends a whole error response: status line and headers (except
   * to an HTTP/0.9 client) and the HTML page, and logs it.
   */
  sendError(code: number, message?: string, explain?: string): void {
    const [shortMessage, longMessage] = this.responses[code] ?? ['???', '???'];
    const reason = message ?? shortMessage;
    const explanation = explain ?? longMessage;
    this.logError('code %d, message %s', code, reason);
    this.sendResponse(code, reason);
    this.sendHeader('Connection', 'close');
    let body: Uint8Array | null = null;
    if (code >= 200 && code !== 204 && code !== 205 && code !== 304) {
      const content = this.errorMessageFormat
        .replace(/%\(code\)d/g, String(code))
        .replace(/%\(code\)s/g, String(code))
        .replace(/%\(message\)s/g, escapeHtml(reason))
        .replace(/%\(explain\)s/g, escapeHtml(explanation));
      body = new TextEncoder().encode(content);
      this.sendHeader('Content-Type', this.errorContentType);
      this.sendHeader('Content-Length', String(body.length));
    }
    this.endHeaders();
    if (this.command !== 'HEAD' && body) this.writeAll(body);
  }

  /**
   * Anota la petición en el registro y prepara la línea de estado y las
   * cabeceras `Server` y `Date`. Python: `send_response(code, message=None)`.
   *
   * English: Logs the request and buffers the status line and the `Server`
   * and `Date` headers.
   */
  sendResponse(code: number, message?: string): void {
    this.logRequest(code);
    this.sendResponseOnly(code, message);
    this.sendHeader('Server', this.versionString());
    this.sendHeader('Date', this.dateTimeString());
  }

  /**
   * Prepara solo la línea de estado. Python: `send_response_only`.
   *
   * English: Buffers the status line only.
   */
  sendResponseOnly(code: number, message?: string): void {
    if (this.requestVersion === 'HTTP/0.9') return;
    const reason = message ?? this.responses[code]?.[0] ?? '';
    this.statusSent = `${code} ${reason}`;
    this.headersBuffer.push(encodeLatin1(`${this.protocolVersion} ${code} ${reason}\r\n`));
  }

  /**
   * Prepara una cabecera. Python: `send_header(keyword, value)`.
   *
   * English: Buffers a header.
   */
  sendHeader(keyword: string, value: string): void {
    if (this.requestVersion !== 'HTTP/0.9') {
      this.headersBuffer.push(encodeLatin1(`${keyword}: ${value}\r\n`));
    }
    if (keyword.toLowerCase() === 'connection') {
      if (value.toLowerCase() === 'close') this.closeConnection = true;
      else if (value.toLowerCase() === 'keep-alive') this.closeConnection = false;
    }
  }

  /**
   * Cierra el bloque de cabeceras y lo envía. Python: `end_headers()`.
   *
   * English: Ends the header block and sends it.
   */
  endHeaders(): void {
    if (this.requestVersion !== 'HTTP/0.9') {
      this.headersBuffer.push(encodeLatin1('\r\n'));
      this.flushHeaders();
    }
  }

  /**
   * Envía lo preparado. Python: `flush_headers()`.
   *
   * English: Sends what was buffered.
   */
  flushHeaders(): void {
    const block = concatBytes(this.headersBuffer);
    this.headersBuffer = [];
    if (block.length > 0) this.writeAll(block);
  }

  private writeAll(data: Uint8Array): void {
    let rest = data;
    while (rest.length > 0) {
      const taken = this.wfile.write(rest);
      if (typeof taken !== 'number' || taken >= rest.length) break;
      rest = rest.subarray(taken);
    }
    this.wfile.flush?.();
  }

  /**
   * Escribe la línea del registro de accesos: `"línea de petición" código tamaño`.
   *
   * English: Writes the access log line: `"request line" code size`.
   *
   * Python: `log_request(code='-', size='-')`.
   */
  logRequest(code: number | string = '-', size: number | string = '-'): void {
    this.logMessage('"%s" %s %s', this.requestline, String(code), String(size));
  }

  /**
   * Anota un error en el registro. Python: `log_error(format, *args)`.
   *
   * English: Logs an error.
   */
  logError(format: string, ...args: unknown[]): void {
    this.logMessage(format, ...args);
  }

  /**
   * Escribe en el registro `dirección - - [fecha] mensaje`, con los
   * caracteres de control del mensaje escapados (`\x1b`…).
   *
   * English: Writes `address - - [date] message` to the log, with control
   * characters in the message escaped (`\x1b`…).
   *
   * Python: `log_message(format, *args)`.
   */
  logMessage(format: string, ...args: unknown[]): void {
    const message = escapeControlCharacters(percentFormat(format, args));
    this.getStderr().write(
      `${this.addressString()} - - [${this.logDateTimeString()}] ${message}\n`,
    );
  }

  /**
   * El valor de la cabecera `Server`. Python: `version_string()`.
   *
   * English: The `Server` header value.
   */
  versionString(): string {
    return `${this.serverVersion} ${this.sysVersion}`;
  }

  /**
   * La fecha para la cabecera `Date`, en GMT con nombres en inglés.
   *
   * English: The date for the `Date` header, in GMT with English names.
   *
   * Python: `date_time_string(timestamp=None)`.
   */
  dateTimeString(timestamp?: number): string {
    const date = timestamp === undefined ? new Date() : new Date(timestamp * 1000);
    const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
    return (
      `${weekday}, ${pad2(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
      `${String(date.getUTCFullYear()).padStart(4, '0')} ${pad2(date.getUTCHours())}:` +
      `${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())} GMT`
    );
  }

  /**
   * La fecha local del registro, `30/Nov/2026 09:51:07`. Python: `log_date_time_string()`.
   *
   * English: The local date of the log, `30/Nov/2026 09:51:07`.
   */
  logDateTimeString(): string {
    return currentLogDate();
  }

  /**
   * La dirección del cliente para el registro. Python: `address_string()`.
   *
   * English: The client's address for the log.
   */
  addressString(): string {
    return this.clientAddress[0];
  }
}

/**
 * El gestor que ejecuta la aplicación para `simple_server`: un
 * `SimpleHandler` que se presenta como `WSGIServer/0.2 …` y que, al
 * cerrar, escribe la línea del registro de accesos con el código y los
 * bytes enviados.
 *
 * English: The handler that runs the application for `simple_server`: a
 * `SimpleHandler` that presents itself as `WSGIServer/0.2 …` and, on close,
 * writes the access log line with the status code and the bytes sent.
 *
 * Python: `wsgiref.simple_server.ServerHandler`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * const handler = new ServerHandler(new BytesIO(), out, new StringIO(),
 *   { REQUEST_METHOD: 'GET', SERVER_PROTOCOL: 'HTTP/1.0' }, false);
 * handler.run((environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [encodeLatin1('hola')];
 * });
 * ```
 */
export class ServerHandler extends SimpleHandler {
  /** Python: `server_software` (`WSGIServer/0.2 CPython/3.x`). */
  override serverSoftware: string | null = `${SERVER_VERSION} ${defaultSoftwareVersion()}`;
  /**
   * El gestor de peticiones que escribe el registro. Python: `request_handler`.
   *
   * English: The request handler that writes the log.
   */
  requestHandler: BaseHTTPRequestHandler | null = null;
  /**
   * El entorno completo que recibió la aplicación (sigue disponible tras `close()`).
   *
   * English: The full environ the application got (still available after
   * `close()`).
   */
  lastEnviron: WSGIEnvironment | null = null;
  /**
   * El estado enviado en la línea de estado, o null (HTTP/0.9, o nada enviado).
   *
   * English: The status sent in the status line, or null (HTTP/0.9, or
   * nothing sent).
   */
  statusSent: string | null = null;

  /**
   * Como en Python, y además guarda el entorno en `lastEnviron`.
   *
   * English: As in Python, and also keeps the environ in `lastEnviron`.
   *
   * Python: `setup_environ()`.
   */
  override setupEnviron(): void {
    super.setupEnviron();
    this.lastEnviron = this.environ;
  }

  /**
   * Como en Python, y además recuerda la línea de estado enviada.
   *
   * English: As in Python, and also remembers the status line sent.
   *
   * Python: `send_preamble()`.
   */
  override sendPreamble(): void {
    super.sendPreamble();
    const protocol = String(this.environ?.SERVER_PROTOCOL ?? '');
    if (this.originServer && protocol.toUpperCase() !== 'HTTP/0.9') this.statusSent = this.status;
  }

  /**
   * Anota la petición en el registro de accesos y luego cierra como
   * `SimpleHandler`. Python: `ServerHandler.close()`.
   *
   * English: Writes the access log line, then closes as `SimpleHandler`.
   */
  override close(): void {
    try {
      const code = this.status === null || this.status === undefined ? '-' : this.status.split(' ')[0];
      this.requestHandler?.logRequest(code, this.bytesSent);
    } finally {
      super.close();
    }
  }
}

/**
 * El gestor de peticiones de `simple_server`: lee la petición, construye
 * el entorno WSGI y ejecuta la aplicación con un {@link ServerHandler}.
 * Una petición por conexión, siempre respondida en HTTP/1.0. En Node,
 * `simple_server` exporta una subclase cuyo `getStderr()` escribe en
 * `process.stderr`; esta escribe en el flujo que recibe (un `StringIO`
 * por defecto).
 *
 * English: `simple_server`'s request handler: reads the request, builds the
 * WSGI environ and runs the application with a `ServerHandler`. One request
 * per connection, always answered in HTTP/1.0. In Node, `simple_server`
 * exports a subclass whose `getStderr()` writes to `process.stderr`; this
 * one writes to the stream it is given (a `StringIO` by default).
 *
 * Python: `wsgiref.simple_server.WSGIRequestHandler`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * const errors = new StringIO();
 * const handler = new WSGIRequestHandler(
 *   encodeLatin1('GET /hola HTTP/1.0\r\n\r\n'), ['127.0.0.1', 50000],
 *   { baseEnviron: makeBaseEnviron('localhost', 8000), getApp: () => app }, out, errors);
 * handler.handle();
 * out.getvalue(); // 'HTTP/1.0 200 OK\r\n…'
 * ```
 */
export class WSGIRequestHandler extends BaseHTTPRequestHandler {
  /** Python: `server_version`. */
  override serverVersion = SERVER_VERSION;
  /**
   * El entorno que vio la aplicación, o null si no llegó a ejecutarse.
   *
   * English: The environ the application saw, or null when it never ran.
   */
  environ: WSGIEnvironment | null = null;

  /**
   * El entorno de esta petición: el entorno base del servidor más las
   * variables CGI de la petición y una `HTTP_*` por cabecera (3.14: sin la
   * búsqueda de `REMOTE_HOST`).
   *
   * English: This request's environ: the server's base environ plus the
   * request's CGI variables and one `HTTP_*` per header (3.14: without the
   * `REMOTE_HOST` lookup).
   *
   * Python: `get_environ()` (3.14).
   */
  getEnviron(): WSGIEnvironment {
    // Python's base_environ.copy(), key by key: a spread clone's hidden
    // class sits outside V8's transition tree, so each key added below
    // would copy it (that made this method a quarter of exchange()'s time).
    const env: WSGIEnvironment = {};
    const base = this.server.baseEnviron;
    for (const key in base) if (Object.hasOwn(base, key)) env[key] = base[key];
    env.SERVER_PROTOCOL = this.requestVersion;
    env.SERVER_SOFTWARE = this.serverVersion;
    env.REQUEST_METHOD = this.command;
    const question = this.path.indexOf('?');
    const path = question >= 0 ? this.path.slice(0, question) : this.path;
    env.PATH_INFO = unquoteLatin1(path);
    env.QUERY_STRING = question >= 0 ? this.path.slice(question + 1) : '';
    env.REMOTE_ADDR = this.clientAddress[0];
    const contentType = this.headers.get('content-type');
    env.CONTENT_TYPE = contentType ?? this.headers.getContentType();
    const length = this.headers.get('content-length');
    if (length) env.CONTENT_LENGTH = length;
    for (const [name, value] of this.headers.items()) {
      const key = name.replace(/-/g, '_').toUpperCase();
      const stripped = pyStrip(value);
      if (key in env) continue; // CONTENT_TYPE, CONTENT_LENGTH, but also PATH_INFO…
      const httpKey = 'HTTP_' + key;
      env[httpKey] = httpKey in env ? `${env[httpKey] as string},${stripped}` : stripped;
    }
    return env;
  }

  /** Python: `get_stderr()`. */
  override getStderr(): ErrorStream {
    return super.getStderr();
  }

  /**
   * Atiende una petición: 414 si la línea es demasiado larga, el error que
   * toque si la petición no sirve, 413 si el cuerpo supera el límite del
   * servidor; si no, ejecuta la aplicación. Python: `handle()`.
   *
   * English: Handles a request: 414 for a too long line, the matching error
   * for an unusable request, 413 when the body is over the server's limit;
   * otherwise runs the application.
   */
  override handle(): void {
    if (!this.readRequestLine()) return;
    if (!this.parseRequest()) return;
    const limit = this.server.maxBodySize;
    if (limit !== undefined && contentLengthOf(this.headers.get('content-length')) > limit) {
      this.sendError(413);
      return;
    }
    const handler = this.makeServerHandler();
    handler.requestHandler = this;
    try {
      handler.run(this.server.getApp() as WSGIApplication);
    } finally {
      this.environ = handler.lastEnviron;
      this.statusSent = handler.statusSent;
    }
  }

  /** Creates the ServerHandler over this request's streams (multithread false, as 3.14). */
  protected makeServerHandler(): ServerHandler {
    const handler = new ServerHandler(
      this.rfile,
      this.wfile,
      this.getStderr(),
      this.getEnviron(),
      false,
    );
    handler.serverSoftware = this.versionString();
    return handler;
  }
}

// ---------------------------------------------------------------------------
// exchange()
// ---------------------------------------------------------------------------

/**
 * Opciones de {@link exchange}. En Python, esos datos salen de la
 * dirección con que se crea `WSGIServer`, de `client_address` y de
 * `simple_server.sys_version`; `WSGIServer.base_environ` es el entorno base.
 *
 * English: Options of `exchange`. In Python, this data comes from the
 * address `WSGIServer` is created with, from `client_address` and from
 * `simple_server.sys_version`; `WSGIServer.base_environ` is the base
 * environ.
 *
 * Python: — (sin equivalente / no equivalent); `WSGIServer((host, port), WSGIRequestHandler)`,
 * `client_address`, `sys_version`, `base_environ`.
 *
 * @example
 * ```ts
 * const options: ExchangeOptions = { serverName: 'ejemplo.test', serverPort: 8080 };
 * ```
 */
export interface ExchangeOptions {
  /**
   * `SERVER_NAME`; `localhost` por defecto.
   *
   * English: `SERVER_NAME`; `localhost` by default.
   */
  serverName?: string;
  /**
   * `SERVER_PORT`; 8000 por defecto.
   *
   * English: `SERVER_PORT`; 8000 by default.
   */
  serverPort?: number;
  /**
   * `REMOTE_ADDR` y la dirección del registro; `127.0.0.1` por defecto.
   *
   * English: `REMOTE_ADDR` and the log address; `127.0.0.1` by default.
   */
  remoteAddr?: string;
  /**
   * Lo que sigue a `WSGIServer/0.2 ` en `Server` (p. ej. `Node.js/20.20.2`).
   *
   * English: What follows `WSGIServer/0.2 ` in `Server` (e.g.
   * `Node.js/20.20.2`).
   */
  softwareVersion?: string;
  /**
   * Tamaño máximo del cuerpo en bytes; por encima, `413 Content Too Large`.
   *
   * English: Maximum body size in bytes; above it, `413 Content Too Large`.
   */
  maxBodySize?: number;
  /**
   * Variables que se añaden (o reemplazan) en el entorno base del servidor.
   *
   * English: Variables added to (or replacing) the server's base environ.
   */
  baseEnviron?: WSGIEnvironment;
}

/**
 * El resultado de {@link exchange}. Lo más parecido en Python es la pareja
 * que devuelve `run_amock` en las pruebas de CPython: los bytes de la
 * respuesta y lo escrito en `sys.stderr`.
 *
 * English: The result of `exchange`. The nearest thing in Python is the
 * pair `run_amock` returns in CPython's tests: the response bytes and
 * what was written to `sys.stderr`.
 *
 * Python: — (sin equivalente / no equivalent); `run_amock()` (`test_wsgiref`) →
 * `(out.getvalue(), err.getvalue())`.
 *
 * @example
 * ```ts
 * const result: ExchangeResult = exchange(app, 'GET / HTTP/1.0\r\n\r\n');
 * result.status; // '200 OK'
 * ```
 */
export interface ExchangeResult {
  /**
   * La petición tal como se dio, en bytes.
   *
   * English: The request as given, in bytes.
   */
  request: Uint8Array;
  /**
   * Los bytes de la respuesta, exactamente como irían por la red.
   *
   * English: The response bytes, exactly as they would travel on the wire.
   */
  response: Uint8Array;
  /**
   * Todo lo escrito en `wsgi.errors` y en el registro (incluida la línea de acceso).
   *
   * English: Everything written to `wsgi.errors` and the log (the access
   * line included).
   */
  errors: string;
  /**
   * El entorno que recibió la aplicación, o null si la petición se rechazó antes.
   *
   * English: The environ the application got, or null when the request was
   * refused before.
   */
  environ: WSGIEnvironment | null;
  /**
   * La línea de estado enviada sin `HTTP/1.0 ` (`'200 OK'`), o null si no hubo (HTTP/0.9…).
   *
   * English: The status line sent without `HTTP/1.0 ` (`'200 OK'`), or null
   * when none (HTTP/0.9…).
   */
  status: string | null;
}

/**
 * Atiende una petición HTTP completa sin red, como lo haría
 * `wsgiref.simple_server`: analiza los bytes de la petición, construye el
 * entorno, ejecuta la aplicación y devuelve los bytes exactos de la
 * respuesta junto con lo escrito en `wsgi.errors` y el registro de accesos.
 *
 * Una cadena se codifica en latin-1 (así `"\r\n"` escrito a mano funciona;
 * también se aceptan líneas terminadas solo en `"\n"`, como en
 * `http.server`). El cuerpo es lo que sigue a las cabeceras: la petición
 * se trata como si el cliente la hubiera enviado entera y cerrado.
 *
 * English: Answers a complete HTTP request without a network, as
 * `wsgiref.simple_server` would: parses the request bytes, builds the
 * environ, runs the application and returns the exact response bytes with
 * what was written to `wsgi.errors` and the access log. A string is encoded
 * as latin-1 (typed `"\r\n"` works; lone `"\n"` line ends are accepted, as
 * in `http.server`). The body is what follows the headers: the request is
 * treated as sent whole, then closed.
 *
 * Python: `WSGIRequestHandler.handle()`, `rfile`/`wfile` = `BytesIO`
 * (`run_amock()`, `test_wsgiref`).
 *
 * @example
 * ```ts
 * const app: WSGIApplication = (environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [encodeLatin1(`Hola desde ${environ.PATH_INFO}`)];
 * };
 * const result = exchange(app, 'GET /mundo HTTP/1.1\r\nHost: x\r\n\r\n');
 * result.status;  // '200 OK'
 * result.errors;  // '127.0.0.1 - - [30/Nov/2026 10:00:00] "GET /mundo HTTP/1.1" 200 16\n'
 * ```
 */
export function exchange(
  app: WSGIApplication,
  request: Uint8Array | string,
  options: ExchangeOptions = {},
): ExchangeResult {
  const bytes = typeof request === 'string' ? encodeLatin1(request) : request;
  const server: RequestServer = {
    baseEnviron: {
      ...makeBaseEnviron(options.serverName ?? 'localhost', options.serverPort ?? 8000),
      ...options.baseEnviron,
    },
    getApp: () => app,
    maxBodySize: options.maxBodySize,
    softwareVersion: options.softwareVersion ?? defaultSoftwareVersion(),
  };
  const output = new BytesIO();
  const errors = new StringIO();
  const handler = new WSGIRequestHandler(
    bytes,
    [options.remoteAddr ?? '127.0.0.1', 0],
    server,
    output,
    errors,
  );
  handler.handle();
  return {
    request: bytes,
    response: output.getvalue(),
    errors: errors.getvalue(),
    environ: handler.environ,
    status: handler.statusSent,
  };
}
