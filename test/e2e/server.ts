// A tiny static file server for a Docusaurus build: /a/b -> a/b/index.html
// or a/b.html, unknown paths -> 404.html with status 404. Only 127.0.0.1.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function resolveFile(root: string, urlPath: string): string | null {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  const candidates = [base, path.join(base, 'index.html'), `${base}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(absRoot, urlPath);
    const status = file ? 200 : 404;
    const target = file ?? path.join(absRoot, '404.html');
    res.writeHead(status, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    if (!existsSync(target)) return void res.end('Not found');
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
