/**
 * Los tipos del protocolo WSGI (PEP 3333) en TypeScript.
 *
 * Equivale a `wsgiref.types` de Python (3.11+): no hace nada en tiempo de
 * ejecución, solo describe las formas que comparten servidores, pasarelas
 * y aplicaciones.
 *
 * @module types
 */

/**
 * Una cadena nativa de WSGI: texto cuyos puntos de código son todos
 * `<= 0xFF` (latin-1). Así son el estado, los nombres y valores de las
 * cabeceras y las variables CGI del entorno.
 *
 * Python: `str` usado como «cadena nativa» (PEP 3333, *A Note On String Types*).
 */
export type NativeString = string;

/**
 * Una cadena de bytes: cuerpos de respuesta y datos de `wsgi.input`.
 *
 * Python: `bytes`.
 */
export type ByteString = Uint8Array;

/**
 * Una cabecera de respuesta: el par `[nombre, valor]`.
 *
 * Python: la tupla `(header_name, header_value)` de `start_response`.
 */
export type HeaderPair = [string, string];

/**
 * El flujo de entrada `wsgi.input`: el cuerpo de la petición, leído de
 * forma síncrona (el servidor lo guarda entero antes de llamar a la
 * aplicación).
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
  /** Lee hasta `size` bytes (todos si se omite o es negativo). Python: `read(size=-1)`. */
  read(size?: number): Uint8Array;
  /** Lee una línea, con su `\n` final si lo hay. Python: `readline(size=-1)`. */
  readline(size?: number): Uint8Array;
  /** Lee las líneas que queden. Python: `readlines(hint=-1)`. */
  readlines(hint?: number): Uint8Array[];
}

/**
 * El flujo de errores `wsgi.errors`: texto, como un archivo abierto en modo texto.
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
  /** Escribe una cadena. Python: `write(s)`. */
  write(s: string): unknown;
  /** Escribe varias cadenas seguidas. Python: `writelines(seq)`. */
  writelines(lines: Iterable<string>): unknown;
  /** Vacía el búfer. Python: `flush()`. */
  flush(): unknown;
}

/**
 * Un flujo de salida de bytes, como el `stdout` que recibe un gestor.
 * `write` puede devolver cuántos bytes aceptó; el gestor escribe el resto,
 * como hace `SimpleHandler._write` en Python.
 *
 * Python: un archivo binario con `write()` y `flush()`.
 */
export interface OutputStream {
  /** Escribe bytes; puede devolver cuántos tomó. */
  write(data: Uint8Array): number | void | null | undefined;
  /** Vacía el búfer, si lo hay. */
  flush?(): unknown;
}

/**
 * La versión de WSGI, siempre `[1, 0]`.
 *
 * Python: la tupla `(1, 0)` de `environ['wsgi.version']`.
 */
export type WSGIVersion = readonly [number, number];

/**
 * El entorno WSGI (*environ*): un objeto plano con las variables CGI
 * (`REQUEST_METHOD`, `PATH_INFO`, `HTTP_*`…) como cadenas nativas y las
 * claves `wsgi.*`.
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
 * Python: `wsgiref.types._WriteCallable`.
 */
export type WriteCallable = (data: Uint8Array) => void;

/**
 * `start_response(status, response_headers, exc_info=None)`: la aplicación
 * la llama para fijar el estado y las cabeceras. `excInfo` es el error
 * capturado (en Python, la tripleta de `sys.exc_info()`).
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
 * Python: el `Iterable[bytes]` que devuelve la aplicación (PEP 3333).
 */
export type ResponseIterable = Iterable<Uint8Array> & { close?: () => void };

/**
 * La aplicación WSGI invocable: recibe el entorno y `start_response` y
 * devuelve un iterable de cadenas de bytes.
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
 * Python: `wsgiref.types._Readable`.
 */
export interface FileLike {
  read(size: number): Uint8Array;
  close?(): unknown;
}

/**
 * La fábrica de `wsgi.file_wrapper`: envuelve un archivo en un iterable.
 *
 * Python: `wsgiref.types.FileWrapper`.
 */
export type FileWrapperFactory = (
  file: FileLike,
  blockSize?: number,
) => Iterable<Uint8Array>;
