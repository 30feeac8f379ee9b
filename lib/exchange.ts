/**
 * Una petición HTTP completa, sin *sockets*: bytes de la petición → entorno
 * WSGI → aplicación → bytes de la respuesta. `exchange()` pasa los bytes al
 * gestor de peticiones de `simple_server` (`WSGIRequestHandler`) sobre
 * flujos en memoria, como hacen las pruebas de CPython con `run_amock()`.
 * El sitio lo usa en el navegador para enseñar el intercambio byte a byte.
 *
 * @english A complete HTTP request without sockets: request bytes → WSGI
 * environ → application → response bytes. `exchange()` hands the bytes to
 * `simple_server`'s request handler (`WSGIRequestHandler`) over in-memory
 * streams, as CPython's tests do with `run_amock()`. The site uses it in
 * the browser to show the exchange byte by byte.
 *
 * @python — (sin equivalente / no equivalent); `run_amock()` (`test_wsgiref`).
 *
 * @module exchange
 */

import type { RequestServer } from './http_server';
import { encodeLatin1 } from './internal/latin1';
import { BytesIO, StringIO } from './io';
import { defaultSoftwareVersion, makeBaseEnviron, WSGIRequestHandler } from './simple_server_core';
import type { WSGIApplication, WSGIEnvironment } from './types';

/**
 * Opciones de {@link exchange}. En Python, esos datos salen de la
 * dirección con que se crea `WSGIServer`, de `client_address` y de
 * `simple_server.sys_version`; `WSGIServer.base_environ` es el entorno base.
 *
 * @english Options of `exchange`. In Python, this data comes from the
 * address `WSGIServer` is created with, from `client_address` and from
 * `simple_server.sys_version`; `WSGIServer.base_environ` is the base
 * environ.
 *
 * @python — (sin equivalente / no equivalent); `WSGIServer((host, port), WSGIRequestHandler)`,
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
   * @english `SERVER_NAME`; `localhost` by default.
   */
  serverName?: string;
  /**
   * `SERVER_PORT`; 8000 por defecto.
   *
   * @english `SERVER_PORT`; 8000 by default.
   */
  serverPort?: number;
  /**
   * `REMOTE_ADDR` y la dirección del registro; `127.0.0.1` por defecto.
   *
   * @english `REMOTE_ADDR` and the log address; `127.0.0.1` by default.
   */
  remoteAddr?: string;
  /**
   * Lo que sigue a `WSGIServer/0.2 ` en `Server` (p. ej. `Node.js/20.20.2`).
   *
   * @english What follows `WSGIServer/0.2 ` in `Server` (e.g.
   * `Node.js/20.20.2`).
   */
  softwareVersion?: string;
  /**
   * Tamaño máximo del cuerpo en bytes; por encima, `413 Content Too Large`.
   *
   * @english Maximum body size in bytes; above it, `413 Content Too Large`.
   */
  maxBodySize?: number;
  /**
   * Variables que se añaden (o reemplazan) en el entorno base del servidor.
   *
   * @english Variables added to (or replacing) the server's base environ.
   */
  baseEnviron?: WSGIEnvironment;
}

/**
 * El resultado de {@link exchange}. Lo más parecido en Python es la pareja
 * que retorna `run_amock` en las pruebas de CPython: los bytes de la
 * respuesta y lo escrito en `sys.stderr`.
 *
 * @english The result of `exchange`. The nearest thing in Python is the
 * pair `run_amock` returns in CPython's tests: the response bytes and
 * what was written to `sys.stderr`.
 *
 * @python — (sin equivalente / no equivalent); `run_amock()` (`test_wsgiref`) →
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
   * @english The request as given, in bytes.
   */
  request: Uint8Array;
  /**
   * Los bytes de la respuesta, exactamente como irían por la red.
   *
   * @english The response bytes, exactly as they would travel on the wire.
   */
  response: Uint8Array;
  /**
   * Todo lo escrito en `wsgi.errors` y en el registro (incluida la línea de acceso).
   *
   * @english Everything written to `wsgi.errors` and the log (the access
   * line included).
   */
  errors: string;
  /**
   * El entorno que recibió la aplicación, o null si la petición se rechazó antes.
   *
   * @english The environ the application got, or null when the request was
   * refused before.
   */
  environ: WSGIEnvironment | null;
  /**
   * La línea de estado enviada sin `HTTP/1.0 ` (`'200 OK'`), o null si no hubo (HTTP/0.9…).
   *
   * @english The status line sent without `HTTP/1.0 ` (`'200 OK'`), or null
   * when none (HTTP/0.9…).
   */
  status: string | null;
}

/**
 * Atiende una petición HTTP completa sin red, como lo haría
 * `wsgiref.simple_server`: analiza los bytes de la petición, construye el
 * entorno, ejecuta la aplicación y retorna los bytes exactos de la
 * respuesta junto con lo escrito en `wsgi.errors` y el registro de accesos.
 *
 * Una cadena se codifica en latin-1 (así `"\r\n"` escrito a mano funciona;
 * también se aceptan líneas terminadas solo en `"\n"`, como en
 * `http.server`). El cuerpo es lo que sigue a las cabeceras: la petición
 * se trata como si el cliente la hubiera enviado entera y cerrado.
 *
 * @english Answers a complete HTTP request without a network, as
 * `wsgiref.simple_server` would: parses the request bytes, builds the
 * environ, runs the application and returns the exact response bytes with
 * what was written to `wsgi.errors` and the access log. A string is encoded
 * as latin-1 (typed `"\r\n"` works; lone `"\n"` line ends are accepted, as
 * in `http.server`). The body is what follows the headers: the request is
 * treated as sent whole, then closed.
 *
 * @python `WSGIRequestHandler.handle()`, `rfile`/`wfile` = `BytesIO`
 * (`run_amock()`, `test_wsgiref`).
 *
 * @example
 * ```ts
 * const app: WSGIApplication = (environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [encodeLatin1(`hi ${environ.PATH_INFO}`)];
 * };
 * const result = exchange(app, 'GET /world HTTP/1.1\r\nHost: x\r\n\r\n');
 * result.status;  // '200 OK'
 * result.errors;  // '127.0.0.1 - - [30/Nov/2026 10:00:00] "GET /world HTTP/1.1" 200 9\n'
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
