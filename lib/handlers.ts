/**
 * Clases gestoras base para servidores y pasarelas: reciben una petición
 * ya convertida en entorno WSGI, llaman a la aplicación y escriben la
 * respuesta HTTP (o CGI) en un flujo de salida.
 *
 * Los métodos de `BaseHandler` que se pueden sobrescribir son los de
 * Python, en camelCase (`send_preamble` es `sendPreamble`, `_write` sigue
 * siendo `_write`…).
 *
 * Este archivo funciona también en el navegador: no importa nada de
 * `node:` y solo toca `process` (con `globalThis`) en `readEnviron()` y
 * al construir un `CGIHandler` o un `IISCGIHandler`.
 *
 * @english Base handler classes for servers and gateways: they take a
 * request already turned into a WSGI environ, call the application and
 * write the HTTP (or CGI) response to an output stream.
 *
 * The overridable methods of `BaseHandler` are Python's, in camelCase
 * (`send_preamble` is `sendPreamble`, `_write` stays `_write`…).
 *
 * This file also works in the browser: it imports nothing from
 * `node:` and only touches `process` (through `globalThis`) in
 * `readEnviron()` and when a `CGIHandler` or an `IISCGIHandler` is
 * constructed.
 *
 * @python `wsgiref.handlers`.
 *
 * @module handlers
 */

import { Headers } from './headers';
import { encodeLatin1 } from './internal/latin1';
import { currentHttpDate, httpDate } from './internal/dates';
import { isClientDisconnect } from './internal/disconnect';
import { notImplementedError, WSGIAssertionError } from './internal/errors';
import { processStreams } from './internal/fd_streams';
import { fileWrapperFactory } from './internal/file_wrapper_factory';
import { copyEnviron, updateEnviron } from './internal/environ';
import { needsTranscode, transcode } from './internal/os_environ';
import { bilingual } from './internal/messages';
import { repr } from './internal/repr';
import { hasClose, lengthOf } from './internal/result';
import { nodeProcess, warnDeprecated } from './internal/runtime';
import { originPreamble } from './internal/preamble';
import { checkResponseHead } from './internal/start_response';
import { formatException } from './internal/traceback';
import type {
  ErrorStream,
  FileLike,
  HeaderPair,
  InputStream,
  OutputStream,
  ResponseIterable,
  StartResponse,
  WSGIApplication,
  WSGIEnvironment,
  WSGIVersion,
  WriteCallable,
} from './types';
import { FileWrapper, guessScheme } from './util';

/**
 * Da formato a una marca de tiempo como fecha HTTP: `Sun, 06 Nov 1994
 * 08:49:37 GMT`, con los nombres de días y meses siempre en inglés y en
 * UTC. Es el valor de la cabecera `Date` que añade `BaseHandler`. En
 * Python no está en `__all__`, pero es pública.
 *
 * @english Formats a timestamp as an HTTP date: `Sun, 06 Nov 1994
 * 08:49:37 GMT`, with day and month names always in English and in UTC.
 * It is the value of the `Date` header `BaseHandler` adds. In Python it
 * is not in `__all__`, but it is public.
 *
 * @python `wsgiref.handlers.format_date_time(timestamp)`. RFC 9110,
 * §5.6.7 (IMF-fixdate).
 *
 * @param timestamp - Segundos desde la época Unix (como `time.time()`).
 *
 * @english Seconds since the Unix epoch (like `time.time()`).
 *
 * @returns La fecha, p. ej. `'Mon, 05 Jun 2006 18:49:54 GMT'`.
 *
 * @english The date, e.g. `'Mon, 05 Jun 2006 18:49:54 GMT'`.
 *
 * @example
 * ```ts
 * formatDateTime(1149533394);        // 'Mon, 05 Jun 2006 18:49:54 GMT'
 * formatDateTime(Date.now() / 1000); // now
 * ```
 */
export function formatDateTime(timestamp: number): string {
  return httpDate(timestamp);
}

/**
 * Lee las variables de entorno del proceso y retorna un entorno WSGI en
 * el que las variables de la petición (`HTTP_*`, `SSL_*`, `PATH_INFO`,
 * `QUERY_STRING`… y sus `REDIRECT_*`) son cadenas nativas: cada byte
 * original, un carácter latin-1. Las variables CGI llegan como bytes y
 * se decodifican como latin-1.
 *
 * Sin `process` (en el navegador) retorna un objeto vacío. Diferencias
 * con Python: Node decodifica el entorno como UTF-8 y cambia las
 * secuencias no válidas por U+FFFD antes de que lo veamos, así que no hay
 * `surrogateescape`: un byte que no era UTF-8 válido no se recupera (queda
 * `ï¿½`, los bytes de U+FFFD). En Windows, la rama de «página de códigos
 * del sistema» solo conserva los caracteres latin-1 y cambia el resto por
 * `?` (JavaScript no sabe codificar a esa página).
 *
 * @english Reads the process's environment variables and returns a WSGI
 * environ in which the request variables (`HTTP_*`, `SSL_*`,
 * `PATH_INFO`, `QUERY_STRING`… and their `REDIRECT_*`) are native
 * strings: each original byte, one latin-1 character. CGI variables
 * arrive as bytes and are decoded as latin-1.
 *
 * Without `process` (in the browser) it returns an empty object.
 * Differences from Python: Node decodes the environment as UTF-8 and
 * replaces invalid sequences with U+FFFD before we see it, so there is no
 * `surrogateescape`: a byte that was not valid UTF-8 cannot be recovered
 * (it becomes `ï¿½`, the bytes of U+FFFD). On Windows, the "system code
 * page" branch keeps only latin-1 characters and replaces the rest with
 * `?` (JavaScript cannot encode to that code page).
 *
 * @python `wsgiref.handlers.read_environ()`. PEP 3333, *Unicode Issues*.
 *
 * @returns Un objeto nuevo con las variables del proceso.
 *
 * @english A new object with the process's variables.
 *
 * @example
 * ```ts
 * // process.env.PATH_INFO === '/año'
 * readEnviron().PATH_INFO; // '/aÃ±o' (UTF-8 bytes of 'ñ' as latin-1)
 * ```
 */
export function readEnviron(): WSGIEnvironment {
  const proc = nodeProcess();
  if (!proc) return {};
  const software = (proc.env.SERVER_SOFTWARE ?? '').toLowerCase();
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(proc.env)) {
    if (value === undefined) continue;
    entries.push([key, needsTranscode(key) ? transcode(value, proc.platform, software) : value]);
  }
  return Object.fromEntries(entries);
}

// Python reads os.environ once, when wsgiref.handlers is imported.
const IMPORT_TIME_ENVIRON: WSGIEnvironment = readEnviron();

// Python's class attributes, shared by every handler as there (errorOutput
// copies the header list): built once, not per handler. Wins bench:lib's
// "SimpleHandler run" row (an encode and two arrays less per run).
const ERROR_HEADERS: HeaderPair[] = [['Content-Type', 'text/plain']];
const ERROR_BODY = encodeLatin1('A server error occurred.  Please contact the administrator.');

/**
 * Python's `protocol.upper() == 'HTTP/0.9'`, remembering the answer for the
 * last protocol string: every response asks it twice (sendHeaders and
 * sendPreamble), always of the same one or two strings, and toUpperCase
 * makes a new string to compare each time. Wins bench:lib's "SimpleHandler
 * run" row.
 */
let lastProtocol: string | null = null;
let lastIsHttp09 = false;

function isHttp09(protocol: string): boolean {
  // Anything but a string answers for itself, as in Python.
  if (typeof protocol !== 'string') return (protocol as string).toUpperCase() === 'HTTP/0.9';
  if (protocol !== lastProtocol) {
    lastIsHttp09 = protocol.toUpperCase() === 'HTTP/0.9';
    lastProtocol = protocol;
  }
  return lastIsHttp09;
}

/**
 * La clase con la que un gestor envuelve las cabeceras de la respuesta:
 * `Headers` o una subclase suya.
 *
 * @english The class a handler wraps the response headers in: `Headers`
 * or a subclass of it.
 *
 * @python `BaseHandler.headers_class` ("must be a Headers-like class").
 *
 * @example
 * ```ts
 * class CabecerasRegistradas extends Headers {}
 * const clase: HeadersClass = CabecerasRegistradas;
 * ```
 */
export type HeadersClass = new (headers: HeaderPair[]) => Headers;

/**
 * La clase del envoltorio de archivo que un gestor ofrece como
 * `wsgi.file_wrapper`: se construye con un objeto parecido a un archivo y
 * un tamaño de bloque, y se recorre como un iterable de bytes. Por
 * defecto, `FileWrapper`.
 *
 * @english The file wrapper class a handler offers as
 * `wsgi.file_wrapper`: it is built from a file-like object and a block
 * size, and iterated as an iterable of bytes. `FileWrapper` by default.
 *
 * @python `BaseHandler.wsgi_file_wrapper` (`wsgiref.util.FileWrapper`).
 * PEP 3333, *Optional Platform-Specific File Handling*.
 *
 * @example
 * ```ts
 * const clase: FileWrapperClass = FileWrapper;
 * ```
 */
export type FileWrapperClass = new (filelike: FileLike, blksize?: number) => Iterable<Uint8Array>;

/**
 * La plantilla de un gestor WSGI: ejecuta una aplicación para una petición
 * y escribe la respuesta. No sabe leer ni escribir: las subclases
 * completan `_write`, `_flush`, `getStdin`, `getStderr` y `addCgiVars`
 * (aquí lanzan `NotImplementedError`). Todo lo demás se puede
 * sobrescribir para cambiar una parte del proceso.
 *
 * Los atributos de clase de Python son aquí propiedades de instancia con
 * el mismo valor por defecto; una subclase los cambia declarándolos de
 * nuevo (`override originServer = false`) o el código los asigna en una
 * instancia.
 *
 * El flujo, como en Python: `run(app)` prepara el entorno
 * (`setupEnviron`), llama a la aplicación con `startResponse`, y
 * `finishResponse` escribe cada bloque (`write`), termina
 * (`finishContent`) y cierra (`close`). Las cabeceras salen con la primera
 * llamada a `write`, aunque el bloque esté vacío: `wsgiref` se adelanta así
 * a PEP 3333, que pide esperar al primer bloque no vacío (*The
 * start_response() Callable*). Un error antes de enviarlas produce una respuesta 500; después, la
 * respuesta se corta. Que el cliente se vaya (`ECONNABORTED`, `EPIPE`,
 * `ECONNRESET`) se ignora.
 *
 * @english The template of a WSGI handler: it runs an application for
 * one request and writes the response. It cannot read or write by
 * itself: subclasses fill in `_write`, `_flush`, `getStdin`, `getStderr`
 * and `addCgiVars` (here they throw `NotImplementedError`). Everything
 * else can be overridden to change one part of the process.
 *
 * Python's class attributes are instance properties here, with
 * the same defaults; a subclass changes them by declaring them again
 * (`override originServer = false`), or code assigns them on an instance.
 *
 * The flow, as in Python: `run(app)` prepares the environ
 * (`setupEnviron`), calls the application with `startResponse`, and
 * `finishResponse` writes each block (`write`), finishes
 * (`finishContent`) and closes (`close`). The headers go out on the first
 * `write` call, even with an empty block: `wsgiref` is thus ahead of
 * PEP 3333, which asks to wait for the first non-empty block (*The
 * start_response() Callable*). An error before they are sent produces a 500 response; after that, the
 * response is cut short. A client going away (`ECONNABORTED`, `EPIPE`,
 * `ECONNRESET`) is ignored.
 *
 * @python `wsgiref.handlers.BaseHandler`.
 *
 * @example
 * ```ts
 * class MemoryHandler extends BaseHandler {
 *   output: Uint8Array[] = [];
 *   override _write(data: Uint8Array) { this.output.push(data); }
 *   override _flush() {}
 *   override getStdin() { return new BytesIO(); }
 *   override getStderr() { return new StringIO(); }
 *   override addCgiVars() { Object.assign(this.environ!, { SERVER_PROTOCOL: 'HTTP/1.0' }); }
 * }
 * new MemoryHandler().run((environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [new TextEncoder().encode('hola')];
 * });
 * ```
 */
export class BaseHandler {
  /** @python `wsgi_version = (1, 0)`. */
  wsgiVersion: WSGIVersion = [1, 0];
  /** @python `wsgi_multithread = True`. */
  wsgiMultithread = true;
  /** @python `wsgi_multiprocess = True`. */
  wsgiMultiprocess = true;
  /** @python `wsgi_run_once = False`. */
  wsgiRunOnce = false;
  /**
   * `true`: se habla directamente con el cliente (línea de estado HTTP,
   * `Date`, `Server`); `false`: salida CGI (`Status:`).
   *
   * @english `true`: talks to the client directly (HTTP status line,
   * `Date`, `Server`); `false`: CGI output (`Status:`).
   *
   * @python `origin_server = True`.
   */
  originServer = true;
  /**
   * La versión de HTTP de la línea de estado.
   *
   * @english The HTTP version of the status line.
   *
   * @python `http_version = "1.0"`.
   */
  httpVersion = '1.0';
  /**
   * Valor de `Server` y de `SERVER_SOFTWARE`, si hay.
   *
   * @english The value of `Server` and `SERVER_SOFTWARE`, if any.
   *
   * @python `server_software = None`.
   */
  serverSoftware: string | null = null;
  /**
   * El entorno base de cada petición. Por defecto, el del proceso tal como
   * estaba al cargar este módulo (`readEnviron()`; vacío en el navegador),
   * compartido por todas las instancias.
   *
   * @english The base environ of every request. By default, the process
   * environment as it was when this module was loaded (`readEnviron()`;
   * empty in the browser), shared by all instances.
   *
   * @python `os_environ`.
   */
  osEnviron: WSGIEnvironment = IMPORT_TIME_ENVIRON;
  /**
   * La clase de `wsgi.file_wrapper` (`null` para no ofrecerla). En el
   * entorno se pone una función que crea instancias de esta clase (PEP 3333
   * la llama sin `new`).
   *
   * @english The class of `wsgi.file_wrapper` (`null` to offer none). The
   * environ gets a function that creates instances of this class (the
   * PEP calls it without `new`).
   *
   * @python `wsgi_file_wrapper = FileWrapper`.
   */
  wsgiFileWrapper: FileWrapperClass | null = FileWrapper as unknown as FileWrapperClass;
  /** @python `headers_class = Headers`. */
  headersClass: HeadersClass = Headers;
  /**
   * Cuántos marcos de la traza de error escribe `logException` (`null`:
   * todos).
   *
   * @english How many frames of the error traceback `logException` writes
   * (`null`: all of them).
   *
   * @python `traceback_limit = None`.
   */
  tracebackLimit: number | null = null;
  /** @python `error_status = "500 Internal Server Error"`. */
  errorStatus = '500 Internal Server Error';
  /** @python `error_headers = [('Content-Type', 'text/plain')]`. */
  errorHeaders: HeaderPair[] = ERROR_HEADERS;
  /** @python `error_body = b"A server error occurred.  Please contact the administrator."`. */
  errorBody: Uint8Array = ERROR_BODY;

  /** @python `status`. */
  status: string | null = null;
  /**
   * Lo que devolvió la aplicación, o `null`.
   *
   * @english What the application returned, or `null`.
   *
   * @python `result`.
   */
  result: ResponseIterable | null = null;
  /** @python `headers_sent`. */
  headersSent = false;
  /** @python `headers`. */
  headers: Headers | null = null;
  /**
   * Bytes del cuerpo (sin las cabeceras) enviados hasta ahora.
   *
   * @english Body bytes (not the headers) sent so far.
   *
   * @python `bytes_sent`.
   */
  bytesSent = 0;
  /** @python `environ`. */
  environ: WSGIEnvironment | null = null;

  /**
   * Ejecuta `application` para la petición actual y envía su respuesta.
   * Si el cliente se fue, termina sin más; cualquier otro error pasa a
   * `handleError`, y si este también falla, se cierra todo y se relanza.
   *
   * @english Runs `application` for the current request and sends its
   * response. If the client went away, it just stops; any other error goes
   * to `handleError`, and if that fails too, everything is closed and the
   * error is rethrown.
   *
   * @python `BaseHandler.run(application)`.
   *
   * @example
   * ```ts
   * new SimpleHandler(new BytesIO(), out, new StringIO(), environ).run(app);
   * ```
   */
  run(application: WSGIApplication): void {
    try {
      this.setupEnviron();
      this.result = application(this.environ as WSGIEnvironment, this.startResponse.bind(this));
      this.finishResponse();
    } catch (error) {
      // The client closing the connection abruptly is expected from time to time.
      if (isClientDisconnect(error)) return;
      try {
        this.handleError(error);
      } catch (secondError) {
        this.close();
        throw secondError;
      }
    }
  }

  /**
   * Prepara `this.environ`: una copia de `osEnviron`, las variables CGI de
   * `addCgiVars()` y las claves `wsgi.*`; con `originServer` y
   * `serverSoftware`, también `SERVER_SOFTWARE` si falta.
   *
   * @english Prepares `this.environ`: a copy of `osEnviron`, the CGI
   * variables from `addCgiVars()` and the `wsgi.*` keys; with
   * `originServer` and `serverSoftware`, also `SERVER_SOFTWARE` when
   * missing.
   *
   * @python `BaseHandler.setup_environ()`. PEP 3333, *environ Variables*.
   *
   * @example
   * ```ts
   * const gestor = new SimpleHandler(new BytesIO(), new BytesIO(), new StringIO(), {});
   * gestor.setupEnviron();
   * gestor.environ!['wsgi.url_scheme']; // 'http'
   * ```
   */
  setupEnviron(): void {
    const env: WSGIEnvironment = (this.environ = copyEnviron(this.osEnviron));
    this.addCgiVars();
    env['wsgi.input'] = this.getStdin();
    env['wsgi.errors'] = this.getStderr();
    env['wsgi.version'] = this.wsgiVersion;
    env['wsgi.run_once'] = this.wsgiRunOnce;
    env['wsgi.url_scheme'] = this.getScheme();
    env['wsgi.multithread'] = this.wsgiMultithread;
    env['wsgi.multiprocess'] = this.wsgiMultiprocess;
    if (this.wsgiFileWrapper !== null) {
      env['wsgi.file_wrapper'] = fileWrapperFactory(this.wsgiFileWrapper);
    }
    if (this.originServer && this.serverSoftware && !Object.hasOwn(env, 'SERVER_SOFTWARE')) {
      env.SERVER_SOFTWARE = this.serverSoftware;
    }
  }

  /**
   * Envía el cuerpo (cada bloque de `result`, o `sendfile()` si es un
   * envoltorio de archivo) y termina con `finishContent()`. Si todo va
   * bien llama a `close()`; si falla, cierra solo el resultado y relanza
   * el error, para que `handleError` aún vea el estado del gestor.
   *
   * @english Sends the body (each block of `result`, or `sendfile()` if it
   * is a file wrapper) and finishes with `finishContent()`. If all goes
   * well it calls `close()`; if it fails, it closes only the result and
   * rethrows, so that `handleError` still sees the handler's state.
   *
   * @python `BaseHandler.finish_response()` (bpo-29183).
   */
  finishResponse(): void {
    try {
      if (!this.resultIsFile() || !this.sendfile()) {
        for (const data of this.result as ResponseIterable) this.write(data);
        this.finishContent();
      }
    } catch (error) {
      if (hasClose(this.result)) this.result.close();
      throw error;
    }
    this.close();
  }

  /**
   * El esquema de la URL, `'http'` o `'https'`, para `wsgi.url_scheme`,
   * según `guessScheme`.
   *
   * @english The URL scheme, `'http'` or `'https'`, for
   * `wsgi.url_scheme`, as `guessScheme` finds it.
   *
   * @python `BaseHandler.get_scheme()`.
   *
   * @example
   * ```ts
   * class SiempreHttps extends SimpleHandler {
   *   override getScheme() { return 'https'; }
   * }
   * ```
   */
  getScheme(): string {
    return guessScheme(this.environ as WSGIEnvironment);
  }

  /**
   * Pone `Content-Length` si el resultado tiene exactamente un bloque (su
   * `length`, como `len()` en Python, es 1): ese bloque ya se está
   * enviando y su tamaño es el del cuerpo. Si no, no pone nada (tampoco
   * codificación *chunked*).
   *
   * @english Sets `Content-Length` when the result has exactly one block
   * (its `length`, like `len()` in Python, is 1): that block is already
   * being sent and its size is the body's. Otherwise it sets nothing (and
   * no *chunked* encoding either).
   *
   * @python `BaseHandler.set_content_length()`. PEP 3333, *Handling the
   * Content-Length Header*.
   */
  setContentLength(): void {
    if (lengthOf(this.result) === 1) {
      (this.headers as Headers).set('Content-Length', String(this.bytesSent));
    }
  }

  /**
   * Ajusta las cabeceras antes de enviarlas: si la aplicación no puso
   * `Content-Length`, intenta calcularla.
   *
   * @english Adjusts the headers before they are sent: if the application
   * did not set `Content-Length`, it tries to compute it.
   *
   * @python `BaseHandler.cleanup_headers()`.
   *
   * @example
   * ```ts
   * class ConCabeceraExtra extends SimpleHandler {
   *   override cleanupHeaders() {
   *     super.cleanupHeaders();
   *     this.headers!.setDefault('X-Servido-Por', 'wsgiref-ts');
   *   }
   * }
   * ```
   */
  cleanupHeaders(): void {
    if (!(this.headers as Headers).has('Content-Length')) this.setContentLength();
  }

  /**
   * El `start_response` que recibe la aplicación: guarda el estado y las
   * cabeceras (no envía nada aún) y retorna `write`.
   *
   * Comprueba, en este orden:
   * - con `excInfo` (el error capturado) y las cabeceras ya enviadas,
   *   relanza `excInfo`; sin `excInfo`, una segunda llamada es un error;
   * - las cabeceras, con `headersClass` (cadenas sin caracteres de control);
   * - el estado: una cadena sin caracteres de control, de 4 caracteres o
   *   más, con 3 cifras y un espacio en la posición 3;
   * - ninguna cabecera *hop-by-hop* (`Connection`, `Transfer-Encoding`…);
   * - estado, nombres y valores en latin-1 (Python lo descubre más tarde,
   *   al codificar, y corta la respuesta; aquí se rechaza antes, con un 500).
   *
   * @english The `start_response` the application receives: it stores the
   * status and headers (sends nothing yet) and returns `write`.
   *
   * It checks, in this order:
   * - with `excInfo` (the caught error) and the headers already sent, it
   *   rethrows `excInfo`; without `excInfo`, a second call is an error;
   * - the headers, with `headersClass` (strings without control characters);
   * - the status: a string without control characters, 4 characters or
   *   longer, with 3 digits and a space at position 3;
   * - no *hop-by-hop* header (`Connection`, `Transfer-Encoding`…);
   * - status, names and values in latin-1 (Python finds out later, while
   *   encoding, and cuts the response short; here it is rejected earlier,
   *   with a 500).
   *
   * @python `BaseHandler.start_response(status, headers, exc_info=None)`
   * (3.14). PEP 3333, *The start_response() Callable*.
   *
   * @param status - P. ej. `'200 OK'`.
   *
   * @english E.g. `'200 OK'`.
   *
   * @param headers - Pares `[nombre, valor]`; el array se comparte con `this.headers`.
   *
   * @english `[name, value]` pairs; the array is shared with `this.headers`.
   *
   * @param excInfo - El error capturado, cuando se llama desde un `catch`.
   *
   * @english The caught error, when called from a `catch`.
   *
   * @returns La función `write` (desaconsejada; mejor devolver el cuerpo).
   *
   * @english The `write` function (discouraged; better return the body).
   *
   * @throws WSGIAssertionError o `Error` (caracteres de control) si algo no vale.
   *
   * @english WSGIAssertionError, or `Error` (control characters), if
   * something is invalid.
   *
   * @example
   * ```ts
   * const app: WSGIApplication = (environ, startResponse) => {
   *   try {
   *     throw new Error('fallo');
   *   } catch (error) {
   *     startResponse('500 Internal Server Error', [['Content-Type', 'text/plain']], error);
   *     return [new TextEncoder().encode('lo sentimos')];
   *   }
   * };
   * ```
   */
  startResponse(status: string, headers: HeaderPair[], excInfo?: unknown): WriteCallable {
    if (excInfo !== undefined && excInfo !== null) {
      if (this.headersSent) throw excInfo;
    } else if (this.headers !== null) {
      throw new WSGIAssertionError(
        bilingual('¡Las cabeceras ya se habían fijado!', 'Headers already set!'),
      );
    }
    this.status = status;
    this.headers = new this.headersClass(headers);
    checkResponseHead(status, headers);
    return (data: Uint8Array) => this.write(data);
  }

  /**
   * Escribe el principio de la respuesta con `_write`: como servidor de
   * origen, la línea `HTTP/<versión> <estado>`, `Date` y `Server` si
   * faltan (nada si el cliente es HTTP/0.9); como CGI, `Status: <estado>`.
   * Todo en latin-1 y en una sola llamada a `_write` (Python hace una por
   * línea; los bytes son los mismos).
   *
   * @english Writes the start of the response with `_write`: as an origin
   * server, the `HTTP/<version> <status>` line, plus `Date` and `Server`
   * when missing (nothing if the client speaks HTTP/0.9); as CGI,
   * `Status: <status>`. All in latin-1 and in a single `_write` call
   * (Python makes one per line; the bytes are the same).
   *
   * @python `BaseHandler.send_preamble()`.
   *
   * @example
   * ```ts
   * // SimpleHandler with serverSoftware = 'Demo/1.0':
   * // HTTP/1.0 200 OK\r\nDate: Mon, 05 Jun 2006 18:49:54 GMT\r\nServer: Demo/1.0\r\n
   * ```
   */
  sendPreamble(): void {
    const headers = this.headers as Headers;
    if (this.originServer) {
      if (this.clientIsModern()) {
        // Python writes these lines one by one; the bytes are the same in
        // one write, and each write costs a stream call.
        const date = headers.has('Date') ? null : currentHttpDate();
        const server = this.serverSoftware && !headers.has('Server') ? this.serverSoftware : null;
        this._write(originPreamble(this.httpVersion, this.status as string, date, server));
      }
    } else {
      this._write(encodeLatin1(`Status: ${this.status}\r\n`));
    }
  }

  /**
   * El `write` que retorna `startResponse`: envía las cabeceras antes del
   * primer bloque, luego escribe `data` y vacía la salida, cada vez.
   *
   * @english The `write` that `startResponse` returns: it sends the
   * headers before the first block, then writes `data` and flushes the
   * output, every time.
   *
   * @python `BaseHandler.write(data)`. PEP 3333, *The write() Callable*.
   *
   * @param data - Solo `Uint8Array` (las cadenas no valen: `bytes` en Python).
   *
   * @english Only `Uint8Array` (strings are not accepted: `bytes` in Python).
   *
   * @throws WSGIAssertionError si `data` no es un `Uint8Array` o aún no se
   *   llamó a `startResponse`.
   *
   * @english WSGIAssertionError if `data` is not a `Uint8Array` or
   * `startResponse` has not been called yet.
   *
   * @example
   * ```ts
   * const app: WSGIApplication = (environ, startResponse) => {
   *   const write = startResponse('200 OK', [['Content-Type', 'text/plain']]);
   *   write(new TextEncoder().encode('first, '));
   *   return [new TextEncoder().encode('then')];
   * };
   * ```
   */
  write(data: Uint8Array): void {
    if (!(data instanceof Uint8Array)) {
      throw new WSGIAssertionError(
        bilingual(
          `El argumento de write() debe ser un Uint8Array (se recibió ${repr(data)}).`,
          'write() argument must be a bytes instance',
        ),
      );
    }
    if (!this.status) {
      throw new WSGIAssertionError(
        bilingual('write() antes de start_response().', 'write() before start_response()'),
      );
    } else if (!this.headersSent) {
      // The first block tells how long a one-block body is.
      this.bytesSent = data.length;
      this.sendHeaders();
    } else {
      this.bytesSent += data.length;
    }
    this._write(data);
    this._flush();
  }

  /**
   * Envío de archivos propio de la plataforma: una subclase puede
   * sobrescribirlo para mandar un `wsgi.file_wrapper` de forma más
   * eficiente y devolver `true`. Por defecto, `false` (se recorre como
   * cualquier iterable). Si va a enviar, debe llamar antes a
   * `sendHeaders()` cuando `headersSent` sea `false`.
   *
   * @english Platform-specific file sending: a subclass may override it
   * to send a `wsgi.file_wrapper` more efficiently and return `true`. By
   * default, `false` (it is iterated like any other iterable). Before
   * sending, it must call `sendHeaders()` when `headersSent` is `false`.
   *
   * @python `BaseHandler.sendfile()`. PEP 3333, *Optional
   * Platform-Specific File Handling*.
   */
  sendfile(): boolean {
    return false;
  }

  /**
   * Se asegura de que se enviaron cabeceras y cuerpo: sin ningún bloque,
   * envía las cabeceras con `Content-Length: 0` salvo que la aplicación
   * pusiera otro valor (una respuesta a HEAD).
   *
   * @english Makes sure headers and body were sent: with no block at all,
   * it sends the headers with `Content-Length: 0` unless the application
   * set another value (a response to HEAD).
   *
   * @python `BaseHandler.finish_content()` (bpo-3839).
   *
   * @example
   * ```ts
   * // startResponse('200 OK', [['Content-Length', '12345']]); return [];
   * // => Status: 200 OK\r\nContent-Length: 12345\r\n\r\n
   * ```
   */
  finishContent(): void {
    if (!this.headersSent) {
      (this.headers as Headers).setDefault('Content-Length', '0');
      this.sendHeaders();
    }
  }

  /**
   * Cierra el resultado (si tiene `close()`) y deja el gestor listo para
   * otra petición: `result`, `headers`, `status` y `environ` a `null`,
   * `bytesSent` a 0, `headersSent` a `false`. El servidor llama a
   * `close()` del iterable al terminar la petición.
   *
   * @english Closes the result (if it has `close()`) and leaves the
   * handler ready for another request: `result`, `headers`, `status` and
   * `environ` set to `null`, `bytesSent` to 0, `headersSent` to `false`.
   * The server calls the iterable's `close()` when the request ends.
   *
   * @python `BaseHandler.close()`. PEP 3333, *Specification Details*.
   *
   * @example
   * ```ts
   * class ConRegistro extends SimpleHandler {
   *   override close() { console.log('fin', this.status); super.close(); }
   * }
   * ```
   */
  close(): void {
    try {
      if (hasClose(this.result)) this.result.close();
    } finally {
      this.result = null;
      this.headers = null;
      this.status = null;
      this.environ = null;
      this.bytesSent = 0;
      this.headersSent = false;
    }
  }

  /**
   * Envía las cabeceras: `cleanupHeaders()`, marca `headersSent` y, salvo
   * a un cliente HTTP/0.9, escribe el preámbulo y el bloque de cabeceras.
   *
   * @english Sends the headers: `cleanupHeaders()`, sets `headersSent`
   * and, except for an HTTP/0.9 client, writes the preamble and the header
   * block.
   *
   * @python `BaseHandler.send_headers()`.
   */
  sendHeaders(): void {
    this.cleanupHeaders();
    this.headersSent = true;
    if (!this.originServer || this.clientIsModern()) {
      this.sendPreamble();
      this._write((this.headers as Headers).toBytes());
    }
  }

  /**
   * `true` si `result` es una instancia de `wsgiFileWrapper`.
   *
   * @english `true` if `result` is an instance of `wsgiFileWrapper`.
   *
   * @python `BaseHandler.result_is_file()`.
   *
   * @example
   * ```ts
   * // return [new environ['wsgi.file_wrapper'](file)]  -> false
   * // return environ['wsgi.file_wrapper'](file)        -> true
   * ```
   */
  resultIsFile(): boolean {
    const wrapper = this.wsgiFileWrapper;
    return wrapper !== null && this.result instanceof wrapper;
  }

  /**
   * `true` si el cliente entiende estado y cabeceras: su
   * `SERVER_PROTOCOL` no es `HTTP/0.9`.
   *
   * @english `true` if the client understands status and headers: its
   * `SERVER_PROTOCOL` is not `HTTP/0.9`.
   *
   * @python `BaseHandler.client_is_modern()`.
   */
  clientIsModern(): boolean {
    return !isHttp09((this.environ as WSGIEnvironment).SERVER_PROTOCOL as string);
  }

  /**
   * Escribe la traza del error en `getStderr()` y la vacía. Es
   * `error.stack` (JavaScript: primero la línea `Nombre: mensaje`, luego
   * los marcos de dentro a fuera; Python imprime `Traceback…` y el mensaje
   * al final), recortada a `tracebackLimit` marcos si no es `null`. Si
   * el error tiene `cause`, esa traza va antes, seguida de la frase de
   * Python «The above exception was the direct cause…». Recibe el error
   * en lugar del `exc_info` de Python.
   *
   * @english Writes the error's traceback to `getStderr()` and flushes
   * it. It is `error.stack` (JavaScript: first the `Name: message` line,
   * then the frames from the inside out; Python prints `Traceback…` and
   * the message last), cut to `tracebackLimit` frames unless it is `null`.
   * If the error has a `cause`, that traceback comes first, followed by
   * Python's sentence "The above exception was the direct cause…". It
   * takes the error instead of Python's `exc_info`.
   *
   * @python `BaseHandler.log_exception(exc_info)`.
   *
   * @example
   * ```ts
   * class SinTrazas extends SimpleHandler {
   *   override logException(error: unknown) {
   *     this.getStderr().write(`error: ${String(error)}\n`);
   *   }
   * }
   * ```
   */
  logException(excInfo: unknown): void {
    const stderr = this.getStderr();
    stderr.write(formatException(excInfo, this.tracebackLimit));
    stderr.flush();
  }

  /**
   * Registra el error y, si aún no se enviaron cabeceras, responde con
   * `errorOutput` (un 500). Si ya se enviaron, no hay arreglo: la
   * respuesta queda cortada. Python toma el error de `sys.exc_info()`;
   * aquí llega como argumento.
   *
   * @english Logs the error and, if no headers were sent yet, responds
   * with `errorOutput` (a 500). If they were already sent there is no
   * fix: the response is left cut short. Python takes the error from
   * `sys.exc_info()`; here it comes as an argument.
   *
   * @python `BaseHandler.handle_error()`.
   *
   * @example
   * ```ts
   * class RaisingHandler extends SimpleHandler {
   *   override handleError(error: unknown) { throw error; } // CPython's test_wsgiref TestHandler
   * }
   * ```
   */
  handleError(error: unknown): void {
    this.logException(error);
    if (!this.headersSent) {
      this.result = this.errorOutput(this.environ as WSGIEnvironment, this.startResponse.bind(this), error);
      this.finishResponse();
    }
  }

  /**
   * Una mini-aplicación WSGI que genera la respuesta de error con
   * `errorStatus`, `errorHeaders` y `errorBody`. Se puede sobrescribir
   * para dar otra página; por seguridad, no muestra diagnósticos. Python
   * pasa `sys.exc_info()` a `start_response`; aquí ese error llega como
   * tercer argumento.
   *
   * @english A mini WSGI application that produces the error response
   * from `errorStatus`, `errorHeaders` and `errorBody`. It can be
   * overridden to serve another page; for safety, it shows no
   * diagnostics. Python passes `sys.exc_info()` to `start_response`; here
   * that error comes as the third argument.
   *
   * @python `BaseHandler.error_output(environ, start_response)`.
   *
   * @example
   * ```ts
   * class CustomErrorHandler extends SimpleHandler {
   *   override errorBody = new TextEncoder().encode('Server error.');
   *   override errorHeaders: [string, string][] = [['Content-Type', 'text/plain; charset=utf-8']];
   * }
   * ```
   */
  errorOutput(
    environ: WSGIEnvironment,
    startResponse: StartResponse,
    excInfo?: unknown,
  ): ResponseIterable {
    startResponse(
      this.errorStatus,
      this.errorHeaders.map(([name, value]): HeaderPair => [name, value]),
      excInfo ?? new Error(String(excInfo)),
    );
    return [this.errorBody];
  }

  /**
   * Escribe bytes hacia el cliente (puede guardarlos en un búfer). Hay que
   * sobrescribirlo.
   *
   * @english Writes bytes to the client (it may buffer them). Must be
   * overridden.
   *
   * @python `BaseHandler._write(data)`.
   */
  _write(data: Uint8Array): void {
    void data;
    throw notImplementedError('_write');
  }

  /**
   * Fuerza el envío de lo escrito con `_write` (puede no hacer nada). Hay
   * que sobrescribirlo.
   *
   * @english Forces out what was written with `_write` (it may do
   * nothing). Must be overridden.
   *
   * @python `BaseHandler._flush()`.
   */
  _flush(): void {
    throw notImplementedError('_flush');
  }

  /**
   * Devuelve el flujo para `wsgi.input`. Hay que sobrescribirlo.
   *
   * @english Returns the stream for `wsgi.input`. Must be overridden.
   *
   * @python `BaseHandler.get_stdin()`.
   */
  getStdin(): InputStream {
    throw notImplementedError('getStdin');
  }

  /**
   * Devuelve el flujo para `wsgi.errors` (y las trazas). Hay que
   * sobrescribirlo.
   *
   * @english Returns the stream for `wsgi.errors` (and tracebacks). Must
   * be overridden.
   *
   * @python `BaseHandler.get_stderr()`.
   */
  getStderr(): ErrorStream {
    throw notImplementedError('getStderr');
  }

  /**
   * Añade las variables CGI de la petición a `this.environ`. Hay que
   * sobrescribirlo.
   *
   * @english Adds the request's CGI variables to `this.environ`. Must be
   * overridden.
   *
   * @python `BaseHandler.add_cgi_vars()`.
   */
  addCgiVars(): void {
    throw notImplementedError('addCgiVars');
  }
}

/**
 * Un gestor que recibe sus flujos y su entorno en el constructor y envía
 * la respuesta completa como servidor de origen HTTP/1.0. Es la base del
 * servidor de `simple_server` y la forma más sencilla de ejecutar una
 * aplicación en memoria.
 *
 * `stdout.write` puede devolver cuántos bytes aceptó: si son menos que
 * todos, se avisa (`DeprecationWarning`, como en Python) y se escribe el
 * resto hasta terminar.
 *
 * @english A handler that receives its streams and environ in the
 * constructor and sends the whole response as an HTTP/1.0 origin server.
 * It is the base of the `simple_server` server and the simplest way to
 * run an application in memory.
 *
 * `stdout.write` may return how many bytes it accepted: if fewer
 * than all, a warning is issued (`DeprecationWarning`, as in Python) and
 * the rest is written until done.
 *
 * @python `wsgiref.handlers.SimpleHandler(stdin, stdout, stderr, environ,
 * multithread=True, multiprocess=False)`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * const environ = { SERVER_PROTOCOL: 'HTTP/1.0' };
 * setupTestingDefaults(environ);
 * new SimpleHandler(new BytesIO(), out, new StringIO(), environ).run((env, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [new TextEncoder().encode('hola')];
 * });
 * new TextDecoder().decode(out.getvalue());
 * // 'HTTP/1.0 200 OK\r\nDate: …\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nhola'
 * ```
 */
export class SimpleHandler extends BaseHandler {
  /** `wsgi.input`. @python `stdin`. */
  stdin: InputStream;
  /**
   * Adonde va la respuesta.
   *
   * @english Where the response goes.
   *
   * @python `stdout`.
   */
  stdout: OutputStream;
  /** `wsgi.errors`. @python `stderr`. */
  stderr: ErrorStream;
  /**
   * Las variables CGI que se copian al entorno.
   *
   * @english The CGI variables copied into the environ.
   *
   * @python `base_env`.
   */
  baseEnv: WSGIEnvironment;

  /**
   * @param stdin - El cuerpo de la petición (`wsgi.input`).
   *
   * @english The request body (`wsgi.input`).
   *
   * @param stdout - Donde se escribe la respuesta.
   *
   * @english Where the response is written.
   *
   * @param stderr - `wsgi.errors` y las trazas de error.
   *
   * @english `wsgi.errors` and error tracebacks.
   *
   * @param environ - Las variables CGI de la petición.
   *
   * @english The request's CGI variables.
   *
   * @param multithread - `wsgi.multithread` (por defecto `true`).
   *
   * @english `wsgi.multithread` (`true` by default).
   *
   * @param multiprocess - `wsgi.multiprocess` (por defecto `false`).
   *
   * @english `wsgi.multiprocess` (`false` by default).
   */
  constructor(
    stdin: InputStream,
    stdout: OutputStream,
    stderr: ErrorStream,
    environ: WSGIEnvironment,
    multithread = true,
    multiprocess = false,
  ) {
    super();
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.baseEnv = environ;
    this.wsgiMultithread = multithread;
    this.wsgiMultiprocess = multiprocess;
  }

  /** @python `SimpleHandler.get_stdin()`. */
  override getStdin(): InputStream {
    return this.stdin;
  }

  /** @python `SimpleHandler.get_stderr()`. */
  override getStderr(): ErrorStream {
    return this.stderr;
  }

  /**
   * Copia `baseEnv` en el entorno.
   *
   * @english Copies `baseEnv` into the environ.
   *
   * @python `SimpleHandler.add_cgi_vars()`.
   */
  override addCgiVars(): void {
    updateEnviron(this.environ as WSGIEnvironment, this.baseEnv);
  }

  /**
   * Escribe todo `data` en `stdout`, aunque tome varias llamadas.
   *
   * @english Writes all of `data` to `stdout`, even if it takes several
   * calls.
   *
   * @python `SimpleHandler._write`.
   */
  override _write(data: Uint8Array): void {
    let written = this.stdout.write(data);
    if (written === null || written === undefined || written === data.length) return;
    warnDeprecated(
      bilingual(
        'SimpleHandler.stdout.write() no debería hacer escrituras parciales.',
        'SimpleHandler.stdout.write() should not do partial writes',
      ),
    );
    let rest = data;
    // Python would slice with None and rewrite everything; here "no
    // count" means the stream took the rest.
    while (typeof written === 'number') {
      rest = rest.subarray(written);
      if (rest.length === 0) break;
      written = this.stdout.write(rest);
    }
  }

  /** @python `SimpleHandler._flush()`. */
  override _flush(): void {
    this.stdout.flush?.();
  }
}

/**
 * Un gestor para protocolos de tipo CGI (FastCGI, SCGI…) con flujos y un
 * entorno propios: igual que `SimpleHandler`, pero escribe la respuesta
 * como CGI (`Status: 200 OK` en lugar de la línea de estado HTTP), porque
 * `originServer` es `false`.
 *
 * @english A handler for CGI-like protocols (FastCGI, SCGI…) with their
 * own streams and environ: the same as `SimpleHandler`, but it writes the
 * response as CGI (`Status: 200 OK` instead of the HTTP status line),
 * because `originServer` is `false`.
 *
 * @python `wsgiref.handlers.BaseCGIHandler`.
 *
 * @example
 * ```ts
 * const out = new BytesIO();
 * new BaseCGIHandler(new BytesIO(), out, new StringIO(), { SERVER_PROTOCOL: 'HTTP/1.0' }).run(
 *   (environ, startResponse) => {
 *     startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *     return [new TextEncoder().encode('hola')];
 *   },
 * );
 * // 'Status: 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nhola'
 * ```
 */
export class BaseCGIHandler extends SimpleHandler {
  /**
   * `false`: la respuesta sale como CGI (`Status:`), sin línea de estado
   * HTTP ni `Date`/`Server`.
   *
   * @english `false`: the response goes out as CGI (`Status:`), with no
   * HTTP status line and no `Date`/`Server`.
   *
   * @python `BaseCGIHandler.origin_server = False`.
   */
  override originServer = false;
}

/**
 * Ejecuta una aplicación como *script* CGI: lee la petición de la entrada
 * estándar y de las variables de entorno del proceso (`readEnviron()`) y
 * escribe la respuesta CGI en la salida estándar. Siempre con
 * `wsgi.run_once` `true`, `wsgi.multithread` `false` y
 * `wsgi.multiprocess` `true`; `osEnviron` vacío para que nada se filtre
 * entre peticiones. Solo funciona en Node.js (el archivo sigue siendo
 * seguro para el navegador: toca `process` al construirse, no al cargarse).
 *
 * @english Runs an application as a CGI *script*: it reads the request
 * from standard input and the process's environment variables
 * (`readEnviron()`) and writes the CGI response to standard output.
 * Always with `wsgi.run_once` `true`, `wsgi.multithread` `false` and
 * `wsgi.multiprocess` `true`; `osEnviron` empty so nothing leaks between
 * requests. It only works in Node.js (the file stays safe for the
 * browser: it touches `process` when constructed, not when loaded).
 *
 * @python `wsgiref.handlers.CGIHandler`. PEP 3333, *Example: CGI gateway*.
 *
 * @example
 * ```ts
 * // cgi-bin/hello.ts, run by the web server:
 * new CGIHandler().run((environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [new TextEncoder().encode('hola, CGI')];
 * });
 * ```
 */
export class CGIHandler extends BaseCGIHandler {
  /**
   * `true`: un *script* CGI atiende una sola petición.
   *
   * @english `true`: a CGI *script* serves a single request.
   *
   * @python `CGIHandler.wsgi_run_once = True`.
   */
  override wsgiRunOnce = true;
  /**
   * Vacío: nada del entorno del proceso pasa de una petición a otra; las
   * variables de la petición llegan por `addCgiVars` (bpo-7250).
   *
   * @english Empty: nothing of the process environment leaks from one
   * request to another; the request's variables come through `addCgiVars`
   * (bpo-7250).
   *
   * @python `CGIHandler.os_environ = {}`.
   */
  override osEnviron: WSGIEnvironment = {};

  /**
   * Toma los flujos y el entorno del proceso.
   *
   * @english Takes the process's streams and environment.
   *
   * @python `CGIHandler()`.
   */
  constructor() {
    const streams = processStreams();
    super(streams.stdin, streams.stdout, streams.stderr, readEnviron(), false, true);
  }
}

/**
 * Como `CGIHandler`, pero corrige el `PATH_INFO` de Microsoft IIS, que
 * repite `SCRIPT_NAME` al principio cuando no se activó `allowPathInfo`:
 * si `PATH_INFO` empieza por `SCRIPT_NAME` (como segmento), se quita.
 *
 * @english Like `CGIHandler`, but it fixes Microsoft IIS's `PATH_INFO`,
 * which repeats `SCRIPT_NAME` at the start unless `allowPathInfo` was
 * enabled: if `PATH_INFO` starts with `SCRIPT_NAME` (as a segment), it
 * is removed.
 *
 * @python `wsgiref.handlers.IISCGIHandler`.
 *
 * @example
 * ```ts
 * // SCRIPT_NAME=/app, PATH_INFO=/app/usuarios  =>  PATH_INFO='/usuarios'
 * new IISCGIHandler().run(app);
 * ```
 */
export class IISCGIHandler extends BaseCGIHandler {
  /**
   * `true`: un *script* CGI atiende una sola petición.
   *
   * @english `true`: a CGI *script* serves a single request.
   *
   * @python `IISCGIHandler.wsgi_run_once = True`.
   */
  override wsgiRunOnce = true;
  /**
   * Vacío: nada del entorno del proceso pasa de una petición a otra; las
   * variables de la petición llegan por `addCgiVars` (bpo-7250).
   *
   * @english Empty: nothing of the process environment leaks from one
   * request to another; the request's variables come through `addCgiVars`
   * (bpo-7250).
   *
   * @python `IISCGIHandler.os_environ = {}`.
   */
  override osEnviron: WSGIEnvironment = {};

  /**
   * Toma los flujos y el entorno del proceso y corrige `PATH_INFO`.
   *
   * @english Takes the process's streams and environment and fixes
   * `PATH_INFO`.
   *
   * @python `IISCGIHandler()`.
   */
  constructor() {
    const streams = processStreams();
    const environ = readEnviron();
    const path = (environ.PATH_INFO as string | undefined) ?? '';
    const script = (environ.SCRIPT_NAME as string | undefined) ?? '';
    if (`${path}/`.startsWith(`${script}/`)) environ.PATH_INFO = path.slice(script.length);
    super(streams.stdin, streams.stdout, streams.stderr, environ, false, true);
  }
}
