/**
 * The request-line half of `BaseHTTPRequestHandler.parse_request`, shared
 * by the handler (which reads its rfile) and the incremental
 * RequestHeadReader. Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { decodeLatin1 } from './latin1';
import { pySplit } from './pystr';
import { pythonStrRepr } from './repr';

/** The request line as `parse_request` splits it, or why it refuses it. */
export interface RequestLine {
  requestline: string;
  /** 'empty': no words, no answer at all. */
  kind: 'ok' | 'error' | 'empty';
  command: string | null;
  path: string | null;
  requestVersion: string;
  http09: boolean;
  error?: { code: number; message: string };
}

const CR = 0x0d;
const LF = 0x0a;

/** `line.rstrip('\r\n')`. */
function stripLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === LF || line.charCodeAt(end - 1) === CR)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** True when `text` is 1 to 10 ASCII digits (`isdigit()` and the length check). */
function isVersionComponent(text: string): boolean {
  if (text.length === 0 || text.length > 10) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** The major number of the version word as `parse_request` reads it; null when invalid. */
function versionMajor(version: string): number | null {
  if (!version.startsWith('HTTP/')) return null;
  const dot = version.indexOf('.', 5);
  if (dot < 0 || version.indexOf('.', dot + 1) >= 0) return null;
  const major = version.slice(5, dot);
  if (!isVersionComponent(major) || !isVersionComponent(version.slice(dot + 1))) return null;
  return parseInt(major, 10);
}

/** A request line that `parse_request` refuses with `code`. */
function refused(requestline: string, requestVersion: string, code: number, message: string): RequestLine {
  const error = { code, message };
  return { requestline, kind: 'error', command: null, path: null, requestVersion, http09: false, error };
}

/** BaseHTTPRequestHandler.parse_request, request-line half (CPython 3.14), on the raw line. */
export function parseRequestLine(raw: Uint8Array, defaultVersion: string): RequestLine {
  return parseRequestLineText(decodeLatin1(raw), defaultVersion);
}

/** parseRequestLine on the line already decoded (latin-1), line end included or not. */
export function parseRequestLineText(text: string, defaultVersion: string): RequestLine {
  const requestline = stripLineEnd(text);
  const words = pySplit(requestline);
  let requestVersion = defaultVersion;
  if (words.length === 0) {
    return { requestline, kind: 'empty', command: null, path: null, requestVersion, http09: false };
  }
  if (words.length >= 3) {
    const version = words[words.length - 1];
    const major = versionMajor(version);
    if (major === null) {
      return refused(requestline, requestVersion, 400, `Bad request version (${pythonStrRepr(version)})`);
    }
    if (major >= 2) return refused(requestline, requestVersion, 505, `Invalid HTTP version (${version.slice(5)})`);
    requestVersion = version;
  }
  if (words.length > 3 || words.length < 2) {
    return refused(requestline, requestVersion, 400, `Bad request syntax (${pythonStrRepr(requestline)})`);
  }
  const command = words[0];
  const http09 = words.length === 2;
  if (http09 && command !== 'GET') {
    return refused(requestline, requestVersion, 400, `Bad HTTP/0.9 request type (${pythonStrRepr(command)})`);
  }
  // gh-87389: a leading '//' would read as a scheme-relative URL (open redirect).
  const path = words[1].startsWith('//') ? '/' + words[1].replace(/^\/+/, '') : words[1];
  return { requestline, kind: 'ok', command, path, requestVersion, http09 };
}
