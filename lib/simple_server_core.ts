/**
 * La parte de `wsgiref.simple_server` que no necesita *sockets*: el gestor
 * de peticiones (`WSGIRequestHandler`, que construye el entorno y ejecuta
 * la aplicación), el gestor que la ejecuta (`ServerHandler`), el entorno
 * base del servidor y la aplicación de demostración. Funciona también en
 * el navegador (`lib/index.ts` lo exporta); `lib/simple_server.ts`, solo
 * para Node, lo reexporta junto al servidor sobre `node:net`, así que cada
 * nombre de `simple_server` se encuentra allí.
 *
 * @english The part of `wsgiref.simple_server` that needs no sockets: the
 * request handler (`WSGIRequestHandler`, which builds the environ and runs
 * the application), the handler that runs it (`ServerHandler`), the
 * server's base environ and the demo application. It also runs in a
 * browser (`lib/index.ts` exports it); `lib/simple_server.ts`, Node only,
 * re-exports it beside the server over `node:net`, so every
 * `simple_server` name is found there.
 *
 * @python `wsgiref.simple_server`.
 *
 * @module
 */

import { SimpleHandler } from './handlers';
import { BaseHTTPRequestHandler, type RequestServer } from './http_server';
import { contentLengthOf } from './internal/http_client';
import { copyEnviron, headerEnvironKeys } from './internal/environ';
import { pyStrip } from './internal/pystr';
import { pythonRepr } from './internal/repr';
import { runtimeVersion, standardError } from './internal/runtime';
import type { ErrorStream, OutputStream, WSGIApplication, WSGIEnvironment } from './types';

/**
 * El nombre y la versión del servidor, la primera palabra de la cabecera
 * `Server` y el valor de `SERVER_SOFTWARE` en el entorno.
 *
 * @english The server's name and version: the first word of the `Server`
 * header and the environ's `SERVER_SOFTWARE`.
 *
 * @python `wsgiref.simple_server.server_version` (`"WSGIServer/" + __version__`).
 *
 * @example
 * ```ts
 * SERVER_VERSION; // 'WSGIServer/0.2'
 * ```
 */
export const SERVER_VERSION = 'WSGIServer/0.2';

/**
 * La parte de la cabecera `Server` que sigue a `WSGIServer/0.2 `: el
 * entorno de ejecución y su versión (`Node.js/20.20.2`; `JavaScript` en un
 * navegador).
 *
 * @english The part of the `Server` header after `WSGIServer/0.2 `: the
 * runtime and its version (`Node.js/20.20.2`; `JavaScript` in a browser).
 *
 * @python `wsgiref.simple_server.sys_version`
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

/**
 * El entorno base de un servidor: lo que `WSGIServer.setup_environ` pone
 * antes de cada petición.
 *
 * @english A server's base environ: what `WSGIServer.setup_environ` sets
 * before every request.
 *
 * @python `wsgiref.simple_server.WSGIServer.setup_environ`.
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
 * El gestor que ejecuta la aplicación para `simple_server`: un
 * `SimpleHandler` que se presenta como `WSGIServer/0.2 …` y que, al
 * cerrar, escribe la línea del registro de accesos con el código y los
 * bytes enviados.
 *
 * @english The handler that runs the application for `simple_server`: a
 * `SimpleHandler` that presents itself as `WSGIServer/0.2 …` and, on close,
 * writes the access log line with the status code and the bytes sent.
 *
 * @python `wsgiref.simple_server.ServerHandler`.
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
  /**
   * @python `server_software` (`WSGIServer/0.2 CPython/3.x`).
   */
  override serverSoftware: string | null = `${SERVER_VERSION} ${defaultSoftwareVersion()}`;
  /**
   * El gestor de peticiones que escribe el registro.
   *
   * @english The request handler that writes the log.
   *
   * @python `request_handler`.
   */
  requestHandler: BaseHTTPRequestHandler | null = null;
  /**
   * El entorno completo que recibió la aplicación (sigue disponible tras `close()`).
   *
   * @english The full environ the application got (still available after
   * `close()`).
   */
  lastEnviron: WSGIEnvironment | null = null;
  /**
   * El estado enviado en la línea de estado, o null (HTTP/0.9, o nada enviado).
   *
   * @english The status sent in the status line, or null (HTTP/0.9, or
   * nothing sent).
   */
  statusSent: string | null = null;

  /**
   * Como en Python, y además guarda el entorno en `lastEnviron`.
   *
   * @english As in Python, and also keeps the environ in `lastEnviron`.
   *
   * @python `setup_environ()`.
   */
  override setupEnviron(): void {
    super.setupEnviron();
    this.lastEnviron = this.environ;
  }

  /**
   * Como en Python, y además recuerda la línea de estado enviada.
   *
   * @english As in Python, and also remembers the status line sent.
   *
   * @python `send_preamble()`.
   */
  override sendPreamble(): void {
    super.sendPreamble();
    const protocol = String(this.environ?.SERVER_PROTOCOL ?? '');
    if (this.originServer && protocol.toUpperCase() !== 'HTTP/0.9') this.statusSent = this.status;
  }

  /**
   * Anota la petición en el registro de accesos y luego cierra como
   * `SimpleHandler`.
   *
   * @english Writes the access log line, then closes as `SimpleHandler`.
   *
   * @python `ServerHandler.close()`.
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
 * Una petición por conexión, siempre respondida en HTTP/1.0. El registro
 * de accesos y `wsgi.errors` van al flujo de errores que recibe el
 * constructor; sin él, a `process.stderr` (en el navegador, que no tiene
 * `process`, a un `StringIO`). `WSGIServer` lo crea sin ese flujo y
 * `exchange()` le pasa un `StringIO`. Para capturarlos en un servidor (en
 * pruebas, por ejemplo), sobrescribe `getStderr()`.
 *
 * @english `simple_server`'s request handler: reads the request, builds the
 * WSGI environ and runs the application with a `ServerHandler`. One request
 * per connection, always answered in HTTP/1.0. The access log and
 * `wsgi.errors` go to the error stream given to the constructor; without
 * one, to `process.stderr` (in a browser, which has no `process`, to a
 * `StringIO`). `WSGIServer` creates it without that stream and `exchange()`
 * passes a `StringIO`. Override `getStderr()` to capture them in a server
 * (in tests, for instance).
 *
 * @python `wsgiref.simple_server.WSGIRequestHandler`; `get_stderr()` → `sys.stderr`.
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
 *
 * class QuietHandler extends WSGIRequestHandler {
 *   override getStderr() { return new StringIO(); }
 * }
 * const server = await makeServer('127.0.0.1', 0, demoApp, WSGIServer, QuietHandler);
 * ```
 */
export class WSGIRequestHandler extends BaseHTTPRequestHandler {
  /**
   * @python `server_version`.
   */
  override serverVersion = SERVER_VERSION;
  /**
   * El entorno que vio la aplicación, o null si no llegó a ejecutarse.
   *
   * @english The environ the application saw, or null when it never ran.
   */
  environ: WSGIEnvironment | null = null;

  /**
   * El entorno de esta petición: el entorno base del servidor más las
   * variables CGI de la petición y una `HTTP_*` por cabecera (3.14: sin la
   * búsqueda de `REMOTE_HOST`).
   *
   * @english This request's environ: the server's base environ plus the
   * request's CGI variables and one `HTTP_*` per header (3.14: without the
   * `REMOTE_HOST` lookup).
   *
   * @python `get_environ()` (3.14).
   */
  getEnviron(): WSGIEnvironment {
    const env = copyEnviron(this.server.baseEnviron);
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
      const { key, httpKey } = headerEnvironKeys(name);
      if (key in env) continue; // CONTENT_TYPE, CONTENT_LENGTH, but also PATH_INFO…
      const stripped = pyStrip(value);
      env[httpKey] = httpKey in env ? `${env[httpKey] as string},${stripped}` : stripped;
    }
    return env;
  }

  /**
   * Prepara el gestor; `handle()` lo ejecuta. Sin `stderr`, el registro y
   * `wsgi.errors` van a la salida de errores del proceso.
   *
   * @english Prepares the handler; `handle()` runs it. Without `stderr`,
   * the log and `wsgi.errors` go to the process's standard error.
   */
  constructor(
    request: Uint8Array | readonly Uint8Array[],
    clientAddress: readonly [string, number],
    server: RequestServer,
    wfile: OutputStream,
    stderr: ErrorStream = standardError(),
  ) {
    super(request, clientAddress, server, wfile, stderr);
  }

  /**
   * Atiende una petición: 414 si la línea es demasiado larga, el error que
   * toque si la petición no sirve, 413 si el cuerpo supera el límite del
   * servidor; si no, ejecuta la aplicación.
   *
   * @english Handles a request: 414 for a too long line, the matching error
   * for an unusable request, 413 when the body is over the server's limit;
   * otherwise runs the application.
   *
   * @python `handle()`.
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

/**
 * La aplicación de demostración: responde `Hello world!`, una línea en
 * blanco y el entorno ordenado por clave, una línea `clave = repr(valor)`
 * por variable, en `text/plain; charset=utf-8`. Las cadenas se escriben
 * como el `repr()` de Python; los objetos (`wsgi.input`…), como
 * `<Clase object>`.
 *
 * @english The demo application: answers `Hello world!`, an empty line and
 * the environ sorted by key, one `key = repr(value)` line each, as
 * `text/plain; charset=utf-8`. Strings are written as Python's `repr()`;
 * objects (`wsgi.input`…) as `<Class object>`.
 *
 * @python `wsgiref.simple_server.demo_app`.
 *
 * @example
 * ```ts
 * const result = exchange(demoApp, 'GET /xyz?abc HTTP/1.0\r\n\r\n');
 * // Hello world!
 * //
 * // CONTENT_LENGTH = ''
 * // …
 * // PATH_INFO = '/xyz'
 * ```
 */
export const demoApp: WSGIApplication = (environ, startResponse) => {
  const lines = ['Hello world!', ''];
  const keys = Object.keys(environ).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) lines.push(`${key} = ${pythonRepr(environ[key])}`);
  startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
  return [new TextEncoder().encode(lines.join('\n') + '\n')];
};
