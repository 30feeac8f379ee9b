// The benchmark application of bench/server.ts, the TypeScript twin of
// apps.py: GET / -> "Hello world!\n", GET /big -> 1 MiB, POST /echo -> the
// body's length in decimal.
import type { HeaderPair, WSGIApplication } from '../../lib/types';

export const HELLO = new TextEncoder().encode('Hello world!\n');
export const BIG = new Uint8Array(1 << 20).fill(0x78);
export const CONTENT_TYPE = 'text/plain; charset=utf-8';

export const benchApp: WSGIApplication = (environ, startResponse) => {
  const path = environ.PATH_INFO;
  let body: Uint8Array;
  if (path === '/big') {
    body = BIG;
  } else if (path === '/echo') {
    const length = Number(environ.CONTENT_LENGTH || 0);
    const data = environ['wsgi.input']!.read(length);
    body = new TextEncoder().encode(String(data.length));
  } else {
    body = HELLO;
  }
  const headers: HeaderPair[] = [['Content-Type', CONTENT_TYPE]];
  startResponse('200 OK', headers);
  return [body];
};
