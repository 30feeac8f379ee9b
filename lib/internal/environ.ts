/**
 * The one copy and the one update of an environ by another: Python's
 * `os_environ.copy()` and `environ.update(base_env)` in BaseHandler and
 * SimpleHandler, `base_environ.copy()` in WSGIRequestHandler.get_environ.
 * Internal helper: not re-exported by index.ts.
 *
 * Both are built from a fixed shape: for each list of keys they meet, a
 * small function is generated that names those keys one by one (an object
 * literal for the copy, one assignment per key for the update), so the
 * engine sees the same keys in the same places on every request instead
 * of a generic loop over unknown keys. The values are always read
 * afresh: a changed value is copied as it is now, and a source whose keys
 * change gets the function for its new keys. Wins bench:lib's
 * "SimpleHandler run" row: key by key, the environ (a copy of the 35
 * variables of the process environment here, then SimpleHandler's base
 * environ) was a third of a 9.3 µs run; setupEnviron now takes 0.4 µs of
 * CPU (0.6 µs with the copy generated but the update still
 * `Object.assign`).
 *
 * @internal
 * @module
 */
import type { WSGIEnvironment } from '../types';

type Copier = (source: WSGIEnvironment) => WSGIEnvironment;
type Updater = (target: WSGIEnvironment, source: WSGIEnvironment) => void;

/** The generated copy and update for one list of keys (in enumeration order). */
interface Shape {
  readonly keys: readonly string[];
  readonly copy: Copier;
  readonly update: Updater;
}

// Bounds the code generated for environs whose keys keep changing; past
// it, copies and updates take the generic path.
const MAX_SHAPES = 64;
const shapesByKeys = new Map<string, Shape>();
// The shapes of the last few key lists met, found by comparing keys: a
// server's environs are made from the same two or three key lists on
// every request (often from a new object each time, as SimpleHandler's
// base environ in bench:lib), so they are found without a signature.
const RECENT_SHAPES = 4;
const recentShapes: Shape[] = [];

/** Python's `target[key] = value`: `__proto__` too is an own key, not the prototype. */
function setItem(target: WSGIEnvironment, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function genericUpdate(target: WSGIEnvironment, source: WSGIEnvironment): void {
  for (const key of Object.keys(source)) setItem(target, key, source[key]);
}

function genericCopy(source: WSGIEnvironment): WSGIEnvironment {
  const copy: WSGIEnvironment = {};
  genericUpdate(copy, source);
  return copy;
}

const GENERIC: Omit<Shape, 'keys'> = { copy: genericCopy, update: genericUpdate };

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For these keys, `source => ({ "K1": source["K1"], … })` and
 * `(target, source) => { target["K1"] = source["K1"]; … }`; null when
 * they cannot be generated (a `__proto__` key, which both would treat as
 * the prototype; no code generation allowed, as under a strict
 * Content-Security-Policy).
 */
function compileShape(keys: readonly string[]): Omit<Shape, 'keys'> | null {
  if (keys.includes('__proto__')) return null;
  const quoted = keys.map((key) => JSON.stringify(key));
  const fields = quoted.map((key) => `${key}: source[${key}]`).join(', ');
  const assignments = quoted.map((key) => `target[${key}] = source[${key}];`).join('\n');
  try {
    return {
      copy: new Function('source', `return {${fields}};`) as Copier,
      update: new Function('target', 'source', assignments) as Updater,
    };
  } catch {
    return null;
  }
}

function compiledShape(keys: readonly string[]): Shape {
  const signature = JSON.stringify(keys);
  let shape = shapesByKeys.get(signature);
  if (shape) return shape;
  const compiled = shapesByKeys.size < MAX_SHAPES ? compileShape(keys) : null;
  shape = { keys, ...(compiled ?? GENERIC) };
  if (compiled) shapesByKeys.set(signature, shape);
  return shape;
}

/** The shape for these keys. */
function shapeFor(keys: readonly string[]): Shape {
  for (const shape of recentShapes) if (sameKeys(shape.keys, keys)) return shape;
  const shape = compiledShape(keys);
  recentShapes.unshift(shape);
  if (recentShapes.length > RECENT_SHAPES) recentShapes.pop();
  return shape;
}

/**
 * Python's `environ.copy()` for a base environ: a new plain object with
 * the same own enumerable string keys and values, in the same order
 * (environ keys are strings; symbol keys are not items and are not
 * copied).
 */
export function copyEnviron(source: WSGIEnvironment): WSGIEnvironment {
  const keys = Object.keys(source);
  if (keys.length === 0) return {};
  return shapeFor(keys).copy(source);
}

/**
 * Python's `target.update(source)`: each own enumerable string key of
 * `source`, in its order, set in `target` (a new key goes last, an
 * existing one keeps its place and takes the new value).
 */
export function updateEnviron(target: WSGIEnvironment, source: WSGIEnvironment): void {
  const keys = Object.keys(source);
  if (keys.length === 0) return;
  shapeFor(keys).update(target, source);
}

/** The environ keys of one request header: `CONTENT_TYPE` and `HTTP_CONTENT_TYPE` for `Content-Type`. */
export interface HeaderKeys {
  readonly key: string;
  readonly httpKey: string;
}

// The same few header names come with every request. Keys built afresh
// (replace, toUpperCase, 'HTTP_' + …) are new strings that V8 must look
// up in its string table on every property access, while a kept key is
// found at once: 170 vs 860 ns for a two-header request's HTTP_ loop
// (bench hello rows). Bounded, so odd names cannot grow it forever.
const MAX_HEADER_KEYS = 256;
const headerKeysByName = new Map<string, HeaderKeys>();

/** get_environ's `k.replace('-', '_').upper()` and `'HTTP_' + k` for header `name`. */
export function headerEnvironKeys(name: string): HeaderKeys {
  let keys = headerKeysByName.get(name);
  if (keys === undefined) {
    const key = name.replace(/-/g, '_').toUpperCase();
    keys = { key, httpKey: 'HTTP_' + key };
    if (headerKeysByName.size < MAX_HEADER_KEYS) headerKeysByName.set(name, keys);
  }
  return keys;
}
