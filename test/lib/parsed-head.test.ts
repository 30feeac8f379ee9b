// WSGIServer hands the head its RequestHeadReader parsed to the request
// handler (parsedHead) so the bytes are not parsed twice. The handler must
// answer exactly as when it parses the request itself: same bytes on the
// wire, same environ, same log, same wsgi.input position.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRequestHead } from '../../lib/request_head';
import { makeBaseEnviron, WSGIRequestHandler } from '../../lib/simple_server_core';
import { BytesIO, StringIO } from '../../lib/io';
import { decodeLatin1, encodeLatin1 } from '../../lib/internal/latin1';
import type { WSGIApplication } from '../../lib/types';

const app: WSGIApplication = (environ, startResponse) => {
  const input = environ['wsgi.input']!.read(Number(environ.CONTENT_LENGTH || 0));
  const keys = Object.keys(environ).filter((key) => !key.startsWith('wsgi.')).sort();
  const lines = keys.map((key) => `${key}=${String(environ[key])}`);
  startResponse('200 OK', [['Content-Type', 'text/plain']]);
  return [encodeLatin1(`${lines.join('\n')}\nbody=${decodeLatin1(input)}\n`)];
};

const REQUESTS = [
  'GET / HTTP/1.0\r\n\r\n',
  'GET /a%20b/c?x=1&y HTTP/1.1\r\nHost: h\r\nAccept: a\r\nAccept: b\r\n\r\n',
  'GET //evil.example/x HTTP/1.1\r\nX-Folded: one\r\n  two\r\nX_Under: u\r\n\r\n',
  'POST /echo HTTP/1.1\r\nContent-Type: text/x; a=b\r\nContent-Length: 5\r\n\r\nhello and more',
  'POST /echo HTTP/1.0\nContent-Length: 3\nPath-Info: /nope\n\nabc',
  'GET /nine\r\n',
  'GET / HTTP/1.1\r\nFrom someone\r\n: no name\r\nHost: x\r\n\r\n',
];

function answer(request: string, adopt: boolean): { out: string; log: string; position: number } {
  const bytes = encodeLatin1(request);
  const out = new BytesIO();
  const log = new StringIO();
  const server = { baseEnviron: makeBaseEnviron('localhost', 8000), getApp: () => app };
  const handler = new WSGIRequestHandler(bytes, ['127.0.0.1', 5000], server, out, log);
  if (adopt) {
    const head = readRequestHead(bytes);
    assert.equal(head.state, 'complete', request);
    if (head.state === 'complete') handler.parsedHead = head.head;
  }
  handler.handle();
  // Dates may tick between the two runs: compare without them.
  const text = decodeLatin1(out.getvalue()).replace(/^Date: .*$/m, 'Date: -');
  return { out: text, log: log.getvalue().replace(/\[[^\]]*\]/, '[-]'), position: handler.rfile.tell() };
}

describe('parsedHead: the server parse reused by the handler', () => {
  for (const request of REQUESTS) {
    it(`answers ${JSON.stringify(request.slice(0, 40))} as a fresh parse does`, () => {
      assert.deepEqual(answer(request, true), answer(request, false));
    });
  }
});
