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

/** Reads the version word as `parse_request` does; null when invalid. */
function parseVersionNumber(version: string): [number, number] | null {
  if (!version.startsWith('HTTP/')) return null;
  const parts = version.slice(5).split('.');
  if (parts.length !== 2) return null;
  if (parts.some((part) => !/^[0-9]+$/.test(part) || part.length > 10)) return null;
  return [parseInt(parts[0], 10), parseInt(parts[1], 10)];
}

/** BaseHTTPRequestHandler.parse_request, request-line half (CPython 3.14). */
export function parseRequestLine(raw: Uint8Array, defaultVersion: string): RequestLine {
  const requestline = decodeLatin1(raw).replace(/[\r\n]+$/, '');
  const words = pySplit(requestline);
  const line: RequestLine = {
    requestline,
    kind: 'ok',
    command: null,
    path: null,
    requestVersion: defaultVersion,
    http09: false,
  };
  const refuse = (code: number, message: string): RequestLine => ({
    ...line,
    kind: 'error',
    error: { code, message },
  });
  if (words.length === 0) return { ...line, kind: 'empty' };
  if (words.length >= 3) {
    const version = words[words.length - 1];
    const number = parseVersionNumber(version);
    if (!number) return refuse(400, `Bad request version (${pythonStrRepr(version)})`);
    if (number[0] >= 2) return refuse(505, `Invalid HTTP version (${version.slice(5)})`);
    line.requestVersion = version;
  }
  if (words.length > 3 || words.length < 2) {
    return refuse(400, `Bad request syntax (${pythonStrRepr(requestline)})`);
  }
  const [command, path] = words;
  if (words.length === 2) {
    if (command !== 'GET') return refuse(400, `Bad HTTP/0.9 request type (${pythonStrRepr(command)})`);
    line.http09 = true;
  }
  line.command = command;
  // gh-87389: a leading '//' would read as a scheme-relative URL (open redirect).
  line.path = path.startsWith('//') ? '/' + path.replace(/^\/+/, '') : path;
  return line;
}

