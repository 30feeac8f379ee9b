/**
 * Verificador de compatibilidad WSGI: un *middleware* que se pone entre el
 * servidor y la aplicación y comprueba que ambos cumplen muchas reglas de
 * PEP 3333 (no todas), sin cambiar la petición ni la respuesta.
 *
 * Cada comprobación de `validate.py` está aquí con el mismo nombre en
 * camelCase (`check_environ` es `checkEnviron`…); una infracción lanza
 * `WSGIAssertionError` (el `AssertionError` de Python) y un aviso es un
 * `WSGIWarning` que recibe `options.onWarning`.
 *
 * Diferencias obligadas por JavaScript (se explican en cada función):
 * - No hay argumentos con nombre, así que la comprobación «No keyword
 *   arguments allowed» no existe; sí se cuentan los argumentos.
 * - Las tuplas de Python (`wsgi.version`, cada cabecera) son arrays.
 * - `excInfo` es el error capturado, no la tripleta de `sys.exc_info()`.
 * - No hay `__del__`: el aviso de «iterable sin cerrar» se da al terminar
 *   la petición (ver `IteratorWrapper`).
 *
 * @english WSGI conformance checker: a *middleware* that sits between the
 * server and the application and checks that both follow many of
 * PEP 3333's rules (not all), without changing the request or the response.
 *
 * Every check in `validate.py` is here under the same name in
 * camelCase (`check_environ` is `checkEnviron`…); a violation throws
 * `WSGIAssertionError` (Python's `AssertionError`) and a warning is a
 * `WSGIWarning` passed to `options.onWarning`.
 *
 * Differences forced by JavaScript (explained in each function):
 * - There are no keyword arguments, so the "No keyword arguments allowed"
 *   check does not exist; the number of arguments is still checked.
 * - Python's tuples (`wsgi.version`, each header) are arrays.
 * - `excInfo` is the caught error, not the `sys.exc_info()` triple.
 * - There is no `__del__`: the "iterable not closed" warning is given when
 *   the request ends (see `IteratorWrapper`).
 *
 * @python `wsgiref.validate`.
 *
 * @module validate
 */

import { assert, WSGIAssertionError } from './internal/errors';
import { bilingual } from './internal/messages';
import { hasAttribute, isErrorObject, isPlainObject } from './internal/python_types';
import { repr, typeName } from './internal/repr';
import { checkStringType } from './internal/string_type';
import {
  checkContentLength,
  checkHeader,
  checkPaths,
  checkReadBytes,
  parseStatusCode,
  statusCodeText,
} from './internal/validate_rules';
import type {
  ErrorStream,
  HeaderPair,
  InputStream,
  ResponseIterable,
  StartResponse,
  WSGIApplication,
  WSGIEnvironment,
  WriteCallable,
} from './types';

export { WSGIAssertionError } from './internal/errors';

/**
 * Un aviso del verificador: algo que solo merece un aviso. Dos de esas
 * cosas las permite PEP 3333 (falta `QUERY_STRING`, un método HTTP que el
 * verificador no conoce) y una la incumple (un estado sin espacio tras el
 * código). No se lanza: se entrega a `options.onWarning`.
 *
 * @english A checker warning: something that only gets a warning. PEP 3333
 * allows two of those things (a missing `QUERY_STRING`, an HTTP method the
 * checker does not know) and one breaks it (a status with no space after
 * the code). It is not thrown: it is handed to `options.onWarning`.
 *
 * @python `wsgiref.validate.WSGIWarning` (a `Warning` subclass, issued
 * with `warnings.warn`).
 *
 * @example
 * ```ts
 * const avisos: WSGIWarning[] = [];
 * const app = validator(miApp, { onWarning: (aviso) => avisos.push(aviso) });
 * ```
 */
export class WSGIWarning extends Error {
  /**
   * `'WSGIWarning'`: el nombre que muestran los avisos.
   *
   * @english `'WSGIWarning'`: the name warnings show.
   */
  override name = 'WSGIWarning';
}

/**
 * Opciones de `validator`. En Python, `validator(application)` no tiene
 * opciones: los avisos pasan por el módulo `warnings` (se filtran o se
 * convierten en errores con `warnings.simplefilter`) y el «iterable sin
 * cerrar» se escribe en `sys.stderr`.
 *
 * @english Options of `validator`. In Python, `validator(application)`
 * takes no options: warnings go through the `warnings` module (filtered or
 * turned into errors with `warnings.simplefilter`) and "iterable not
 * closed" is written to `sys.stderr`.
 *
 * @python — (sin equivalente / no equivalent); `warnings.warn(message, WSGIWarning)`,
 * `sys.stderr`.
 *
 * @example
 * ```ts
 * const opciones: ValidatorOptions = {
 *   onWarning: (aviso) => console.log(aviso.message),
 *   onUnclosed: (error) => { throw error; },
 * };
 * ```
 */
export interface ValidatorOptions {
  /**
   * Recibe cada `WSGIWarning`. Por defecto, `console.warn`.
   *
   * @english Receives every `WSGIWarning`. By default, `console.warn`.
   *
   * @python `warnings.warn(message, WSGIWarning)`.
   */
  onWarning?: (warning: WSGIWarning) => void;
  /**
   * Recibe el `WSGIAssertionError` «iterable sin cerrar» cuando la petición
   * termina sin que el servidor llamara a `close()` del resultado. Por
   * defecto, `console.error` del mensaje. Python lo escribe en
   * `sys.stderr` desde `__del__` (ver `IteratorWrapper`).
   *
   * @english Receives the "iterable not closed" `WSGIAssertionError` when
   * the request ends without the server calling the result's `close()`.
   * By default, `console.error` of the message. Python writes it to
   * `sys.stderr` from `__del__` (see `IteratorWrapper`).
   */
  onUnclosed?: (error: WSGIAssertionError) => void;
}

type WarningSink = (warning: WSGIWarning) => void;

const defaultWarning: WarningSink = (warning) => {
  console.warn(`${warning.name}: ${warning.message}`);
};

const defaultUnclosed = (error: WSGIAssertionError): void => {
  console.error(error.message);
};

const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS', 'PATCH', 'PUT', 'DELETE', 'TRACE'];
const NO_MESSAGE_BODY = [204, 304];
const REQUIRED_KEYS = [
  'REQUEST_METHOD',
  'SERVER_NAME',
  'SERVER_PORT',
  'wsgi.version',
  'wsgi.input',
  'wsgi.errors',
  'wsgi.multithread',
  'wsgi.multiprocess',
  'wsgi.run_once',
];

/**
 * Comprueba el entorno que el servidor pasa a la aplicación: que es un
 * objeto plano, que tiene las claves obligatorias, que las variables CGI
 * son cadenas, y las reglas de `SCRIPT_NAME`, `PATH_INFO`,
 * `CONTENT_LENGTH` y `wsgi.url_scheme`. Lo que solo es desaconsejable
 * (falta `QUERY_STRING`, método desconocido) se avisa con `onWarning`.
 *
 * Diferencias con Python: `wsgi.version` debe ser un array (la tupla de
 * Python); un `CONTENT_LENGTH` que no es un entero es un
 * `WSGIAssertionError` (Python deja escapar el `ValueError` de `int()`);
 * sin `wsgi.url_scheme` el error es el de «desconocido» (Python lanza
 * `KeyError`).
 *
 * @english Checks the environ the server passes to the application: that
 * it is a plain object, has the required keys, its CGI variables are
 * strings, and the rules for `SCRIPT_NAME`, `PATH_INFO`, `CONTENT_LENGTH`
 * and `wsgi.url_scheme`. What is merely discouraged (missing
 * `QUERY_STRING`, unknown method) is reported through `onWarning`.
 *
 * Differences from Python: `wsgi.version` must be an array
 * (Python's tuple); a `CONTENT_LENGTH` that is not an integer is a
 * `WSGIAssertionError` (Python lets the `ValueError` from `int()`
 * escape); without `wsgi.url_scheme` the error is the "unknown" one
 * (Python raises `KeyError`).
 *
 * @python `wsgiref.validate.check_environ`. PEP 3333, *environ Variables*.
 *
 * @param environ - El entorno a comprobar.
 *
 * @english The environ to check.
 *
 * @param onWarning - Quién recibe los avisos (por defecto, `console.warn`).
 *
 * @english Who receives the warnings (`console.warn` by default).
 *
 * @throws WSGIAssertionError con la primera regla incumplida.
 *
 * @english WSGIAssertionError with the first rule broken.
 *
 * @example
 * ```ts
 * const environ = {};
 * setupTestingDefaults(environ);
 * environ.QUERY_STRING = '';
 * checkEnviron(environ);          // ok
 * environ.SCRIPT_NAME = '/';
 * checkEnviron(environ);          // WSGIAssertionError (SCRIPT_NAME '/')
 * ```
 */
export function checkEnviron(environ: unknown, onWarning: WarningSink = defaultWarning): void {
  assert(
    isPlainObject(environ),
    `El entorno no es del tipo correcto (un objeto plano): ${typeName(environ)} (entorno: ${repr(environ)}).`,
    `Environment is not of the right type: ${typeName(environ)} (environment: ${repr(environ)}).`,
  );
  for (const key of REQUIRED_KEYS) {
    assert(
      Object.hasOwn(environ, key),
      `Falta en el entorno la clave obligatoria ${repr(key)}.`,
      `Environment missing required key: ${repr(key)}.`,
    );
  }
  for (const key of ['HTTP_CONTENT_TYPE', 'HTTP_CONTENT_LENGTH']) {
    assert(
      !Object.hasOwn(environ, key),
      `El entorno no debería tener la clave ${key} (usa ${key.slice(5)}).`,
      `Environment should not have the key: ${key} (use ${key.slice(5)} instead).`,
    );
  }
  if (!Object.hasOwn(environ, 'QUERY_STRING')) {
    onWarning(
      new WSGIWarning(
        bilingual(
          'QUERY_STRING no está en el entorno WSGI; el módulo cgi usa sys.argv cuando falta, ' +
            'así que los errores de la aplicación son más probables.',
          'QUERY_STRING is not in the WSGI environment; the cgi module will use sys.argv ' +
            'when this variable is missing, so application errors are more likely',
        ),
      ),
    );
  }
  for (const key of Object.keys(environ)) {
    // Keys with a dot are extensions (wsgi.*, server-specific): any type.
    if (key.includes('.')) continue;
    assert(
      typeof environ[key] === 'string',
      `La variable de entorno ${key} no es una cadena: ${typeName(environ[key])} (valor: ${repr(environ[key])}).`,
      `Environmental variable ${key} is not a string: ${typeName(environ[key])} (value: ${repr(environ[key])}).`,
    );
  }
  assert(
    Array.isArray(environ['wsgi.version']),
    `wsgi.version debería ser un array, la tupla de Python (${repr(environ['wsgi.version'])}).`,
    `wsgi.version should be a tuple (${repr(environ['wsgi.version'])}).`,
  );
  const scheme = environ['wsgi.url_scheme'];
  assert(
    scheme === 'http' || scheme === 'https',
    `wsgi.url_scheme desconocido: ${repr(scheme)}.`,
    `wsgi.url_scheme unknown: ${repr(scheme)}.`,
  );
  checkInput(environ['wsgi.input']);
  checkErrors(environ['wsgi.errors']);
  checkRequestMethod(environ.REQUEST_METHOD, onWarning);
  checkPaths(environ);
  checkContentLength(environ.CONTENT_LENGTH);
}

function checkRequestMethod(method: unknown, onWarning: WarningSink): void {
  if (!KNOWN_METHODS.includes(method as string)) {
    onWarning(
      new WSGIWarning(
        bilingual(`REQUEST_METHOD desconocido: ${repr(method)}.`, `Unknown REQUEST_METHOD: ${repr(method)}`),
      ),
    );
  }
}

/**
 * Comprueba que `wsgi.input` tiene `read`, `readline`, `readlines` y es
 * iterable.
 *
 * @english Checks that `wsgi.input` has `read`, `readline`, `readlines`
 * and is iterable.
 *
 * @python `wsgiref.validate.check_input`. PEP 3333, *Input and Error
 * Streams*.
 *
 * @throws WSGIAssertionError si falta alguno.
 *
 * @english WSGIAssertionError if any of them is missing.
 *
 * @example
 * ```ts
 * checkInput(new BytesIO());   // ok
 * checkInput({ read() {} });   // WSGIAssertionError (no readline)
 * ```
 */
export function checkInput(wsgiInput: unknown): void {
  const attributes: [PropertyKey, string][] = [
    ['read', 'read'],
    ['readline', 'readline'],
    ['readlines', 'readlines'],
    [Symbol.iterator, '[Symbol.iterator] (__iter__)'],
  ];
  for (const [attribute, label] of attributes) {
    assert(
      hasAttribute(wsgiInput, attribute),
      `wsgi.input (${repr(wsgiInput)}) no tiene el atributo ${label}.`,
      `wsgi.input (${repr(wsgiInput)}) doesn't have the attribute ${label}.`,
    );
  }
}

/**
 * Comprueba que `wsgi.errors` tiene `flush`, `write` y `writelines`.
 *
 * @english Checks that `wsgi.errors` has `flush`, `write` and
 * `writelines`.
 *
 * @python `wsgiref.validate.check_errors`. PEP 3333, *Input and Error
 * Streams*.
 *
 * @throws WSGIAssertionError si falta alguno.
 *
 * @english WSGIAssertionError if any of them is missing.
 *
 * @example
 * ```ts
 * checkErrors(new StringIO());    // ok
 * checkErrors({ write() {} });    // WSGIAssertionError (no flush)
 * ```
 */
export function checkErrors(wsgiErrors: unknown): void {
  for (const attribute of ['flush', 'write', 'writelines']) {
    assert(
      hasAttribute(wsgiErrors, attribute),
      `wsgi.errors (${repr(wsgiErrors)}) no tiene el atributo ${attribute}.`,
      `wsgi.errors (${repr(wsgiErrors)}) doesn't have the attribute ${attribute}.`,
    );
  }
}

/**
 * Comprueba el estado que la aplicación pasa a `start_response`: una
 * cadena cuya primera palabra es un código de tres cifras `>= 100`. Si no
 * hay un espacio justo después del código, solo avisa. Un código que no
 * es un entero es un `WSGIAssertionError` (en Python, el `ValueError` de
 * `int()`).
 *
 * @english Checks the status the application passes to `start_response`:
 * a string whose first word is a three-digit code `>= 100`. If there is
 * no space right after the code, it only warns. A code that is not an
 * integer is a `WSGIAssertionError` (in Python, the `ValueError` from
 * `int()`).
 *
 * @python `wsgiref.validate.check_status`. PEP 3333, *The start_response()
 * Callable*: "a status string like "200 OK"".
 *
 * @param status - El estado, p. ej. `'200 OK'`.
 *
 * @english The status, e.g. `'200 OK'`.
 *
 * @param onWarning - Quién recibe los avisos (por defecto, `console.warn`).
 *
 * @english Who receives the warnings (`console.warn` by default).
 *
 * @throws WSGIAssertionError si no es una cadena o el código no vale.
 *
 * @english WSGIAssertionError if it is not a string or the code is
 * invalid.
 *
 * @example
 * ```ts
 * checkStatus('404 Not Found');   // ok
 * checkStatus('99 Old');          // WSGIAssertionError (not 3 digits)
 * checkStatus('200');             // WSGIWarning only (no reason phrase)
 * ```
 */
export function checkStatus(status: unknown, onWarning: WarningSink = defaultWarning): void {
  const text = checkStringType(status, 'Status');
  const code = statusCodeText(text);
  assert(
    code.length === 3,
    `Los códigos de estado deben tener tres caracteres: ${repr(code)}.`,
    `Status codes must be three characters: ${repr(code)}.`,
  );
  const number = parseStatusCode(code);
  assert(
    number >= 100,
    `El código de estado no es válido: ${number}.`,
    `Status code is invalid: ${number}.`,
  );
  if (text.length < 4 || text[3] !== ' ') {
    onWarning(
      new WSGIWarning(
        bilingual(
          `El estado (${repr(text)}) debería ser un entero de tres cifras seguido de un solo ` +
            'espacio y una explicación.',
          `The status string (${repr(text)}) should be a ` +
            'three-digit integer followed by a single space and a status explanation',
        ),
      ),
    );
  }
}

/**
 * Comprueba la lista de cabeceras de `start_response`: un array de pares
 * `[nombre, valor]` de cadenas; sin cabecera `Status`; nombres de la forma
 * `^[a-zA-Z][a-zA-Z0-9\-_]*$` que no acaban en `-` ni `_`; valores sin
 * caracteres de control (`\x00`–`\x1f`, tabulador incluido). Cada par es
 * un array (en Python, una tupla; allí una lista se rechaza).
 *
 * @english Checks the header list given to `start_response`: an array of
 * `[name, value]` string pairs; no `Status` header; names of the form
 * `^[a-zA-Z][a-zA-Z0-9\-_]*$` not ending in `-` or `_`; values without
 * control characters (`\x00`–`\x1f`, tab included). Each pair is an
 * array (in Python, a tuple; a list is rejected there).
 *
 * @python `wsgiref.validate.check_headers`. PEP 3333, *The
 * start_response() Callable*.
 *
 * @throws WSGIAssertionError con la primera regla incumplida.
 *
 * @english WSGIAssertionError with the first rule broken.
 *
 * @example
 * ```ts
 * checkHeaders([['Content-Type', 'text/plain']]);   // ok
 * checkHeaders([['Status', '200 OK']]);             // WSGIAssertionError (Status)
 * checkHeaders([['X-Bad-', 'a']]);                  // WSGIAssertionError (ends in '-')
 * ```
 */
export function checkHeaders(headers: unknown): void {
  assert(
    Array.isArray(headers) && Object.getPrototypeOf(headers) === Array.prototype,
    `Las cabeceras (${repr(headers)}) deben ser un array: ${typeName(headers)}.`,
    `Headers (${repr(headers)}) must be of type list: ${typeName(headers)}.`,
  );
  for (const item of headers) {
    assert(
      Array.isArray(item),
      `Cada cabecera (${repr(item)}) debe ser un array [nombre, valor] (la tupla de Python): ${typeName(item)}.`,
      `Individual headers (${repr(item)}) must be of type tuple: ${typeName(item)}.`,
    );
    assert(
      item.length === 2,
      `Cada cabecera debe tener exactamente dos elementos (${repr(item)}).`,
      `Each header must have exactly two items (${repr(item)}).`,
    );
    checkHeader(item[0], item[1]);
  }
}

/**
 * Comprueba `Content-Type`: obligatoria en toda respuesta salvo las 204 y
 * 304, donde está prohibida porque no llevan cuerpo (según la lectura de
 * Python de la RFC 2616).
 *
 * @english Checks `Content-Type`: required in every response except 204
 * and 304, where it is forbidden because they carry no body (as Python
 * reads RFC 2616).
 *
 * @python `wsgiref.validate.check_content_type`.
 *
 * @throws WSGIAssertionError si falta o sobra.
 *
 * @english WSGIAssertionError if it is missing or not allowed.
 *
 * @example
 * ```ts
 * checkContentType('200 OK', [['Content-Type', 'text/html']]);  // ok
 * checkContentType('204 No Content', []);                       // ok
 * checkContentType('200 OK', []);                               // WSGIAssertionError (no Content-Type)
 * ```
 */
export function checkContentType(status: unknown, headers: readonly HeaderPair[]): void {
  const code = parseStatusCode(statusCodeText(checkStringType(status, 'Status')));
  for (const [rawName] of headers) {
    const name = checkStringType(rawName, 'Header name');
    if (name.toLowerCase() === 'content-type') {
      if (!NO_MESSAGE_BODY.includes(code)) return;
      assert(
        false,
        `Hay una cabecera Content-Type en una respuesta ${code}, que no debe llevar contenido.`,
        `Content-Type header found in a ${code} response, which must not return content.`,
      );
    }
  }
  assert(
    NO_MESSAGE_BODY.includes(code),
    `No hay cabecera Content-Type en las cabeceras (${repr(headers)}).`,
    `No Content-Type header found in headers (${repr(headers)}).`,
  );
}

/**
 * Comprueba el tercer argumento de `start_response`: nada (`undefined` o
 * `null`) o el error capturado. Python exige una tupla (la de
 * `sys.exc_info()`); aquí `excInfo` es el propio error, así que se exige
 * un `Error` (de cualquier subclase o *realm*).
 *
 * @english Checks the third argument of `start_response`: nothing
 * (`undefined` or `null`) or the caught error. Python requires a tuple
 * (the one from `sys.exc_info()`); here `excInfo` is the error itself, so
 * an `Error` (of any subclass or *realm*) is required.
 *
 * @python `wsgiref.validate.check_exc_info`.
 *
 * @throws WSGIAssertionError si no lo es.
 *
 * @english WSGIAssertionError if it is not.
 *
 * @example
 * ```ts
 * checkExcInfo(undefined);              // ok
 * checkExcInfo(new Error('oops'));     // ok
 * checkExcInfo(['type', 'value', 'tb']); // WSGIAssertionError
 * ```
 */
export function checkExcInfo(excInfo: unknown): void {
  assert(
    excInfo === undefined || excInfo === null || isErrorObject(excInfo),
    `excInfo (${repr(excInfo)}) debe ser el error capturado (un Error): ${typeName(excInfo)}.`,
    `exc_info (${repr(excInfo)}) is not a tuple (here: the caught Error): ${typeName(excInfo)}.`,
  );
}

/**
 * Comprueba que la aplicación no devolvió una cadena ni una cadena de
 * bytes como resultado: se enviaría carácter a carácter. Debe devolver un
 * iterable de cadenas de bytes (un array con una sola, por ejemplo).
 *
 * @english Checks that the application did not return a string or a byte
 * string as its result: it would be sent one character at a time. It
 * must return an iterable of byte strings (an array with just one, for
 * example).
 *
 * @python `wsgiref.validate.check_iterator`.
 *
 * @throws WSGIAssertionError si el resultado es una cadena o un `Uint8Array`.
 *
 * @english WSGIAssertionError if the result is a string or a `Uint8Array`.
 *
 * @example
 * ```ts
 * checkIterator([new Uint8Array([104, 105])]);  // ok
 * checkIterator(new Uint8Array([104, 105]));    // WSGIAssertionError
 * ```
 */
export function checkIterator(iterator: unknown): void {
  assert(
    typeof iterator !== 'string' && !(iterator instanceof Uint8Array),
    'No devuelvas una cadena como iterable de la aplicación; devuelve un array con una sola cadena de bytes.',
    'You should not return a string as your application iterator, instead return a ' +
      'single-item list containing a bytestring.',
  );
}

/**
 * Envuelve `wsgi.input` y comprueba cómo lo usa la aplicación: `read`
 * con exactamente un argumento, `readline` y `readlines` con uno como
 * mucho, que todo retorne `Uint8Array` y que nunca se llame a `close()`.
 *
 * @english Wraps `wsgi.input` and checks how the application uses it:
 * `read` with exactly one argument, `readline` and `readlines` with at
 * most one, everything returning `Uint8Array`, and `close()` never
 * called.
 *
 * @python `wsgiref.validate.InputWrapper`. PEP 3333, *Input and Error
 * Streams*.
 *
 * @example
 * ```ts
 * const entrada = new InputWrapper(new BytesIO(new Uint8Array([1, 2, 3])));
 * entrada.read(2);    // Uint8Array [1, 2]
 * entrada.read();     // WSGIAssertionError: read() necesita exactamente un argumento
 * ```
 */
export class InputWrapper implements InputStream {
  /** @python `input`. */
  readonly input: InputStream;

  constructor(wsgiInput: InputStream) {
    this.input = wsgiInput;
  }

  /** @python `InputWrapper.read(*args)`. */
  read(...args: unknown[]): Uint8Array {
    assert(
      args.length === 1,
      `wsgi.input.read() necesita exactamente un argumento, el tamaño (recibió ${args.length}).`,
      `wsgi.input.read() must be called with exactly one argument (got ${args.length}).`,
    );
    return checkReadBytes(this.input.read(args[0] as number), 'read()');
  }

  /** @python `InputWrapper.readline(*args)`. */
  readline(...args: unknown[]): Uint8Array {
    assert(
      args.length <= 1,
      `wsgi.input.readline() admite un argumento como mucho (recibió ${args.length}).`,
      `wsgi.input.readline() takes at most one argument (got ${args.length}).`,
    );
    return checkReadBytes((this.input.readline as (...a: unknown[]) => unknown)(...args), 'readline()');
  }

  /** @python `InputWrapper.readlines(*args)`. */
  readlines(...args: unknown[]): Uint8Array[] {
    assert(
      args.length <= 1,
      `wsgi.input.readlines() admite un argumento como mucho (recibió ${args.length}).`,
      `wsgi.input.readlines() takes at most one argument (got ${args.length}).`,
    );
    const lines: unknown = (this.input.readlines as (...a: unknown[]) => unknown)(...args);
    assert(
      Array.isArray(lines),
      `wsgi.input.readlines() debe devolver un array (devolvió ${repr(lines)}).`,
      `wsgi.input.readlines() must return a list (got ${repr(lines)}).`,
    );
    for (const line of lines) checkReadBytes(line, 'readlines()');
    return lines as Uint8Array[];
  }

  /**
   * Recorre las líneas con `readline()`.
   *
   * @english Iterates over the lines with `readline()`.
   *
   * @python `InputWrapper.__iter__`.
   */
  *[Symbol.iterator](): Iterator<Uint8Array> {
    for (;;) {
      const line = this.readline();
      if (line.length === 0) return;
      yield line;
    }
  }

  /**
   * Siempre lanza: la aplicación no debe cerrar `wsgi.input`.
   *
   * @english Always throws: the application must not close `wsgi.input`.
   *
   * @python `InputWrapper.close`.
   */
  close(): never {
    throw new WSGIAssertionError(
      bilingual('No se debe llamar a input.close().', 'input.close() must not be called'),
    );
  }
}

/**
 * Envuelve `wsgi.errors` y comprueba que solo se escriben cadenas y que
 * nunca se llama a `close()`.
 *
 * @english Wraps `wsgi.errors` and checks that only strings are written
 * and that `close()` is never called.
 *
 * @python `wsgiref.validate.ErrorWrapper`. PEP 3333, *Input and Error
 * Streams*.
 *
 * @example
 * ```ts
 * const errors = new ErrorWrapper(new StringIO());
 * errors.write('warning\n');            // ok
 * errors.write(new Uint8Array([1]));   // WSGIAssertionError (not a str)
 * ```
 */
export class ErrorWrapper implements ErrorStream {
  /** @python `errors`. */
  readonly errors: ErrorStream;

  constructor(wsgiErrors: ErrorStream) {
    this.errors = wsgiErrors;
  }

  /** @python `ErrorWrapper.write(s)`. */
  write(s: string): void {
    assert(
      typeof s === 'string',
      `wsgi.errors.write() espera una cadena (recibió ${repr(s)}).`,
      `wsgi.errors.write() expects a str (got ${repr(s)}).`,
    );
    this.errors.write(s);
  }

  /** @python `ErrorWrapper.flush()`. */
  flush(): void {
    this.errors.flush();
  }

  /**
   * Escribe cada cadena con `write`.
   *
   * @english Writes each string with `write`.
   *
   * @python `ErrorWrapper.writelines(seq)`.
   */
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }

  /**
   * Siempre lanza: la aplicación no debe cerrar `wsgi.errors`.
   *
   * @english Always throws: the application must not close `wsgi.errors`.
   *
   * @python `ErrorWrapper.close`.
   */
  close(): never {
    throw new WSGIAssertionError(
      bilingual('No se debe llamar a errors.close().', 'errors.close() must not be called'),
    );
  }
}

/**
 * Envuelve la función `write` que retorna `start_response` y comprueba
 * que solo recibe `Uint8Array`. En Python es una clase con `__call__`; en
 * JavaScript, una función.
 *
 * @english Wraps the `write` function that `start_response` returns and
 * checks that it only receives `Uint8Array`. In Python it is a class with
 * `__call__`; in JavaScript, a function.
 *
 * @python `wsgiref.validate.WriteWrapper`.
 *
 * @example
 * ```ts
 * const write = writeWrapper((data) => console.log(data.length));
 * write(new Uint8Array(3));  // 3
 * write('hola' as never);    // WSGIAssertionError
 * ```
 */
export function writeWrapper(writer: WriteCallable): WriteCallable {
  return (data: Uint8Array) => {
    assert(
      data instanceof Uint8Array,
      `write() espera un Uint8Array (recibió ${repr(data)}).`,
      `write() expects bytes (got ${repr(data)}).`,
    );
    writer(data);
  };
}

/** What IteratorWrapper knows about start_response: called yet, or no check. */
interface StartResponseFlag {
  called: boolean;
}

/**
 * Envuelve el iterable que retorna la aplicación y comprueba que el
 * servidor lo usa bien: cada bloque es un `Uint8Array`; `start_response`
 * se llamó antes del primer bloque; no se lee después de `close()`; y al
 * final se llama a `close()`.
 *
 * **Sin `__del__`.** Python descubre que nadie llamó a `close()` cuando el
 * recolector de basura destruye el envoltorio. JavaScript no tiene un
 * equivalente fiable, así que se comprueba al terminar la petición, que
 * aquí es el final del trabajo síncrono del servidor (el protocolo es
 * síncrono):
 *
 * 1. al crearse el envoltorio (la aplicación acaba de devolver su
 *    resultado) se programa una comprobación con `queueMicrotask`; si
 *    cuando corre el servidor ni empezó a recorrer el resultado ni lo
 *    cerró, se informa;
 * 2. cuando el servidor agota el iterable (`next()` retorna `done`) se
 *    programa otra; si cuando corre no se ha llamado a `close()`, se
 *    informa.
 *
 * Un gestor como `SimpleHandler` recorre, termina y cierra en el mismo
 * trabajo síncrono, así que nunca salta en falso. Lo que no se detecta: un
 * servidor que empezó a recorrer el resultado, no lo agotó y tampoco lo
 * cerró. Informar es llamar a `onUnclosed` con un `WSGIAssertionError`
 * (Python escribe el mensaje en `sys.stderr` y el `AssertionError` de
 * `__del__` se ignora); se informa una sola vez.
 *
 * @english Wraps the iterable the application returns and checks that
 * the server uses it properly: every block is a `Uint8Array`;
 * `start_response` was called before the first block; nothing is read
 * after `close()`; and `close()` is called at the end.
 *
 * **No `__del__`.** Python finds out that nobody called `close()`
 * when the garbage collector destroys the wrapper. JavaScript has no
 * reliable equivalent, so the check happens when the request ends, which
 * here is the end of the server's synchronous work (the protocol is
 * synchronous):
 *
 * 1. when the wrapper is created (the application has just
 *    returned its result) a check is scheduled with `queueMicrotask`; if,
 *    when it runs, the server has neither started iterating the result
 *    nor closed it, this is reported;
 * 2. when the server exhausts the iterable (`next()` returns `done`)
 *    another check is scheduled; if `close()` has not been called when it
 *    runs, this is reported.
 *
 * A handler like `SimpleHandler` iterates, finishes and closes in
 * the same synchronous work, so it never fires falsely. What is not
 * detected: a server that started iterating the result, did not exhaust
 * it and did not close it either. Reporting means calling `onUnclosed`
 * with a `WSGIAssertionError` (Python writes the message to `sys.stderr`
 * and the `AssertionError` from `__del__` is ignored); it is reported
 * only once.
 *
 * @python `wsgiref.validate.IteratorWrapper`. PEP 3333: "If the iterable
 * returned by the application has a close() method, the server or gateway
 * must call that method upon completion of the current request".
 *
 * @example
 * ```ts
 * const wrapped = new IteratorWrapper([new Uint8Array([1])], { called: true });
 * [...wrapped];       // [Uint8Array [1]]
 * wrapped.close();
 * wrapped.next();     // WSGIAssertionError (read after close)
 * ```
 */
export class IteratorWrapper implements IterableIterator<Uint8Array> {
  /** @python `original_iterator`. */
  readonly originalIterator: ResponseIterable;
  /** @python `closed`. */
  closed = false;
  /** @python `iterator` (`iter(wsgi_iterator)`). */
  readonly iterator: Iterator<unknown>;
  /** @python `check_start_response`. */
  checkStartResponse: StartResponseFlag | null;
  private started = false;
  private reported = false;
  private readonly onUnclosed: ((error: WSGIAssertionError) => void) | null;

  /**
   * Envuelve `wsgiIterator` y obtiene ya su iterador (como `iter()` en
   * Python).
   *
   * @english Wraps `wsgiIterator` and gets its iterator right away (like
   * `iter()` in Python).
   *
   * @param wsgiIterator - El resultado de la aplicación.
   *
   * @english The application's result.
   *
   * @param checkStartResponse - `{ called }`, que `start_response` pone a
   *   `true`; `null` para no comprobarlo.
   *
   * @english `{ called }`, which `start_response` sets to `true`; `null`
   * to skip that check.
   *
   * @param onUnclosed - Quién recibe el error «sin cerrar»; `null` (por
   *   defecto) desactiva esa comprobación.
   *
   * @english Who receives the "not closed" error; `null` (the default)
   * turns that check off.
   */
  constructor(
    wsgiIterator: ResponseIterable,
    checkStartResponse: StartResponseFlag | null,
    onUnclosed: ((error: WSGIAssertionError) => void) | null = null,
  ) {
    this.originalIterator = wsgiIterator;
    this.iterator = wsgiIterator[Symbol.iterator]();
    this.checkStartResponse = checkStartResponse;
    this.onUnclosed = onUnclosed;
    if (onUnclosed) queueMicrotask(() => this.checkClosed(true));
  }

  /** @python `IteratorWrapper.__iter__`. */
  [Symbol.iterator](): this {
    return this;
  }

  /** @python `IteratorWrapper.__next__`. */
  next(): IteratorResult<Uint8Array, undefined> {
    assert(
      !this.closed,
      'Se leyó el iterable después de cerrarlo.',
      'Iterator read after closed.',
    );
    this.started = true;
    const step = this.iterator.next();
    if (step.done) {
      if (this.onUnclosed) queueMicrotask(() => this.checkClosed(false));
      return { done: true, value: undefined };
    }
    const value = step.value;
    assert(
      value instanceof Uint8Array,
      `El iterable produjo algo que no es una cadena de bytes (${repr(value)}).`,
      `Iterator yielded non-bytestring (${repr(value)}).`,
    );
    if (this.checkStartResponse !== null) {
      assert(
        this.checkStartResponse.called,
        'La aplicación devolvió su resultado y se empezó a recorrer su cuerpo, pero aún no ' +
          'ha llamado a start_response.',
        'The application returns and we started iterating over its body, but ' +
          'start_response has not yet been called.',
      );
      this.checkStartResponse = null;
    }
    return { done: false, value };
  }

  /**
   * Marca el envoltorio como cerrado y cierra el original si puede.
   *
   * @english Marks the wrapper as closed and closes the original if it
   * can.
   *
   * @python `IteratorWrapper.close`.
   */
  close(): void {
    this.closed = true;
    const original = this.originalIterator as { close?: unknown };
    if (typeof original.close === 'function') original.close();
  }

  /** The stand-in for Python's `__del__` check (see the class comment). */
  private checkClosed(onReturn: boolean): void {
    if (this.closed || this.reported || !this.onUnclosed) return;
    if (onReturn && this.started) return;
    this.reported = true;
    this.onUnclosed(
      new WSGIAssertionError(
        bilingual(
          'El iterable de la aplicación no se cerró al terminar la petición: el servidor debe ' +
            'llamar a close().',
          'Iterator garbage collected without being closed',
        ),
      ),
    );
  }
}

/**
 * Un iterable que, al recorrerse, da un `IteratorWrapper` sin comprobación
 * de `start_response`: así se verifica que alguien llama a
 * `[Symbol.iterator]()` (el `__iter__` de Python). Python lo define en
 * `validate.py`, aunque `validator` no lo usa.
 *
 * @english An iterable that, when iterated, yields an `IteratorWrapper`
 * without the `start_response` check: this verifies that someone calls
 * `[Symbol.iterator]()` (Python's `__iter__`). Python defines it in
 * `validate.py`, although `validator` does not use it.
 *
 * @python `wsgiref.validate.PartialIteratorWrapper`.
 *
 * @example
 * ```ts
 * const parcial = new PartialIteratorWrapper([new Uint8Array([1])]);
 * [...parcial];  // [Uint8Array [1]]
 * ```
 */
export class PartialIteratorWrapper implements Iterable<Uint8Array> {
  /** @python `iterator`. */
  readonly iterator: ResponseIterable;

  constructor(wsgiIterator: ResponseIterable) {
    this.iterator = wsgiIterator;
  }

  /** @python `PartialIteratorWrapper.__iter__`. */
  [Symbol.iterator](): IteratorWrapper {
    return new IteratorWrapper(this.iterator, null);
  }
}

/**
 * Envuelve una aplicación WSGI en un verificador de compatibilidad: la
 * aplicación retornada hace lo mismo que `application`, pero comprueba en
 * cada petición el entorno, la llamada a `start_response` (estado,
 * cabeceras, `Content-Type`, `excInfo`), el uso de `wsgi.input`,
 * `wsgi.errors` y `write`, y el iterable retornado. Una infracción lanza
 * `WSGIAssertionError`; un aviso va a `options.onWarning`. No comprueba
 * todas las reglas de PEP 3333: deja pasar, por ejemplo, las cabeceras
 * *hop-by-hop* y un `Content-Length` que no cuadra con el cuerpo.
 *
 * El resultado envuelto no tiene `length`, así que un gestor no puede
 * calcular `Content-Length` (como en Python). La comprobación de «resultado
 * sin cerrar» se hace al terminar la petición (ver `IteratorWrapper`).
 *
 * @english Wraps a WSGI application in a conformance checker: the
 * returned application does the same as `application`, but on every
 * request it checks the environ, the `start_response` call (status,
 * headers, `Content-Type`, `excInfo`), the use of `wsgi.input`,
 * `wsgi.errors` and `write`, and the returned iterable. A violation
 * throws `WSGIAssertionError`; a warning goes to `options.onWarning`. It
 * does not check every rule of PEP 3333: it lets through, for instance,
 * hop-by-hop headers and a `Content-Length` that does not match the body.
 *
 * The wrapped result has no `length`, so a handler cannot compute
 * `Content-Length` (as in Python). The "result not closed" check happens
 * when the request ends (see `IteratorWrapper`).
 *
 * @python `wsgiref.validate.validator(application)`.
 *
 * @param application - La aplicación a verificar.
 *
 * @english The application to check.
 *
 * @param options - `onWarning` y `onUnclosed`.
 *
 * @english `onWarning` and `onUnclosed`.
 *
 * @returns Una aplicación WSGI que se usa en lugar de la original.
 *
 * @english A WSGI application to use instead of the original.
 *
 * @example
 * ```ts
 * const app: WSGIApplication = (environ, startResponse) => {
 *   startResponse('200 OK', [['Content-Type', 'text/plain']]);
 *   return [new TextEncoder().encode('hola')];
 * };
 * const out = new BytesIO();
 * const environ = { SERVER_PROTOCOL: 'HTTP/1.0', QUERY_STRING: '' };
 * setupTestingDefaults(environ);
 * new SimpleHandler(new BytesIO(), out, new StringIO(), environ).run(validator(app));
 * ```
 */
export function validator(
  application: WSGIApplication,
  options: ValidatorOptions = {},
): WSGIApplication {
  const onWarning = options.onWarning ?? defaultWarning;
  const onUnclosed = options.onUnclosed ?? defaultUnclosed;

  function lintApp(...args: unknown[]): ResponseIterable {
    assert(
      args.length === 2,
      `Se requieren dos argumentos, environ y start_response (se recibieron ${args.length}).`,
      `Two arguments required (got ${args.length}).`,
    );
    const environ = args[0] as WSGIEnvironment;
    const startResponse = args[1] as StartResponse;
    checkEnviron(environ, onWarning);

    // Python keeps a list and appends to it; the flag is the same idea.
    const started: StartResponseFlag = { called: false };
    const startResponseWrapper = (...srArgs: unknown[]): WriteCallable => {
      assert(
        srArgs.length === 2 || srArgs.length === 3,
        `Número de argumentos no válido: ${repr(srArgs)}.`,
        `Invalid number of arguments: ${repr(srArgs)}.`,
      );
      const [status, headers, excInfo] = srArgs;
      checkStatus(status, onWarning);
      checkHeaders(headers);
      checkContentType(status, headers as HeaderPair[]);
      checkExcInfo(excInfo);
      started.called = true;
      return writeWrapper((startResponse as (...a: unknown[]) => WriteCallable)(...srArgs));
    };

    environ['wsgi.input'] = new InputWrapper(environ['wsgi.input'] as InputStream);
    environ['wsgi.errors'] = new ErrorWrapper(environ['wsgi.errors'] as ErrorStream);

    const iterator: unknown = application(environ, startResponseWrapper as StartResponse);
    assert(
      iterator !== null && iterator !== undefined && iterator !== false,
      'La aplicación debe devolver un iterable, aunque sea un array vacío.',
      'The application must return an iterator, if only an empty list.',
    );
    checkIterator(iterator);
    return new IteratorWrapper(iterator as ResponseIterable, started, onUnclosed);
  }

  return lintApp as WSGIApplication;
}
