/**
 * The application's result as BaseHandler looks at it, Python's way:
 * `hasattr(result, 'close')` and `len(result)`. Internal helper: not
 * re-exported by index.ts.
 *
 * @internal
 * @module
 */

/** Python's `hasattr(value, 'close')`, for a `close` that can be called. */
export function hasClose(value: unknown): value is { close(): unknown } {
  return value !== null && value !== undefined && typeof (value as { close?: unknown }).close === 'function';
}

/** Python's `len(result)`: arrays and anything with a numeric `length`; `null` when it has none. */
export function lengthOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const length = (value as { length?: unknown }).length;
  return typeof length === 'number' ? length : null;
}
