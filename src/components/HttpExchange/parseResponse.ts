/**
 * Splits the raw bytes of an HTTP/1.x response into status line, headers
 * and body (the wire bytes themselves come from lib/exchange): the one
 * response parser of the site, for HttpExchange's display and the
 * HomeworkChecker's comparisons.
 */
import { decodeLatin1 } from '../../../lib/internal/latin1';

export interface ParsedResponse {
  /** e.g. `HTTP/1.0 200 OK`; empty when the response had no head. */
  statusLine: string;
  /** The status without the version (`200 OK`); null when there was no head. */
  status: string | null;
  /** Header lines as sent, in order (`[name, value]`, latin-1 decoded). */
  headers: [string, string][];
  /** Everything after the blank line. */
  body: Uint8Array;
}

function findHeadEnd(data: Uint8Array): number {
  for (let i = 0; i + 3 < data.length; i++) {
    if (data[i] === 13 && data[i + 1] === 10 && data[i + 2] === 13 && data[i + 3] === 10) return i;
  }
  return -1;
}

/** Parses a response; bytes without a `\r\n\r\n` are all body (as HTTP/0.9 answers). */
export function parseResponse(data: Uint8Array): ParsedResponse {
  const end = findHeadEnd(data);
  if (end < 0 || !decodeLatin1(data.subarray(0, 5)).startsWith('HTTP/')) {
    return { statusLine: '', status: null, headers: [], body: data };
  }
  const [statusLine = '', ...lines] = decodeLatin1(data.subarray(0, end)).split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  const status = statusLine.replace(/^HTTP\/\d\.\d /, '');
  return { statusLine, status, headers, body: data.subarray(end + 4) };
}

/** The request as the textarea shows it: CRLF line ends become plain line breaks. */
export function toEditable(request: string): string {
  return request.replace(/\r\n/g, '\n');
}

/** The request as sent: with `crlf`, every line break becomes `\r\n`. */
export function toWire(draft: string, crlf: boolean): string {
  return crlf ? draft.replace(/\r?\n/g, '\r\n') : draft;
}

/** True when the request uses a bare `\n` somewhere (then CRLF stays off). */
export function usesBareLf(request: string): boolean {
  return /(^|[^\r])\n/.test(request);
}
