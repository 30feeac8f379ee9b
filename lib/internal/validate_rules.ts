/**
 * The rules of wsgiref.validate that Python writes inline in its public
 * checks: the environ's paths and CONTENT_LENGTH (check_environ), one
 * header (check_headers), the status code as Python's `int()` reads it
 * (check_status, check_content_type) and what InputWrapper asks of every
 * read. validate.ts calls them in Python's order, with Python's messages.
 * Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { assert, WSGIAssertionError } from './errors';
import { bilingual } from './messages';
import { pyInt, pySplit } from './pystr';
import { repr } from './repr';
import { checkStringType } from './string_type';

// validate.py's header_re and bad_header_value_re.
const HEADER_NAME = /^[a-zA-Z][a-zA-Z0-9\-_]*$/;
const BAD_HEADER_VALUE = /[\x00-\x1f]/;

/** `status.split(None, 1)[0]`: the status code's text, split at Python's whitespace. */
export function statusCodeText(status: string): string {
  return pySplit(status)[0] ?? '';
}

/**
 * `int(code)` of the status code: the number, or the `ValueError` Python
 * raises (here a WSGIAssertionError) when it is not an integer.
 */
export function parseStatusCode(code: string): number {
  const number = pyInt(code);
  if (number === null) {
    throw new WSGIAssertionError(
      bilingual(
        `El código de estado no es un número entero: ${repr(code)}.`,
        `invalid literal for int() with base 10: ${repr(code)}.`,
      ),
    );
  }
  return number;
}

/** check_environ's SCRIPT_NAME and PATH_INFO rules. */
export function checkPaths(environ: Record<string, unknown>): void {
  const script = environ.SCRIPT_NAME as string | undefined;
  const path = environ.PATH_INFO as string | undefined;
  assert(
    !script || script.startsWith('/'),
    `SCRIPT_NAME no empieza por /: ${repr(script)}.`,
    `SCRIPT_NAME doesn't start with /: ${repr(script)}.`,
  );
  assert(
    !path || path.startsWith('/'),
    `PATH_INFO no empieza por /: ${repr(path)}.`,
    `PATH_INFO doesn't start with /: ${repr(path)}.`,
  );
  if (!script) {
    assert(
      Object.hasOwn(environ, 'PATH_INFO'),
      "Hace falta SCRIPT_NAME o PATH_INFO (si SCRIPT_NAME está vacío, PATH_INFO debería ser al menos '/').",
      "One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO should at least be '/' if SCRIPT_NAME is empty).",
    );
  }
  assert(
    script !== '/',
    "SCRIPT_NAME no puede ser '/'; debe ser '' y PATH_INFO, '/'.",
    "SCRIPT_NAME cannot be '/'; it should instead be '', and PATH_INFO should be '/'.",
  );
}

/** check_environ's `int(environ['CONTENT_LENGTH']) >= 0`, when there is one. */
export function checkContentLength(length: unknown): void {
  if (!length) return;
  const number = pyInt(String(length));
  assert(number !== null && number >= 0, `CONTENT_LENGTH no válido: ${repr(length)}.`, `Invalid CONTENT_LENGTH: ${repr(length)}.`);
}

/** check_headers' rules for one `(name, value)` pair. */
export function checkHeader(rawName: unknown, rawValue: unknown): void {
  const name = checkStringType(rawName, 'Header name');
  const value = checkStringType(rawValue, 'Header value');
  assert(
    name.toLowerCase() !== 'status',
    'No se puede usar la cabecera Status: choca con los scripts CGI, y el estado HTTP no ' +
      `se da con cabeceras (valor: ${repr(value)}).`,
    'The Status header cannot be used; it conflicts with CGI script, and HTTP status is ' +
      `not given through headers (value: ${repr(value)}).`,
  );
  assert(
    !name.includes('\n') && !name.includes(':'),
    `Los nombres de cabecera no pueden contener ':' ni '\\n': ${repr(name)}.`,
    `Header names may not contain ':' or '\\n': ${repr(name)}.`,
  );
  assert(HEADER_NAME.test(name), `Nombre de cabecera incorrecto: ${repr(name)}.`, `Bad header name: ${repr(name)}.`);
  assert(
    !name.endsWith('-') && !name.endsWith('_'),
    `Los nombres no pueden acabar en '-' ni '_': ${repr(name)}.`,
    `Names may not end in '-' or '_': ${repr(name)}.`,
  );
  const bad = BAD_HEADER_VALUE.exec(value);
  assert(
    bad === null,
    `Valor de cabecera incorrecto: ${repr(value)} (carácter no válido: ${repr(bad?.[0])}).`,
    `Bad header value: ${repr(value)} (bad char: ${repr(bad?.[0])}).`,
  );
}

/** InputWrapper's `assert_(type(v) is bytes)` on what a read returned. */
export function checkReadBytes(value: unknown, method: string): Uint8Array {
  assert(
    value instanceof Uint8Array,
    `wsgi.input.${method} debe devolver un Uint8Array (devolvió ${repr(value)}).`,
    `wsgi.input.${method} must return bytes (got ${repr(value)}).`,
  );
  return value;
}
