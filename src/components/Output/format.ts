/**
 * Pretty-printing of any value for `<Output>`: strings, byte strings (in
 * Python's `b'…'` notation), arrays, objects, the lib's `Headers`, Maps,
 * Sets and Errors; short values on one line, long ones indented.
 */
import { bytesRepr, stringRepr } from '../../live/escape';

const MAX_DEPTH = 5;
const LINE_WIDTH = 72;
const INDENT = '  ';

interface HeadersLike {
  items(): [string, string][];
}

function isLibHeaders(value: object): value is HeadersLike {
  return (
    value.constructor?.name === 'Headers' &&
    typeof (value as Partial<HeadersLike>).items === 'function'
  );
}

function isDomHeaders(value: object): value is globalThis.Headers {
  return typeof globalThis.Headers === 'function' && value instanceof globalThis.Headers;
}

function keyRepr(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : stringRepr(key);
}

/** Joins parts on one line when short, else one per line, indented. */
function group(open: string, parts: string[], close: string, indent: string): string {
  if (parts.length === 0) return `${open}${close}`;
  const flat = `${open}${parts.join(', ')}${close}`;
  if (flat.length <= LINE_WIDTH && !flat.includes('\n')) return flat;
  const inner = indent + INDENT;
  return `${open}\n${parts.map((p) => inner + p).join(',\n')},\n${indent}${close}`;
}

function className(value: object): string {
  const name = value.constructor?.name;
  return name && name !== 'Object' ? `${name} ` : '';
}

function formatInner(value: unknown, indent: string, seen: Set<object>, depth: number): string {
  if (typeof value === 'string') return stringRepr(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `ƒ ${value.name || '(anónima)'}()`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[…]' : `${className(value)}{…}`;
  seen.add(value);
  try {
    const next = (item: unknown): string => formatInner(item, indent + INDENT, seen, depth + 1);
    if (Array.isArray(value)) return group('[', value.map(next), ']', indent);
    if (isLibHeaders(value)) return group('Headers([', value.items().map(next), '])', indent);
    if (isDomHeaders(value)) {
      const parts: string[] = [];
      value.forEach((v, k) => parts.push(`${stringRepr(k)}: ${stringRepr(v)}`));
      return group('Headers (DOM) {', parts, '}', indent);
    }
    if (value instanceof Map) {
      return group('Map {', [...value].map(([k, v]) => `${next(k)} => ${next(v)}`), '}', indent);
    }
    if (value instanceof Set) return group('Set {', [...value].map(next), '}', indent);
    if (value instanceof Date) return value.toISOString();
    const parts = Object.entries(value).map(([k, v]) => `${keyRepr(k)}: ${next(v)}`);
    return group(`${className(value)}{`, parts, '}', indent);
  } finally {
    seen.delete(value);
  }
}

/** Formats a value nested anywhere: strings quoted, bytes as `b'…'`. */
export function formatValue(value: unknown): string {
  return formatInner(value, '', new Set(), 0);
}

/** Formats a value shown on its own: a string is printed as it is. */
export function formatTopLevel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    return `${value.name}: ${value.message}`;
  }
  return formatValue(value);
}
