// The home page's application: greets whoever `?nombre=` names, in UTF-8,
// with its own Content-Length. HELLO_APP_SOURCE is what the page shows.
import type { WSGIApplication } from '../../../lib/types';

export const helloApp: WSGIApplication = (environ, startResponse) => {
  const query = new URLSearchParams(String(environ.QUERY_STRING ?? ''));
  const body = new TextEncoder().encode(`¡Hola, ${query.get('nombre') ?? 'mundo'}!\n`);
  startResponse('200 OK', [
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Length', String(body.length)],
  ]);
  return [body];
};

export const HELLO_APP_SOURCE = `const app: WSGIApplication = (environ, startResponse) => {
  const query = new URLSearchParams(environ.QUERY_STRING);
  const body = bytes(\`¡Hola, \${query.get('nombre') ?? 'mundo'}!\\n\`);
  startResponse('200 OK', [
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Length', String(body.length)],
  ]);
  return [body];
};`;
