/**
 * A client that went away, as BaseHandler.run recognises it: Python
 * catches `ConnectionAbortedError`, `BrokenPipeError` and
 * `ConnectionResetError`; Node reports them as error codes. Internal
 * helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

const DISCONNECT_CODES = new Set(['ECONNABORTED', 'EPIPE', 'ECONNRESET']);
const DISCONNECT_NAMES = new Set(['ConnectionAbortedError', 'BrokenPipeError', 'ConnectionResetError']);

/** An error a client causes by going away: nothing left to answer. */
export function isClientDisconnect(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, name } = error as { code?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && DISCONNECT_CODES.has(code)) ||
    (typeof name === 'string' && DISCONNECT_NAMES.has(name))
  );
}
