/**
 * Python's questions about an object's type, asked of a JavaScript value
 * the way wsgiref.validate asks them. Internal helper: not re-exported by
 * index.ts.
 *
 * @internal
 * @module
 */

/** `type(value) is dict`: a plain object (or one made with `Object.create(null)`). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `isinstance(value, BaseException)`: an `Error` of any subclass or realm. */
export function isErrorObject(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Error]';
}

/** `hasattr(value, name)`: own or inherited, on a primitive's wrapper too. */
export function hasAttribute(value: unknown, name: PropertyKey): boolean {
  return value !== null && value !== undefined && name in Object(value);
}
