/**
 * Compares CPython's wsgiref response with the port's, byte for byte,
 * ignoring only what varies by run and runtime: the value of `Date` and
 * what follows `WSGIServer/0.2 ` in `Server` (Python's sys_version).
 */
import { decodeLatin1 } from '../../lib/internal/latin1';

export interface LineDiff {
  python: string;
  port: string;
  same: boolean;
}

export interface ByteComparison {
  same: boolean;
  /** Offset of the first differing byte of the normalized responses, when they differ. */
  firstDifference?: number;
  /** Line by line (each keeps its line end), normalized. */
  lines: LineDiff[];
}

/** The response as latin-1 text with Date and the Server version replaced by placeholders. */
export function normalizeResponse(response: Uint8Array): string {
  const text = decodeLatin1(response);
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const rest = end === -1 ? '' : text.slice(end);
  return (
    head
      .replace(/^Date: [^\r\n]*/gm, 'Date: <fecha/date>')
      .replace(/^Server: WSGIServer\/0\.2 [^\r\n]*/gm, 'Server: WSGIServer/0.2 <versión/version>') + rest
  );
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function compareResponses(python: Uint8Array, port: Uint8Array): ByteComparison {
  const a = normalizeResponse(python);
  const b = normalizeResponse(port);
  const pythonLines = splitLines(a);
  const portLines = splitLines(b);
  const lines: LineDiff[] = [];
  for (let i = 0; i < Math.max(pythonLines.length, portLines.length); i++) {
    const left = pythonLines[i] ?? '';
    const right = portLines[i] ?? '';
    lines.push({ python: left, port: right, same: left === right });
  }
  if (a === b) return { same: true, lines };
  let offset = 0;
  while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset++;
  return { same: false, firstDifference: offset, lines };
}
