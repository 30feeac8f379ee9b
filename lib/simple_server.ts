/**
 * Un servidor HTTP de desarrollo que ejecuta una aplicación WSGI, sobre
 * `node:net` (solo Node).
 *
 * Equivale a `wsgiref.simple_server` de Python: `makeServer(host, puerto,
 * app)` crea un `WSGIServer`; `serveForever()` atiende peticiones hasta
 * `shutdown()`; `handleRequest()` atiende una. Cada conexión lleva una
 * sola petición, respondida en HTTP/1.0, y se cierra después. Como el de
 * Python, no está pensado para producción.
 *
 * Diferencias deliberadas con Python, por robustez:
 * - el cuerpo (según `Content-Length`) se guarda entero antes de llamar a
 *   la aplicación, con un tamaño máximo (`maxBodySize`, 10 MiB por
 *   defecto; por encima, `413 Content Too Large`);
 * - un cliente que no termina de enviar la petición en `requestTimeout`
 *   milisegundos (30 s por defecto) se desconecta sin respuesta, como hace
 *   `http.server` con `timeout` («Request timed out» en el registro);
 * - las conexiones se leen a la vez (la aplicación sigue ejecutándose de
 *   una en una: `wsgi.multithread` es `false`), así un cliente lento no
 *   bloquea a los demás;
 * - si la petición trae bytes que no se leyeron (un cuerpo rechazado, datos
 *   de más), tras responder se espera un poco a que el cliente cierre
 *   (cierre «diferido») para que no pierda la respuesta por un RST; una
 *   petición leída entera se cierra como en Python, sin esperar.
 *
 * @english A development HTTP server running a WSGI application, over
 * `node:net` (Node only). Like Python's `wsgiref.simple_server`:
 * `makeServer(host, port, app)` creates a `WSGIServer`; `serveForever()`
 * answers requests until `shutdown()`; `handleRequest()` answers one. Each
 * connection carries one request, answered in HTTP/1.0, then closed. Not
 * for production. Deliberate differences, for robustness: the body (per
 * `Content-Length`) is buffered before the app runs, up to `maxBodySize`
 * (10 MiB by default; above it `413 Content Too Large`); a client that does
 * not finish its request within `requestTimeout` ms (30 s by default) is
 * disconnected without an answer, as `http.server` does with `timeout`
 * ("Request timed out" in the log); connections are read concurrently (the
 * app still runs one at a time, `wsgi.multithread` is false), so a slow
 * client does not block the others; when the request carries bytes that
 * were not read (a refused body, extra data), after answering the server
 * waits briefly for the client to close (lingering close) so it does not
 * lose the response to a reset; a request read to its end is closed as in
 * Python, without waiting.
 *
 * @module simple_server
 */

import { lookup, lookupService } from 'node:dns/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { BaseHTTPRequestHandler, type RequestServer } from './http_server';
import { Connection, ResponseBuffer, type ConnectionOwner } from './internal/connection';
import { concatBytes } from './internal/latin1';
import { pythonStrRepr } from './internal/repr';
import { RequestHeadReader } from './request_head';
import { defaultSoftwareVersion, makeBaseEnviron, WSGIRequestHandler } from './simple_server_core';
import type { OutputStream, WSGIApplication, WSGIEnvironment } from './types';

// The browser-safe half of simple_server, so that every simple_server name
// is found here (the server over node:net below is the Node-only half).
export {
  defaultSoftwareVersion,
  demoApp,
  makeBaseEnviron,
  SERVER_VERSION,
  ServerHandler,
  WSGIRequestHandler,
} from './simple_server_core';
import { bilingual } from './internal/messages';

/**
 * La forma del constructor de un gestor de peticiones que `WSGIServer`
 * sabe usar: recibe los bytes de la petición (`WSGIServer` pasa los trozos
 * tal como llegaron, sin juntarlos), la dirección del cliente, el servidor
 * y el flujo de salida.
 *
 * @english The constructor shape of a request handler `WSGIServer` can use:
 * it gets the request bytes (`WSGIServer` passes the chunks as they came,
 * not joined), the client address, the server and the output stream.
 *
 * @python `socketserver.BaseServer.RequestHandlerClass`.
 *
 * @example
 * ```ts
 * const Clase: RequestHandlerClass = WSGIRequestHandler;
 * ```
 */
export type RequestHandlerClass = new (
  request: Uint8Array | readonly Uint8Array[],
  clientAddress: readonly [string, number],
  server: WSGIServer,
  wfile: OutputStream,
) => BaseHTTPRequestHandler;

/**
 * Opciones de `WSGIServer` y `makeServer` que Python no tiene.
 *
 * @english Options of `WSGIServer` and `makeServer` that Python does not
 * have.
 *
 * @example
 * ```ts
 * const opciones: WSGIServerOptions = { maxBodySize: 1024 * 1024, requestTimeout: 5000 };
 * ```
 */
export interface WSGIServerOptions {
  /**
   * Tamaño máximo del cuerpo en bytes (10 MiB por defecto); por encima, 413.
   *
   * @english Maximum body size in bytes (10 MiB by default); above it, 413.
   */
  maxBodySize?: number;
  /**
   * Milisegundos para recibir la petición entera (30 000 por defecto; 0: sin límite).
   *
   * @english Milliseconds to receive the whole request (30 000 by default;
   * 0: no limit).
   */
  requestTimeout?: number;
}

function ignoreError(): void {
  // Socket errors end the connection ('close' follows); the handlers see a client that went away.
}

/** How often the server checks its connections' deadlines: a quarter of the request timeout, within 10 ms–1 s. */
function sweepInterval(requestTimeout: number): number {
  return requestTimeout > 0 ? Math.min(1000, Math.max(10, requestTimeout / 4)) : 1000;
}

/**
 * `socket.getfqdn(name)`: the host name for a bound address, through the
 * resolver (so /etc/hosts answers 'localhost' for 127.0.0.1). Bounded in
 * time: a machine without DNS must not hang the server's start.
 */
async function getfqdn(name: string): Promise<string> {
  const trimmed = name.trim();
  const target = !trimmed || trimmed === '0.0.0.0' || trimmed === '::' ? hostname() : trimmed;
  const resolve = async (): Promise<string> => {
    const { address } = await lookup(target);
    const { hostname: found } = await lookupService(address, 0);
    return found;
  };
  const timeout = new Promise<string>((ok) => setTimeout(() => ok(target), 1000).unref());
  try {
    return await Promise.race([resolve(), timeout]);
  } catch {
    return target;
  }
}

/**
 * Un servidor WSGI sobre TCP: escucha en una dirección, lee cada petición
 * y la pasa a su gestor de peticiones, que ejecuta la aplicación. Se crea
 * normalmente con {@link makeServer}. Implementa `RequestServer` (lo que
 * el gestor necesita: `baseEnviron`, `getApp()`, los límites).
 *
 * @english A WSGI server over TCP: listens on an address, reads each
 * request and passes it to its request handler, which runs the application.
 * Usually created with `makeServer`. It implements `RequestServer` (what
 * the handler needs: `baseEnviron`, `getApp()`, the limits).
 *
 * @python `wsgiref.simple_server.WSGIServer(http.server.HTTPServer)`.
 *
 * @example
 * ```ts
 * const server = new WSGIServer(['127.0.0.1', 0]);
 * await server.serverBind();
 * server.setApp(demoApp);
 * void server.serveForever();
 * // … peticiones a http://127.0.0.1:${server.serverPort}/ …
 * await server.shutdown();
 * await server.serverClose();
 * ```
 */
export class WSGIServer implements RequestServer {
  /** @python `application`. */
  application: WSGIApplication | null = null;
  /**
   * `[host, puerto]` pedidos; tras `serverBind()`, los reales.
   *
   * @english The requested `[host, port]`; after `serverBind()`, the real
   * ones.
   *
   * @python `server_address`.
   */
  serverAddress: [string, number];
  /**
   * El nombre del servidor (`SERVER_NAME`).
   *
   * @english The server name (`SERVER_NAME`), through `getfqdn`.
   *
   * @python `server_name` ← `socket.getfqdn(host)`.
   */
  serverName = '';
  /**
   * El puerto en el que escucha (elegido por el sistema si se pidió 0).
   *
   * @english The port it listens on (chosen by the system when 0 was
   * asked).
   *
   * @python `server_port`.
   */
  serverPort = 0;
  /**
   * El entorno común a todas las peticiones.
   *
   * @english The environ shared by every request.
   *
   * @python `base_environ`.
   */
  baseEnviron: WSGIEnvironment = {};
  /**
   * La clase que atiende cada petición.
   *
   * @english The class that handles each request.
   *
   * @python `RequestHandlerClass`.
   */
  RequestHandlerClass: RequestHandlerClass;
  /**
   * Tamaño máximo del cuerpo en bytes; por encima, `413 Content Too Large`.
   *
   * @english Maximum body size in bytes; above it, `413 Content Too Large`.
   */
  maxBodySize = 10 * 1024 * 1024;
  /**
   * Milisegundos para recibir la petición entera; 0 para no limitar.
   *
   * @english Milliseconds to receive the whole request; 0 for no limit.
   */
  requestTimeout = 30_000;
  /**
   * Lo que sigue a `WSGIServer/0.2 ` en la cabecera `Server`.
   *
   * @english What follows `WSGIServer/0.2 ` in the `Server` header.
   */
  softwareVersion = defaultSoftwareVersion();
  /** @python `socket`. */
  readonly socket: Server;

  private readonly pending: Socket[] = [];
  private readonly waiting: ((socket: Socket | null) => void)[] = [];
  private readonly connections = new Set<Connection>();
  /** One timer for every connection's deadline (none per connection). */
  private sweeper: NodeJS.Timeout | null = null;
  private readonly owner: ConnectionOwner = {
    answer: (connection) => this.answer(connection),
    timedOut: (connection) => this.timedOut(connection),
    closed: (connection) => this.forget(connection),
  };
  private serving = false;
  private stopServing: (() => void) | null = null;
  private closed = false;

  /**
   * Crea el servidor (sin escuchar aún: `serverBind()` lo hace).
   *
   * @english Creates the server (not listening yet: `serverBind()` does
   * it).
   */
  constructor(
    serverAddress: [string, number],
    RequestHandlerClass: RequestHandlerClass = WSGIRequestHandler,
    options: WSGIServerOptions = {},
  ) {
    this.serverAddress = [serverAddress[0], serverAddress[1]];
    this.RequestHandlerClass = RequestHandlerClass;
    if (options.maxBodySize !== undefined) this.maxBodySize = options.maxBodySize;
    if (options.requestTimeout !== undefined) this.requestTimeout = options.requestTimeout;
    this.socket = createServer({ allowHalfOpen: true, pauseOnConnect: true });
    this.socket.on('connection', (socket) => this.accept(socket));
    this.socket.on('error', () => undefined);
  }

  /**
   * Escucha en `serverAddress`, anota el nombre y el puerto reales y
   * prepara el entorno base. Un puerto ocupado rechaza la promesa con el
   * error de Node (`code: 'EADDRINUSE'`).
   *
   * @english Listens on `serverAddress`, records the real name and port and
   * sets up the base environ. A busy port rejects the promise with Node's
   * error (`code: 'EADDRINUSE'`).
   *
   * @python `server_bind()` (+ `server_activate()`).
   */
  async serverBind(): Promise<void> {
    const [host, port] = this.serverAddress;
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.socket.once('error', onError);
      this.socket.listen({ port, host: host || undefined }, () => {
        this.socket.removeListener('error', onError);
        resolve();
      });
    });
    const address = this.socket.address();
    if (address && typeof address === 'object') {
      this.serverAddress = [address.address, address.port];
    }
    this.serverName = await getfqdn(this.serverAddress[0]);
    this.serverPort = this.serverAddress[1];
    this.setupEnviron();
  }

  /** @python `setup_environ()`. */
  setupEnviron(): void {
    this.baseEnviron = makeBaseEnviron(this.serverName, this.serverPort);
  }

  /**
   * @python `get_app()`.
   */
  getApp(): WSGIApplication | null {
    return this.application;
  }

  /**
   * @python `set_app(application)`.
   */
  setApp(application: WSGIApplication): void {
    this.application = application;
  }

  /**
   * Atiende peticiones hasta que se llame a `shutdown()`; la promesa se
   * cumple entonces.
   *
   * @english Answers requests until `shutdown()` is called; the promise is
   * fulfilled then.
   *
   * @python `serve_forever()`.
   */
  serveForever(): Promise<void> {
    if (this.serving) {
      return Promise.reject(new Error(bilingual('El servidor ya está atendiendo.', 'Already serving.')));
    }
    this.serving = true;
    const stopped = new Promise<void>((resolve) => {
      this.stopServing = resolve;
    });
    for (const socket of this.pending.splice(0)) this.process(socket);
    return stopped;
  }

  /**
   * Atiende una sola petición (la primera en cola o la siguiente que
   * llegue); la promesa se cumple cuando está respondida.
   *
   * @english Answers a single request (the first queued one or the next to
   * arrive); the promise is fulfilled once it is answered.
   *
   * @python `handle_request()`.
   */
  async handleRequest(): Promise<void> {
    const socket =
      this.pending.shift() ??
      (this.closed ? null : await new Promise<Socket | null>((resolve) => this.waiting.push(resolve)));
    if (socket) await this.process(socket).whenDone();
  }

  /**
   * Deja de atender: las conexiones que aún no habían enviado su petición
   * se cierran y se espera a las demás.
   *
   * @english Stops serving: connections that had not sent their request yet
   * are closed, the others are waited for.
   *
   * @python `shutdown()`.
   */
  async shutdown(): Promise<void> {
    this.serving = false;
    for (const connection of this.connections) if (connection.stage === 'reading') connection.drop();
    await Promise.all([...this.connections].map((connection) => connection.whenDone()));
    const stop = this.stopServing;
    this.stopServing = null;
    stop?.();
  }

  /**
   * Deja de escuchar y cierra todas las conexiones.
   *
   * @english Stops listening and closes every connection.
   *
   * @python `server_close()`.
   */
  async serverClose(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(null);
    for (const connection of this.connections) connection.socket.destroy();
    for (const socket of this.pending.splice(0)) socket.destroy();
    if (!this.socket.listening) return;
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  /**
   * Informa de un error inesperado al atender una petición, como
   * `socketserver`: una traza entre dos líneas de guiones en la salida de
   * errores.
   *
   * @english Reports an unexpected error while handling a request, as
   * `socketserver` does: a traceback between two dashed lines on standard
   * error.
   *
   * @python `handle_error(request, client_address)`.
   */
  handleError(error: unknown, clientAddress: readonly [string, number]): void {
    const trace = error instanceof Error ? (error.stack ?? String(error)) : String(error);
    process.stderr.write(
      `${'-'.repeat(40)}\nException occurred during processing of request from ` +
        `(${pythonStrRepr(clientAddress[0])}, ${clientAddress[1]})\n${trace}\n${'-'.repeat(40)}\n`,
    );
  }

  private accept(socket: Socket): void {
    socket.on('error', ignoreError);
    if (this.closed) {
      socket.destroy();
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(socket);
    else if (this.serving) this.process(socket);
    else {
      this.pending.push(socket);
      socket.once('close', () => {
        const index = this.pending.indexOf(socket);
        if (index >= 0) this.pending.splice(index, 1);
      });
    }
  }

  /** Reads one request from the socket, answers it and closes. */
  private process(socket: Socket): Connection {
    const connection = new Connection(this.owner, socket, this.makeHeadReader(), this.requestTimeout);
    this.connections.add(connection);
    this.sweeper ??= setInterval(() => this.sweep(), sweepInterval(this.requestTimeout)).unref();
    return connection;
  }

  private sweep(): void {
    const now = Date.now();
    for (const connection of this.connections) connection.expire(now);
  }

  /**
   * Crea el lector de la cabecera de cada petición (uno por conexión),
   * que decide mientras llegan los bytes si hay que esperar más, atender
   * o rechazar. Una subclase puede devolver su propio lector, para
   * observarlo o cambiar sus límites.
   *
   * @english Creates the request-head reader of each request (one per
   * connection), which decides while bytes arrive whether to wait, answer
   * or refuse. A subclass can return its own reader, to observe it or
   * change its limits.
   *
   * @example
   * ```ts
   * class Observado extends WSGIServer {
   *   readers: RequestHeadReader[] = [];
   *   protected override makeHeadReader() {
   *     const reader = super.makeHeadReader();
   *     this.readers.push(reader);
   *     return reader;
   *   }
   * }
   * ```
   */
  protected makeHeadReader(): RequestHeadReader {
    return new RequestHeadReader({ maxBodySize: this.maxBodySize });
  }

  /** Answers a request whose bytes have all arrived (or whose head is already refused). */
  private answer(connection: Connection): void {
    connection.stopReading();
    const address = connection.address;
    const response = new ResponseBuffer(connection.socket);
    try {
      const handler = new this.RequestHandlerClass(connection.chunks, address, this, response);
      // The head the reader already parsed from these bytes: not parsed twice.
      const head = connection.reader?.result;
      if (head?.state === 'complete') handler.parsedHead = head.head;
      handler.handle();
    } catch (error) {
      this.handleError(error, address);
    }
    // The request's bytes are not needed once answered, even while the socket lingers.
    connection.chunks.length = 0;
    connection.finish(response, this.requestTimeout);
  }

  /** A request that did not arrive in time is dropped, and logged when it had begun. */
  private timedOut(connection: Connection): void {
    if (connection.received > 0) this.logTimeout(concatBytes(connection.chunks), connection.address);
    connection.drop();
  }

  private forget(connection: Connection): void {
    this.connections.delete(connection);
    if (this.connections.size === 0 && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }

  /** "Request timed out" in the handler's log, as http.server words it. */
  private logTimeout(request: Uint8Array, address: readonly [string, number]): void {
    try {
      const sink: OutputStream = { write: (data) => data.length };
      const handler = new this.RequestHandlerClass(request, address, this, sink);
      handler.logError('Request timed out: %s', "TimeoutError('timed out')");
    } catch (error) {
      this.handleError(error, address);
    }
  }
}

/**
 * Crea un servidor WSGI que escucha en `host`:`port` y atiende con `app`;
 * la promesa se cumple cuando ya escucha (con `port` 0, el sistema elige
 * y `server.serverPort` dice cuál). Las peticiones se atienden mientras
 * corre `serveForever()` (o una con `handleRequest()`).
 *
 * @english Creates a WSGI server listening on `host`:`port` that answers
 * with `app`; the promise is fulfilled once it listens (with `port` 0 the
 * system picks one and `server.serverPort` tells which). Requests are
 * answered while `serveForever()` runs (or one by `handleRequest()`).
 *
 * @python `wsgiref.simple_server.make_server(host, port, app,
 * server_class=WSGIServer, handler_class=WSGIRequestHandler)`.
 *
 * @example
 * ```ts
 * const server = await makeServer('127.0.0.1', 8000, demoApp);
 * console.log(`Sirviendo en http://127.0.0.1:${server.serverPort}/`);
 * await server.serveForever();
 * ```
 */
export async function makeServer(
  host: string,
  port: number,
  app: WSGIApplication,
  ServerClass: typeof WSGIServer = WSGIServer,
  HandlerClass: RequestHandlerClass = WSGIRequestHandler,
  options: WSGIServerOptions = {},
): Promise<WSGIServer> {
  const server = new ServerClass([host, port], HandlerClass, options);
  await server.serverBind();
  server.setApp(app);
  return server;
}
