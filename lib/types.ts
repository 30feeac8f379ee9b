/**
 * Los tipos del protocolo WSGI (PEP 3333) en TypeScript.
 *
 * Equivale a `wsgiref.types` de Python (3.11+): no hace nada en tiempo de
 * ejecución, solo describe las formas que comparten servidores, pasarelas
 * y aplicaciones.
 *
 * English: The WSGI protocol's types (PEP 3333) in TypeScript, the
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
 * English: A WSGI native string: text whose code points are all `<= 0xFF`
 * (latin-1). Status, header names and values and the environ's CGI
 * variables are such strings.
 *
 * Python: `str` usado como «cadena nativa» (PEP 3333, *A Note On String Types*).
 */
export type NativeString = string;

/**
 * Una cadena de bytes: cuerpos de respuesta y datos de `wsgi.input`.
 *
 * English: A bytestring: response bodies and `wsgi.input` data.
 *
 * Python: `bytes`.
 */
export type ByteString = Uint8Array;

/**
 * Una cabecera de respuesta: el par `[nombre, valor]`.
 *
 * English: A response header: the `[name, value]` pair.
 *
 * Python: la tupla `(header_name, header_value)` de `start_response`.
 */
export type HeaderPair = [string, string];

/**
 * El flujo de entrada `wsgi.input`: el cuerpo de la petición, leído de
 * forma síncrona (el servidor lo guarda entero antes de llamar a la
 * aplicación).
 *
 * English: The `wsgi.input` stream: the request body, read synchronously
 * (the server buffers it whole before calling the application).
 *
 * Python: `wsgiref.types.InputStream`.
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
   * English: Reads up to `size` bytes (all of them when omitted or negative).
   *
   * Python: `read(size=-1)`.
   */
  read(size?: number): Uint8Array;
  /**
   * Lee una línea, con su `\n` final si lo hay.
   *
   * English: Reads one line, with its final `\n` if any.
   *
   * Python: `readline(size=-1)`.
   */
  readline(size?: number): Uint8Array;
  /**
   * Lee las líneas que queden.
   *
   * English: Reads the remaining lines.
   *
   * Python: `readlines(hint=-1)`.
   */
  readlines(hint?: number): Uint8Array[];
}

/**
 * El flujo de errores `wsgi.errors`: texto, como un archivo abierto en modo texto.
 *
 * English: The `wsgi.errors` stream: text, like a file opened in text
 * mode.
 *
 * Python: `wsgiref.types.ErrorStream`.
 *
 * @example
 * ```ts
 * const errors: ErrorStream = new StringIO();
 * errors.write('algo salió mal\n');
 * ```
 */
export interface ErrorStream {
  /**
   * Escribe una cadena.
   *
   * English: Writes a string.
   *
   * Python: `write(s)`.
   */
  write(s: string): unknown;
  /**
   * Escribe varias cadenas seguidas.
   *
   * English: Writes several strings in a row.
   *
   * Python: `writelines(seq)`.
   */
  writelines(lines: Iterable<string>): unknown;
  /**
   * Vacía el búfer.
   *
   * English: Flushes the buffer.
   *
   * Python: `flush()`.
   */
  flush(): unknown;
}

/**
 * Un flujo de salida de bytes, como el `stdout` que recibe un gestor.
 * `write` puede devolver cuántos bytes aceptó; el gestor escribe el resto,
 * como hace `SimpleHandler._write` en Python.
 *
 * English: A byte output stream, like the `stdout` a handler gets. `write`
 * may return how many bytes it took; the handler writes the rest, as
 * Python's `SimpleHandler._write` does.
 *
 * Python: un archivo binario con `write()` y `flush()`.
 */
export interface OutputStream {
  /**
   * Escribe bytes; puede devolver cuántos tomó.
   *
   * English: Writes bytes; may return how many it took.
   */
  write(data: Uint8Array): number | void | null | undefined;
  /**
   * Vacía el búfer, si lo hay.
   *
   * English: Flushes the buffer, if there is one.
   */
  flush?(): unknown;
}

/**
 * La versión de WSGI, siempre `[1, 0]`.
 *
 * English: The WSGI version, always `[1, 0]`.
 *
 * Python: la tupla `(1, 0)` de `environ['wsgi.version']`.
 */
export type WSGIVersion = readonly [number, number];

/**
 * El entorno WSGI (*environ*): un objeto plano con las variables CGI
 * (`REQUEST_METHOD`, `PATH_INFO`, `HTTP_*`…) como cadenas nativas y las
 * claves `wsgi.*`.
 *
 * English: The WSGI environ: a plain object with the CGI variables
 * (`REQUEST_METHOD`, `PATH_INFO`, `HTTP_*`…) as native strings, and the
 * `wsgi.*` keys.
 *
 * Python: `wsgiref.types.WSGIEnvironment` (un `dict[str, Any]`).
 *
 * @example
 * ```ts
 * const environ: WSGIEnvironment = { REQUEST_METHOD: 'GET', PATH_INFO: '/' };
 * setupTestingDefaults(environ);
 * ```
 */
export interface WSGIEnvironment {
  [key: string]: unknown;
  'wsgi.version'?: WSGIVersion;
  'wsgi.url_scheme'?: string;
  'wsgi.input'?: InputStream;
  'wsgi.errors'?: ErrorStream;
  'wsgi.multithread'?: boolean;
  'wsgi.multiprocess'?: boolean;
  'wsgi.run_once'?: boolean;
  'wsgi.file_wrapper'?: unknown;
}

/**
 * La función `write(data)` que devuelve `start_response`: el camino
 * imperativo (y desaconsejado) para enviar el cuerpo.
 *
 * English: The `write(data)` function that `start_response` returns: the
 * imperative (and discouraged) way to send the body.
 *
 * Python: `wsgiref.types._WriteCallable`.
 */
export type WriteCallable = (data: Uint8Array) => void;

/**
 * `start_response(status, response_headers, exc_info=None)`: la aplicación
 * la llama para fijar el estado y las cabeceras. `excInfo` es el error
 * capturado (en Python, la tripleta de `sys.exc_info()`).
 *
 * English: `start_response(status, response_headers, exc_info=None)`: the
 * application calls it to set the status and headers. `excInfo` is the
 * caught error (in Python, the `sys.exc_info()` triple).
 *
 * Python: `wsgiref.types.StartResponse`.
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
 * El iterable que devuelve una aplicación: bloques de bytes, y quizá un
 * método `close()` que el servidor llamará al terminar.
 *
 * English: The iterable an application returns: byte blocks, and perhaps a
 * `close()` method the server calls at the end.
 *
 * Python: el `Iterable[bytes]` que devuelve la aplicación (PEP 3333).
 */
export type ResponseIterable = Iterable<Uint8Array> & { close?: () => void };

/**
 * La aplicación WSGI invocable: recibe el entorno y `start_response` y
 * devuelve un iterable de cadenas de bytes.
 *
 * English: The WSGI application callable: takes the environ and
 * `start_response` and returns an iterable of bytestrings.
 *
 * Python: `wsgiref.types.WSGIApplication`.
 *
 * @example
 * ```ts
 * const app: WSGIApplication = (environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
 *   return [new TextEncoder().encode('¡Hola!')];
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
 * English: A file-like object that `FileWrapper` can walk through: it has
 * `read(size)` and perhaps `close()`.
 *
 * Python: `wsgiref.types._Readable`.
 */
export interface FileLike {
  read(size: number): Uint8Array;
  close?(): unknown;
}

/**
 * La fábrica de `wsgi.file_wrapper`: envuelve un archivo en un iterable.
 *
 * English: The `wsgi.file_wrapper` factory: wraps a file in an iterable.
 *
 * Python: `wsgiref.types.FileWrapper`.
 */
export type FileWrapperFactory = (
  file: FileLike,
  blockSize?: number,
) => Iterable<Uint8Array>;
