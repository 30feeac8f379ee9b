// The one place where the differential tests declare how the port differs
// from the CPython they compare it with (CPython 3.14 in Pyodide). Every
// other input must give the same bytes. Each entry says what each side
// does and why; the tests that meet it check both behaviours exactly, so a
// difference that disappears (or changes) makes them fail and this list
// must be updated.
import assert from 'node:assert/strict';

import type { CPython } from './cpython';

/**
 * The CPython that the `pyodide` package (314.0.8) bundles. Fixes released
 * after it are followed by the port, so the entries marked `untilFixed`
 * are differences with this build only.
 */
export const PYODIDE_PYTHON = '3.14.2';

export interface KnownDifference {
  /** What CPython (in Pyodide) does. */
  python: string;
  /** What the port does. */
  port: string;
  /** Why the port does not do what this CPython does. */
  reason: string;
  /** Set when a later CPython 3.14 release behaves as the port does. */
  untilFixed?: string;
}

export const KNOWN_DIFFERENCES = {
  statusControlCharacters: {
    python: 'sends a status with control characters (e.g. "200 OK\\x01") as it is',
    port: 'refuses it in startResponse: the client gets the 500 error response',
    reason: 'CPython later forbade control characters in the status to prevent response splitting',
    untilFixed: 'gh-144370 (February 2026), after 3.14.2',
  },
  headerControlCharacters: {
    python: 'Headers accepts names and values with control characters (CR, LF, NUL...) and writes them',
    port: 'Headers refuses them (TAB is allowed in values) (an Error)',
    reason: 'CPython later forbade them to prevent header injection; the port follows that 3.14 fix',
    untilFixed: 'gh-143916 (January 2026), after 3.14.2',
  },
  nonLatin1Header: {
    python:
      'finds out when encoding the header block, after the status line went out: the response is cut ' +
      'after "HTTP/1.0 200 OK\\r\\n" and a traceback is logged',
    port: 'refuses the header in startResponse, so the client gets a clean 500',
    reason: 'a response cut in the middle of its headers helps nobody; the error is the same, found earlier',
  },
  http09Request: {
    python:
      'http.server reads no headers for an HTTP/0.9 request ("GET /path"), so self.headers is a dict and ' +
      "wsgiref's get_environ() fails (AttributeError: get_content_type): nothing is sent, " +
      'socketserver prints the traceback',
    port: 'answers it: the environ of a request without headers (CONTENT_TYPE text/plain), the body only',
    reason: 'a crash in the reference server is not behaviour to copy; the port answers as 3.11 used to',
  },
  validatorIntConversion: {
    python:
      "check_environ and check_status call int() first: CONTENT_LENGTH 'abc' or a status '2x0 OK' " +
      'raise ValueError (invalid literal for int())',
    port: 'raises WSGIAssertionError, the error every other check raises (same English text for the status)',
    reason: 'a validator reports violations with one error type; documented in docs/modulos/validate.mdx',
  },
  validatorScriptNameOrPathInfo: {
    python:
      "check_environ builds its messages with environ['SCRIPT_NAME'] and environ['PATH_INFO'] before " +
      'testing, so a missing one of the two raises KeyError',
    port:
      'checks what the messages say: fails ("One of SCRIPT_NAME or PATH_INFO are required") only when ' +
      'both are missing, and accepts one of them missing, as PEP 3333 allows',
    reason: 'the KeyError is an accident of how the message is built; documented in docs/modulos/validate.mdx',
  },
} satisfies Record<string, KnownDifference>;

export type DifferenceName = keyof typeof KNOWN_DIFFERENCES;

/**
 * Fails unless the interpreter is the CPython the `untilFixed` entries were
 * observed with: on another build, re-check them and update this file.
 */
export function assertObservedBuild(python: CPython, name: DifferenceName): void {
  const difference: KnownDifference = KNOWN_DIFFERENCES[name];
  if (difference.untilFixed === undefined) return;
  const version = python.version.split(' ')[0];
  assert.equal(
    version,
    PYODIDE_PYTHON,
    `known difference "${name}" was declared for CPython ${PYODIDE_PYTHON} (fixed by ${difference.untilFixed}); ` +
      `Pyodide now runs ${version}: check whether it still holds and update test/python/known-differences.ts`,
  );
}
