// The differences with CPython's check_environ that docs/modulos/validate.mdx
// documents: where Python lets int() or a KeyError escape, the port raises
// WSGIAssertionError, and it accepts an environ that omits only one of
// SCRIPT_NAME and PATH_INFO (Python: KeyError while building the message).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEnviron, WSGIAssertionError } from '../../lib/validate';
import { setupTestingDefaults } from '../../lib/util';
import type { WSGIEnvironment } from '../../lib/types';

function environWith(change: (environ: WSGIEnvironment) => void): WSGIEnvironment {
  const environ: WSGIEnvironment = { QUERY_STRING: '' };
  setupTestingDefaults(environ);
  change(environ);
  return environ;
}

const noWarning = (): void => {
  throw new Error('unexpected warning');
};

test("CONTENT_LENGTH 'abc' or '1.0' (Python: ValueError from int()) is a WSGIAssertionError", () => {
  for (const value of ['abc', '1.0']) {
    const environ = environWith((e) => {
      e.CONTENT_LENGTH = value;
    });
    assert.throws(
      () => checkEnviron(environ, noWarning),
      (error: unknown) =>
        error instanceof WSGIAssertionError && error.message.includes(`Invalid CONTENT_LENGTH: '${value}'`),
    );
  }
});

test('neither SCRIPT_NAME nor PATH_INFO (Python: KeyError) is a WSGIAssertionError', () => {
  const environ = environWith((e) => {
    delete e.SCRIPT_NAME;
    delete e.PATH_INFO;
  });
  assert.throws(
    () => checkEnviron(environ, noWarning),
    (error: unknown) =>
      error instanceof WSGIAssertionError && error.message.includes('One of SCRIPT_NAME or PATH_INFO are required'),
  );
});

test('only one of SCRIPT_NAME and PATH_INFO missing is accepted (Python: KeyError)', () => {
  checkEnviron(
    environWith((e) => {
      delete e.SCRIPT_NAME;
    }),
    noWarning,
  );
  checkEnviron(
    environWith((e) => {
      e.SCRIPT_NAME = '/app';
      delete e.PATH_INFO;
    }),
    noWarning,
  );
});
