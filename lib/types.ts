/**
 * Los tipos del protocolo WSGI (PEP 3333) en TypeScript.
 *
 * Equivale a `wsgiref.types` de Python (3.11+): no hace nada en tiempo de
 * ejecución, solo describe las formas que comparten servidores, pasarelas
 * y aplicaciones.
 *
 * @english The WSGI protocol's types (PEP 3333) in TypeScript, the
 * equivalent of Python's `wsgiref.types` (3.11+): nothing at run time,
 * only the shapes that servers, gateways and applications share.
 *
 * @module types
 */

/**
 * Una cadena nativa de WSGI: texto cuyos puntos de código son todos
 * `<= 0xFF` (latin-1). Así son el estado, los nombres y valores de las
 * cabeceras y las variables CGI del entorno.
 *
 * @english A WSGI native string: text whose code points are all `<= 0xFF`
 * (latin-1). Status, header names and values and the environ's CGI
 * variables are such strings.
 *
 * @python `str` (PEP 3333, *A Note On String Types*: "native strings").
 *
 * @example
 * ```ts
 * const status: NativeString = '200 OK';
 * const pathInfo: NativeString = '/a\u00c3\u00b1o'; // '/año' as UTF-8, read as latin-1
 * ```
 */
export type NativeString = string;

/**
 * Una cadena de bytes: cuerpos de respuesta y datos de `wsgi.input`.
 *
 * @english A bytestring: response bodies and `wsgi.input` data.
 *
 * @python `bytes`.
 *
 * @example
 * ```ts
 * const body: ByteString = new TextEncoder().encode('hola');
 * ```
 */
export type ByteString = Uint8Array;

/**
 * Una cabecera de respuesta: el par `[nombre, valor]`.
 *
 * @english A response header: the `[name, value]` pair.
 *
 * @python `(header_name, header_value)`, a tuple in `start_response`'s
 * `response_headers`.
 *
 * @example
 * ```ts
 * const header: HeaderPair = ['Content-Type', 'text/plain; charset=utf-8'];
 * ```
 */
export type HeaderPair = [string, string];

/**
 * El flujo de entrada `wsgi.input`: el cuerpo de la petición, leído de
 * forma síncrona (el servidor lo guarda entero antes de llamar a la
 * aplicación).
 *
 * @english The `wsgi.input` stream: the request body, read synchronously
 * (the server buffers it whole before calling the application).
 *
 * @python `wsgiref.types.InputStream`.
 *
 * @example
 * ```ts
 * const input: InputStream = new BytesIO(new TextEncoder().encode('a=1'));
 * input.read(); // Uint8Array [97, 61, 49]
 * ```
 */
export interface InputStream extends Iterable<Uint8Array> {
  /**
   * Lee hasta `size` bytes (todos si se omite o es negativo).
   *
   * @english Reads up to `size` bytes (all of them when omitted or negative).
   *
   * @python `read(size=-1)`.
   */
  read(size?: number): Uint8Array;
  /**
   * Lee una línea, con su `\n` final si lo hay.
   *
   * @english Reads one line, with its final `\n` if any.
   *
   * @python `readline(size=-1)`.
   */
  readline(size?: number): Uint8Array;
  /** @python `readlines(hint=-1)`. */
  readlines(hint?: number): Uint8Array[];
}

/**
 * El flujo de errores `wsgi.errors`: texto, como un archivo abierto en modo texto.
 *
 * @english The `wsgi.errors` stream: text, like a file opened in text
 * mode.
 *
 * @python `wsgiref.types.ErrorStream`.
 *
 * @example
 * ```ts
 * const errors: ErrorStream = new StringIO();
 * errors.write('oops\n');
 * ```
 */
export interface ErrorStream {
  /** @python `write(s)`. */
  write(s: string): unknown;
  /** @python `writelines(seq)`. */
  writelines(lines: Iterable<string>): unknown;
  /** @python `flush()`. */
  flush(): unknown;
}

/**
 * Un flujo de salida de bytes, como el `stdout` que recibe un gestor.
 * `write` puede devolver cuántos bytes aceptó; el gestor escribe el resto,
 * como hace `SimpleHandler._write` en Python.
 *
 * @english A byte output stream, like the `stdout` a handler gets. `write`
 * may return how many bytes it took; the handler writes the rest, as
 * Python's `SimpleHandler._write` does.
 *
 * @python `stdout` of `wsgiref.handlers.SimpleHandler`, a binary file
 * object with `write()` and `flush()`.
 *
 * @example
 * ```ts
 * const bloques: Uint8Array[] = [];
 * const stdout: OutputStream = {
 *   write: (data) => {
 *     bloques.push(data.slice());
 *     return data.length;
 *   },
 * };
 * new SimpleHandler(new BytesIO(), stdout, new StringIO(), environ).run(app);
 * ```
 */
export interface OutputStream {
  /**
   * Escribe bytes; puede devolver cuántos tomó.
   *
   * @english Writes bytes; may return how many it took.
   *
   * @python `write(b)`.
   */
  write(data: Uint8Array): number | void | null | undefined;
  /** @python `flush()`. */
  flush?(): unknown;
}

/**
 * La versión de WSGI, siempre `[1, 0]`.
 *
 * @english The WSGI version, always `[1, 0]`.
 *
 * @python `(1, 0)`, the tuple in `environ['wsgi.version']`.
 *
 * @example
 * ```ts
 * const version: WSGIVersion = [1, 0];
 * environ['wsgi.version']; // [1, 0]
 * ```
 */
export type WSGIVersion = readonly [number, number];

/**
 * El entorno WSGI (*environ*): un objeto plano con las variables CGI
 * (`REQUEST_METHOD`, `PATH_INFO`, `HTTP_*`…) como cadenas nativas y las
 * claves `wsgi.*`.
 *
 * @english The WSGI environ: a plain object with the CGI variables
 * (`REQUEST_METHOD`, `PATH_INFO`, `HTTP_*`…) as native strings, and the
 * `wsgi.*` keys.
 *
 * @python `wsgiref.types.WSGIEnvironment` (`dict[str, Any]`).
 *
 * @example
 * ```ts
 * const environ: WSGIEnvironment = { REQUEST_METHOD: 'GET', PATH_INFO: '/' };
 * setupTestingDefaults(environ);
 * ```
 */
export interface WSGIEnvironment {
  [key: string]: unknown;
  /** @python `environ['wsgi.version']`. PEP 3333, *environ Variables*. */
  'wsgi.version'?: WSGIVersion;
  /**
   * El esquema de la URL pedida: `'http'` o `'https'`.
   *
   * @english The scheme of the requested URL: `'http'` or `'https'`.
   *
   * @python `environ['wsgi.url_scheme']`.
   */
  'wsgi.url_scheme'?: string;
  /**
   * El flujo del que se lee el cuerpo de la petición.
   *
   * @english The stream the request body is read from.
   *
   * @python `environ['wsgi.input']`.
   */
  'wsgi.input'?: InputStream;
  /**
   * El flujo de texto donde la aplicación escribe sus errores;
   * normalmente, el registro de errores del servidor.
   *
   * @english The text stream the application writes its errors to;
   * usually the server's error log.
   *
   * @python `environ['wsgi.errors']`.
   */
  'wsgi.errors'?: ErrorStream;
  /**
   * `true` si otro hilo del mismo proceso puede llamar a la aplicación al
   * mismo tiempo.
   *
   * @english `true` if another thread in the same process may call the
   * application at the same time.
   *
   * @python `environ['wsgi.multithread']`.
   */
  'wsgi.multithread'?: boolean;
  /**
   * `true` si otro proceso puede llamar a la aplicación al mismo tiempo.
   *
   * @english `true` if another process may call the application at the
   * same time.
   *
   * @python `environ['wsgi.multiprocess']`.
   */
  'wsgi.multiprocess'?: boolean;
  /**
   * `true` si el servidor espera (sin garantizarlo) llamar a la aplicación
   * una sola vez en la vida del proceso, como en CGI.
   *
   * @english `true` if the server expects (but does not guarantee) to call
   * the application only once in the life of the process, as in CGI.
   *
   * @python `environ['wsgi.run_once']`.
   */
  'wsgi.run_once'?: boolean;
  /**
   * Opcional: una `FileWrapperFactory` que convierte un archivo en un
   * iterable que el servidor puede enviar de forma más eficiente.
   *
   * @english Optional: a `FileWrapperFactory` that turns a file into an
   * iterable the server may send more efficiently.
   *
   * @python `environ['wsgi.file_wrapper']`. PEP 3333, *Optional
   * Platform-Specific File Handling*.
   */
  'wsgi.file_wrapper'?: unknown;
}

/**
 * La función `write(data)` que retorna `start_response`: el camino
 * imperativo (y desaconsejado) para enviar el cuerpo.
 *
 * @english The `write(data)` function that `start_response` returns: the
 * imperative (and discouraged) way to send the body.
 *
 * @python — (sin equivalente / no equivalent); `wsgiref.types.StartResponse.__call__() -> Callable[[bytes], object]`.
 *
 * @example
 * ```ts
 * const write: WriteCallable = startResponse('200 OK', [['Content-Type', 'text/plain']]);
 * write(new TextEncoder().encode('hola'));
 * ```
 */
export type WriteCallable = (data: Uint8Array) => void;

/**
 * `start_response(status, response_headers, exc_info=None)`: la aplicación
 * la llama para fijar el estado y las cabeceras. `excInfo` es el error
 * capturado (en Python, la tripleta de `sys.exc_info()`).
 *
 * @english `start_response(status, response_headers, exc_info=None)`: the
 * application calls it to set the status and headers. `excInfo` is the
 * caught error (in Python, the `sys.exc_info()` triple).
 *
 * @python `wsgiref.types.StartResponse`.
 *
 * @example
 * ```ts
 * startResponse('200 OK', [['Content-Type', 'text/plain']]);
 * ```
 */
export type StartResponse = (
  status: string,
  headers: HeaderPair[],
  excInfo?: unknown,
) => WriteCallable;

/**
 * El iterable que retorna una aplicación: bloques de bytes, y quizá un
 * método `close()` que el servidor llamará al terminar.
 *
 * @english The iterable an application returns: byte blocks, and perhaps a
 * `close()` method the server calls at the end.
 *
 * @python `Iterable[bytes]`, the application's return value (PEP 3333).
 *
 * @example
 * ```ts
 * const body: ResponseIterable = Object.assign([new TextEncoder().encode('hola')], {
 *   close: () => console.log('closed'),
 * });
 * ```
 */
export type ResponseIterable = Iterable<Uint8Array> & { close?: () => void };

/**
 * La aplicación WSGI invocable: recibe el entorno y `start_response` y
 * retorna un iterable de cadenas de bytes.
 *
 * @english The WSGI application callable: takes the environ and
 * `start_response` and returns an iterable of bytestrings.
 *
 * @python `wsgiref.types.WSGIApplication`.
 *
 * @example
 * ```ts
 * const app: WSGIApplication = (environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
 *   return [new TextEncoder().encode('hola')];
 * };
 * ```
 */
export type WSGIApplication = (
  environ: WSGIEnvironment,
  startResponse: StartResponse,
) => ResponseIterable;

/**
 * Un objeto parecido a un archivo que `FileWrapper` sabe recorrer: tiene
 * `read(size)` y quizá `close()`.
 *
 * @english A file-like object that `FileWrapper` can walk through: it has
 * `read(size)` and perhaps `close()`.
 *
 * @python `wsgiref.types._Readable`.
 *
 * @example
 * ```ts
 * const file: FileLike = new BytesIO(new TextEncoder().encode('contents'));
 * file.read(4); // bytes of 'cont'
 * ```
 */
export interface FileLike {
  /**
   * Lee hasta `size` bytes; un resultado vacío indica el final.
   *
   * @english Reads up to `size` bytes; an empty result means the end.
   *
   * @python `read(size)`.
   */
  read(size: number): Uint8Array;
  /** @python `close()`. */
  close?(): unknown;
}

/**
 * La fábrica de `wsgi.file_wrapper`: envuelve un archivo en un iterable.
 *
 * @english The `wsgi.file_wrapper` factory: wraps a file in an iterable.
 *
 * @python `wsgiref.types.FileWrapper`.
 *
 * @example
 * ```ts
 * const wrap = environ['wsgi.file_wrapper'] as FileWrapperFactory;
 * return wrap(new BytesIO(datos), 8192);
 * ```
 */
export type FileWrapperFactory = (
  file: FileLike,
  blockSize?: number,
) => Iterable<Uint8Array>;
