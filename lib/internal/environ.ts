/**
 * The one copy of a base environ (Python's `os_environ.copy()` in
 * BaseHandler.setup_environ, `base_environ.copy()` in
 * WSGIRequestHandler.get_environ). Internal helper: not re-exported by
 * index.ts.
 *
 * @internal
 * @module
 */
import type { WSGIEnvironment } from '../types';

/** Builds a copy of an environ that has exactly a known list of keys. */
type ShapeCopier = (source: WSGIEnvironment) => WSGIEnvironment;

/** A copier and the keys (in enumeration order) it was made for. */
interface Shape {
  readonly keys: readonly string[];
  readonly copy: ShapeCopier;
}

// Bounds the code generated for environs whose keys keep changing; past
// it, copies take the generic path.
const MAX_SHAPES = 64;
const shapesByKeys = new Map<string, Shape>();
const shapeOfSource = new WeakMap<WSGIEnvironment, Shape>();
// A new source with the keys of the last one (exchange() builds a base
// environ per call) finds its shape without a signature.
let lastShape: Shape | undefined;

/** The copy key by key, for key lists with no generated shape. */
function genericCopy(source: WSGIEnvironment): WSGIEnvironment {
  const copy: WSGIEnvironment = {};
  for (const key of Object.keys(source)) {
    // An item like any other in a dict: an own key here, not the prototype.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, { value: source[key], writable: true, enumerable: true, configurable: true });
    } else {
      copy[key] = source[key];
    }
  }
  return copy;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `source => ({ "K1": source["K1"], "K2": source["K2"], … })` for these
 * keys: an object literal, so every copy is born with its final shape
 * instead of growing one key at a time. null when that cannot be
 * generated (a `__proto__` key, which a literal would not copy as a key;
 * no code generation allowed, as under a strict Content-Security-Policy).
 */
function compileCopier(keys: readonly string[]): ShapeCopier | null {
  if (keys.includes('__proto__')) return null;
  const fields = keys.map((key) => {
    const quoted = JSON.stringify(key);
    return `${quoted}: source[${quoted}]`;
  });
  try {
    return new Function('source', `return {${fields.join(', ')}};`) as ShapeCopier;
  } catch {
    return null;
  }
}

function shapeFor(keys: readonly string[]): Shape {
  if (lastShape !== undefined && sameKeys(lastShape.keys, keys)) return lastShape;
  const signature = JSON.stringify(keys);
  let shape = shapesByKeys.get(signature);
  if (shape) return shape;
  const copy = shapesByKeys.size < MAX_SHAPES ? compileCopier(keys) : null;
  shape = { keys, copy: copy ?? genericCopy };
  if (copy) shapesByKeys.set(signature, shape);
  return shape;
}

/**
 * Python's `environ.copy()` for a base environ: a new plain object with
 * the same own enumerable string keys and values, in the same order
 * (environ keys are strings; symbol keys are not items and are not
 * copied).
 *
 * Built from a fixed shape: the copy is one object literal generated for
 * the source's keys (and reused while they stay the same; the values are
 * always read afresh, so a changed value is copied as it is now). Copying
 * key by key turns a copy of the process environment (35 variables here)
 * into a hash table once the CGI and wsgi.* keys are added, and that
 * was a third of bench:lib's "SimpleHandler run" row: 3.4 µs of a 9.3 µs
 * run, against about 0.3 µs this way. Key lists with no generated
 * shape (a `__proto__` key, more than MAX_SHAPES lists) take the generic
 * copy.
 */
export function copyEnviron(source: WSGIEnvironment): WSGIEnvironment {
  const keys = Object.keys(source);
  if (keys.length === 0) return {};
  let shape = shapeOfSource.get(source);
  if (shape === undefined || !sameKeys(shape.keys, keys)) {
    shape = lastShape = shapeFor(keys);
    shapeOfSource.set(source, shape);
  }
  return shape.copy(source);
}
