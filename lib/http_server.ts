/**
 * Las partes de `http.server` en las que se apoya `wsgiref`:
 * `BaseHTTPRequestHandler` lee la línea de petición y las cabeceras,
 * responde los errores con su página HTML y escribe el registro de
 * accesos; `HTTP_RESPONSES` y las páginas de error son las de Python. No
 * sabe de *sockets*: recibe los bytes de la petición y escribe la
 * respuesta en un flujo de salida, así que funciona también en el
 * navegador. `simple_server` se apoya en él, como en Python.
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
 * @english The parts of `http.server` that `wsgiref` relies on:
 * `BaseHTTPRequestHandler` reads the request line and headers, answers
 * errors with its HTML page and writes the access log; `HTTP_RESPONSES`
 * and the error pages are Python's. It knows nothing of sockets: it gets
 * the request bytes and writes the response to an output stream, so it
 * also runs in a browser. `simple_server` builds on it, as in Python.
 * It follows CPython 3.14: an HTTP/0.9 request reads no headers
 * (gh-70765, October 2025) and gets only the body, its environ being that
 * of a request without headers (the `wsgiref` of those versions fails
 * there, calling `get_content_type()` on an empty dict; 3.11 waited for an
 * empty line and answered the same); a malformed request line gets the
 * error page without a status line unless the version had already been
 * read; reason phrases are RFC 9110's (`414 URI Too Long`, `413 Content
 * Too Large`; 3.11 said `Request-URI Too Long`); the error page has 3.14's
 * `color-scheme` block.
 *
 * @python `http.server`; `http.client.parse_headers`, `http.client.HTTPMessage`.
 *
 * @module http_server
 */

import { StringIO } from './io';
import type { BytesIO } from './io';
import { RequestInput } from './internal/request_input';
import { currentHttpDate, currentLogDate, httpDate } from './internal/dates';
import { LINE_LIMIT, MAX_LINE, parseHeaderBlock, RequestHeaders, takeHeaderLine } from './internal/http_client';
import { concatBytes, encodeLatin1 } from './internal/latin1';
import { escapeControlCharacters, escapeHtml, percentFormat } from './internal/pyformat';
import { pythonStrRepr } from './internal/repr';
import { parseRequestLine } from './internal/request_line';
import { runtimeVersion } from './internal/runtime';
import type { RequestHead } from './request_head';
import type { ErrorStream, OutputStream, WSGIApplication, WSGIEnvironment } from './types';

export { MAX_HEADERS, MAX_LINE, RequestHeaders } from './internal/http_client';
export { pythonStrRepr } from './internal/repr';

/**
 * La plantilla HTML de las respuestas de error, con los huecos
 * `%(code)d`, `%(message)s`, `%(code)s` y `%(explain)s` de Python.
 *
 * @english The HTML template of error responses, with Python's `%(code)d`,
 * `%(message)s`, `%(code)s` and `%(explain)s` slots.
 *
 * @python `http.server.DEFAULT_ERROR_MESSAGE` (3.14, con `color-scheme`).
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
 * @english The content type of error pages.
 *
 * @python `http.server.DEFAULT_ERROR_CONTENT_TYPE`.
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
 * @english Short reason phrase and long explanation of each status code, as
 * `send_error` uses them (RFC 9110 names since Python 3.13).
 *
 * @python `BaseHTTPRequestHandler.responses` ← `http.HTTPStatus` (Python ≥ 3.13: RFC 9110).
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

/**
 * Lo que un gestor de peticiones necesita de su servidor: el entorno base,
 * la aplicación y los límites.
 *
 * @english What a request handler needs from its server: the base environ,
 * the application and the limits.
 *
 * @python `wsgiref.simple_server.WSGIServer.base_environ`,
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
   * El entorno común a todas las peticiones.
   *
   * @english The environ shared by every request.
   *
   * @python `base_environ`.
   */
  baseEnviron: WSGIEnvironment;
  /** @python `get_app()`. */
  getApp(): WSGIApplication | null | undefined;
  /**
   * Tamaño máximo del cuerpo en bytes (413 por encima); sin límite si falta.
   *
   * @english Maximum body size in bytes (413 above it); no limit when
   * missing.
   */
  maxBodySize?: number;
  /**
   * Lo que sigue a `WSGIServer/0.2 ` en la cabecera `Server`.
   *
   * @english What follows `WSGIServer/0.2 ` in the `Server` header.
   */
  softwareVersion?: string;
}

/**
 * La parte de protocolo de un servidor HTTP: lee la línea de petición y
 * las cabeceras de `rfile`, responde los errores con la página HTML de
 * Python y escribe el registro de accesos. No sabe de *sockets*: recibe
 * los bytes de la petición y escribe la respuesta en un flujo de salida.
 * Como en Python, las subclases definen `handle()` (o métodos `do_GET`,
 * `do_POST`… para `handleOneRequest`).
 *
 * @english The protocol half of an HTTP server: reads the request line and
 * headers from `rfile`, answers errors with Python's HTML page and writes
 * the access log. It knows nothing of sockets: it gets the request bytes
 * and writes the response to an output stream. Subclasses define `handle()`
 * (or `do_GET`, `do_POST`… methods for `handleOneRequest`).
 *
 * @python `http.server.BaseHTTPRequestHandler`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * const errors = new StringIO();
 * const handler = new BaseHTTPRequestHandler(
 *   encodeLatin1('GET / HTTP/2.0\r\n\r\n'), ['127.0.0.1', 0],
 *   { baseEnviron: {}, getApp: () => null }, out, errors);
 * handler.handleOneRequest(); // 505 error page
 * ```
 */
export class BaseHTTPRequestHandler {
  /**
   * @python `server_version`.
   */
  serverVersion = 'BaseHTTP/0.6';
  /**
   * Lo que sigue al nombre en la cabecera `Server`.
   *
   * @english What follows the name in the `Server` header.
   *
   * @python `sys_version`.
   */
  sysVersion: string;
  /** @python `error_message_format`. */
  errorMessageFormat = DEFAULT_ERROR_MESSAGE;
  /**
   * @python `error_content_type`.
   */
  errorContentType = DEFAULT_ERROR_CONTENT_TYPE;
  /**
   * La versión que se responde.
   *
   * @english The version answered with.
   *
   * @python `protocol_version`.
   */
  protocolVersion = 'HTTP/1.0';
  /**
   * La versión supuesta antes de leer la línea de petición.
   *
   * @english The version assumed before the request line is read.
   *
   * @python `default_request_version`.
   */
  defaultRequestVersion = 'HTTP/0.9';
  /**
   * @python `responses`.
   */
  responses: Readonly<Record<number, readonly [string, string]>> = HTTP_RESPONSES;

  /**
   * Los bytes de la petición como flujo de lectura.
   *
   * @english The request bytes as a readable stream.
   *
   * @python `rfile`.
   */
  readonly rfile: BytesIO;
  /**
   * Donde se escribe la respuesta.
   *
   * @english Where the response is written.
   *
   * @python `wfile`.
   */
  readonly wfile: OutputStream;
  /**
   * `[dirección, puerto]` del cliente.
   *
   * @english The client's `[address, port]`.
   *
   * @python `client_address`.
   */
  readonly clientAddress: readonly [string, number];
  /** @python `server`. */
  readonly server: RequestServer;

  /**
   * @python `raw_requestline`.
   */
  rawRequestline: Uint8Array = new Uint8Array(0);
  /**
   * @python `requestline`.
   */
  requestline = '';
  /**
   * El método, o `null` si la línea no se pudo leer.
   *
   * @english The method, or `null` when the line could not be read.
   *
   * @python `command`.
   */
  command: string | null = null;
  /**
   * @python `path`.
   */
  path = '';
  /**
   * @python `request_version`.
   */
  requestVersion: string;
  /**
   * @python `headers`.
   */
  headers: RequestHeaders = new RequestHeaders();
  /**
   * Siempre cierra: una petición por conexión.
   *
   * @english Always closes: one request per connection.
   *
   * @python `close_connection`.
   */
  closeConnection = true;
  /**
   * La línea de estado enviada (sin `HTTP/1.0 `), o null si no se envió ninguna.
   *
   * @english The status line sent (without `HTTP/1.0 `), or null when none
   * was sent.
   */
  statusSent: string | null = null;
  /**
   * La cabecera de esta misma petición ya leída por el servidor con un
   * `RequestHeadReader` (estado `complete`), o null. Si está,
   * `parseRequest()` la toma en lugar de volver a analizar los bytes: el
   * resultado es el mismo, sin leer la petición dos veces.
   *
   * @english This same request's head as the server already read it with a
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
   * @english Prepares the handler; `handle()` (or `handleOneRequest()`)
   * runs it. Unlike Python, constructing does not handle the request.
   */
  constructor(
    request: Uint8Array | readonly Uint8Array[],
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
    this.sysVersion = server.softwareVersion ?? runtimeVersion();
    this.requestVersion = this.defaultRequestVersion;
  }

  /**
   * El flujo de errores y del registro.
   *
   * @english The stream for errors and the log.
   *
   * @python `sys.stderr` (y `get_stderr()`).
   */
  getStderr(): ErrorStream {
    return this.stderr;
  }

  /**
   * Lee la línea de petición ya guardada en `rawRequestline` y las
   * cabeceras. Devuelve `false` si la petición no sirve (y ya se envió el
   * error, salvo una línea vacía, que no recibe respuesta).
   *
   * @english Parses the request line stored in `rawRequestline` and reads
   * the headers. Returns `false` when the request is unusable (the error
   * was already sent, except for an empty line, which gets no answer).
   *
   * @python `parse_request()`.
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
   * Wins the bench's hello rows: the server's reader has parsed the head
   * already, and parsing it again cost 10 of a handler's 23 µs (in process,
   * 100 000 runs); http_server.test.ts proves both paths answer alike.
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
   * (`501` si no existe).
   *
   * @english Handles one request with the subclass's `do_METHOD` methods
   * (`501` when missing).
   *
   * @python `handle_one_request()`.
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

  /** @python `handle()`. */
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
   * registro.
   *
   * @english Sends a whole error response: status line and headers (except
   * to an HTTP/0.9 client) and the HTML page, and logs it.
   *
   * @python `send_error(code, message=None, explain=None)`.
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
   * cabeceras `Server` y `Date`.
   *
   * @english Logs the request and buffers the status line and the `Server`
   * and `Date` headers.
   *
   * @python `send_response(code, message=None)`.
   */
  sendResponse(code: number, message?: string): void {
    this.logRequest(code);
    this.sendResponseOnly(code, message);
    this.sendHeader('Server', this.versionString());
    this.sendHeader('Date', this.dateTimeString());
  }

  /**
   * Prepara solo la línea de estado.
   *
   * @english Buffers the status line only.
   *
   * @python `send_response_only`.
   */
  sendResponseOnly(code: number, message?: string): void {
    if (this.requestVersion === 'HTTP/0.9') return;
    const reason = message ?? this.responses[code]?.[0] ?? '';
    this.statusSent = `${code} ${reason}`;
    this.headersBuffer.push(encodeLatin1(`${this.protocolVersion} ${code} ${reason}\r\n`));
  }

  /** @python `send_header(keyword, value)`. */
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
   * Cierra el bloque de cabeceras y lo envía.
   *
   * @english Ends the header block and sends it.
   *
   * @python `end_headers()`.
   */
  endHeaders(): void {
    if (this.requestVersion !== 'HTTP/0.9') {
      this.headersBuffer.push(encodeLatin1('\r\n'));
      this.flushHeaders();
    }
  }

  /**
   * Envía lo preparado.
   *
   * @english Sends what was buffered.
   *
   * @python `flush_headers()`.
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
   * @english Writes the access log line: `"request line" code size`.
   *
   * @python `log_request(code='-', size='-')`.
   */
  logRequest(code: number | string = '-', size: number | string = '-'): void {
    this.logMessage('"%s" %s %s', this.requestline, String(code), String(size));
  }

  /** @python `log_error(format, *args)`. */
  logError(format: string, ...args: unknown[]): void {
    this.logMessage(format, ...args);
  }

  /**
   * Escribe en el registro `dirección - - [fecha] mensaje`, con los
   * caracteres de control del mensaje escapados (`\x1b`…).
   *
   * @english Writes `address - - [date] message` to the log, with control
   * characters in the message escaped (`\x1b`…).
   *
   * @python `log_message(format, *args)`.
   */
  logMessage(format: string, ...args: unknown[]): void {
    const message = escapeControlCharacters(percentFormat(format, args));
    this.getStderr().write(
      `${this.addressString()} - - [${this.logDateTimeString()}] ${message}\n`,
    );
  }

  /**
   * El valor de la cabecera `Server`.
   *
   * @english The `Server` header value.
   *
   * @python `version_string()`.
   */
  versionString(): string {
    return `${this.serverVersion} ${this.sysVersion}`;
  }

  /**
   * La fecha para la cabecera `Date`, en GMT con nombres en inglés.
   *
   * @english The date for the `Date` header, in GMT with English names.
   *
   * @python `date_time_string(timestamp=None)`.
   */
  dateTimeString(timestamp?: number): string {
    return timestamp === undefined ? currentHttpDate() : httpDate(timestamp, '0');
  }

  /**
   * La fecha local del registro, `30/Nov/2026 09:51:07`.
   *
   * @english The local date of the log, `30/Nov/2026 09:51:07`.
   *
   * @python `log_date_time_string()`.
   */
  logDateTimeString(): string {
    return currentLogDate();
  }

  /**
   * La dirección del cliente para el registro.
   *
   * @english The client's address for the log.
   *
   * @python `address_string()`.
   */
  addressString(): string {
    return this.clientAddress[0];
  }
}
