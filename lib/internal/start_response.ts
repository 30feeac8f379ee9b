/**
 * The checks BaseHandler.start_response makes on the status and headers
 * (CPython 3.14's asserts and its `_name_disallowed_re`), in Python's
 * order and with Python's messages. Internal helper: not re-exported by
 * index.ts.
 *
 * @internal
 * @module
 */

import type { HeaderPair } from '../types';
import { isHopByHop } from '../util';
import { WSGIAssertionError } from './errors';
import { isLatin1 } from './latin1';
import { isPlainText } from './plain_text';
import { bilingual } from './messages';
import { repr } from './repr';
import { checkStringType } from './string_type';

// CPython 3.14's _name_disallowed_re, applied to the status line.
const STATUS_DISALLOWED = /[\x00-\x1F\x7F]/;

/**
 * str.isdigit() over latin-1 for one code unit: the ASCII digits and the
 * superscripts ¹ ² ³. Read from the code units, not by a regular
 * expression over a slice: start_response checks every status (bench:lib's
 * "SimpleHandler run" row).
 */
function isPyDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0xb2 || code === 0xb3 || code === 0xb9;
}

/** Whether the status starts with three of isPyDigit. */
function startsWithCode(status: string): boolean {
  return isPyDigit(status.charCodeAt(0)) && isPyDigit(status.charCodeAt(1)) && isPyDigit(status.charCodeAt(2));
}

/**
 * Everything CPython 3.14's `start_response` checks on its arguments, in
 * its order: the status (a string, then its shape), each header (strings,
 * not hop-by-hop), then the port's own latin-1 check (Python finds a
 * non-latin-1 string only while encoding, and cuts the response).
 */
export function checkResponseHead(status: unknown, headers: readonly HeaderPair[]): void {
  checkStatusLine(checkStringType(status, 'Status'));
  for (const [name, value] of headers) {
    checkStringType(name, 'Header name');
    checkStringType(value, 'Header value');
    if (isHopByHop(name)) {
      throw new WSGIAssertionError(
        bilingual(
          `La cabecera hop-by-hop '${name}: ${value}' no está permitida.`,
          `Hop-by-hop header, '${name}: ${value}', not allowed`,
        ),
      );
    }
  }
  checkLatin1(status as string, headers);
}

/** The status checks of CPython 3.14's `start_response`, in its order. */
function checkStatusLine(status: string): void {
  if (!isPlainText(status) && STATUS_DISALLOWED.test(status)) {
    throw new Error(
      bilingual(
        'No se permiten caracteres de control en el estado.',
        'Control characters are not allowed in status',
      ),
    );
  }
  if (status.length < 4) {
    throw new WSGIAssertionError(
      bilingual(
        `El estado debe tener al menos 4 caracteres (${repr(status)}).`,
        'Status must be at least 4 characters',
      ),
    );
  }
  if (!startsWithCode(status)) {
    throw new WSGIAssertionError(
      bilingual(
        `El estado debe empezar con un código de 3 cifras (${repr(status)}).`,
        'Status message must begin w/3-digit code',
      ),
    );
  }
  if (status.charCodeAt(3) !== 0x20) { // status[3] !== ' ', without a one-character string
    throw new WSGIAssertionError(
      bilingual(
        `El estado debe tener un espacio después del código (${repr(status)}).`,
        'Status message must have a space after code',
      ),
    );
  }
}

/** isLatin1, answered at once for the plain text of most headers. */
function isNative(text: string): boolean {
  return isPlainText(text) || isLatin1(text);
}

/** The first of status, names and values (in that order) that is not latin-1. */
function firstNonLatin1(status: string, headers: readonly HeaderPair[]): string | undefined {
  if (!isNative(status)) return status;
  for (const [name, value] of headers) {
    if (!isNative(name)) return name;
    if (!isNative(value)) return value;
  }
  return undefined;
}

/** start_response's latin-1 check: status, names and values must be native strings. */
function checkLatin1(status: string, headers: readonly HeaderPair[]): void {
  const bad = firstNonLatin1(status, headers);
  if (bad !== undefined) {
    throw new WSGIAssertionError(
      bilingual(
        `El estado y las cabeceras deben ser latin-1 (cadenas nativas de WSGI): ${repr(bad)}.`,
        `Status and headers must be latin-1 native strings: ${repr(bad)}`,
      ),
    );
  }
}
