/**
 * The one string-type check of the port: Python's
 * `wsgiref.validate.check_string_type` and `wsgiref.handlers.
 * BaseHandler._convert_string_type` refuse the same values with the same
 * message. Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { WSGIAssertionError } from './errors';
import { bilingual } from './messages';
import { repr } from './repr';

/** What is checked, as Python names it in the message. */
export type StringTitle = 'Status' | 'Header name' | 'Header value';

const SPANISH: Record<StringTitle, string> = {
  Status: 'El estado',
  'Header name': 'El nombre de la cabecera',
  'Header value': 'El valor de la cabecera',
};

/**
 * `value` when it is a native string (`string`; a `String` object is
 * refused, as Python refuses str subclasses), else a WSGIAssertionError
 * with Python's message.
 */
export function checkStringType(value: unknown, title: StringTitle): string {
  if (typeof value === 'string') return value;
  throw new WSGIAssertionError(
    bilingual(
      `${SPANISH[title]} debe ser una cadena (se recibió ${repr(value)}).`,
      `${title} must be of type str (got ${repr(value)})`,
    ),
  );
}
