/**
 * WSGIAssertionError, thrown by both validate and handlers (Python's
 * AssertionError in both modules). Defined here so that handlers does not
 * depend on validate; validate re-exports it, so the reference shows it
 * there. Also the NotImplementedError of BaseHandler's template methods.
 *
 * @module
 */

import { bilingual } from './messages';

/**
 * El error que lanza el verificador cuando el servidor o la aplicación
 * incumplen PEP 3333. Los gestores (`BaseHandler.startResponse`,
 * `BaseHandler.write`) lo usan también para sus propias comprobaciones.
 * Sus mensajes van en español y luego en inglés: «Español. / English.».
 *
 * @english The error the checker throws when the server or the
 * application breaks PEP 3333. The handlers (`BaseHandler.startResponse`,
 * `BaseHandler.write`) also use it for their own checks. Its messages are
 * bilingual: the Spanish text, then ` / ` and the English text.
 *
 * @python `AssertionError`, as raised by `assert_()` in `wsgiref.validate`
 * and by the `assert` statements in `wsgiref.handlers`.
 *
 * @example
 * ```ts
 * try {
 *   checkStatus('20');
 * } catch (error) {
 *   error instanceof WSGIAssertionError; // true
 * }
 * ```
 */
export class WSGIAssertionError extends Error {
  /**
   * `'WSGIAssertionError'`: el nombre que muestran las trazas.
   *
   * @english `'WSGIAssertionError'`: the name tracebacks show.
   */
  override name = 'WSGIAssertionError';

  /**
   * Crea el error con `message` (vacío, como un `assert` sin mensaje de
   * Python, si se omite).
   *
   * @english Creates the error with `message` (empty when omitted, like
   * a Python `assert` without a message).
   *
   * @example
   * ```ts
   * new WSGIAssertionError('Falta X. / X is missing.').message;
   * ```
   */
  constructor(message = '') {
    super(message);
  }
}

/** Python's `NotImplementedError` from a template method a subclass must fill in. */
export function notImplementedError(method: string): Error {
  const error = new Error(
    bilingual(`${method}() debe sobrescribirse en una subclase.`, `${method}() must be overridden in a subclass.`),
  );
  error.name = 'NotImplementedError';
  return error;
}

/**
 * wsgiref.validate's `assert_(cond, message)`: a WSGIAssertionError when
 * `condition` is falsy, with the bilingual message (none, as a bare
 * `assert`, when `spanish` is omitted).
 */
export function assert(condition: unknown, spanish?: string, english?: string): asserts condition {
  if (!condition) {
    throw new WSGIAssertionError(spanish === undefined ? '' : bilingual(spanish, english ?? ''));
  }
}
