// Bare node:http serving the same bytes as benchApp (same headers plus
// Connection: close, so every server closes after each response): the
// ceiling the port is compared with. Prints the bound port on stdout.
// Usage: node --import tsx bench/peers/node_http_server.ts [port]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BIG, CONTENT_TYPE, HELLO } from './apps';

const SERVER = `WSGIServer/0.2 Node.js/${process.versions.node}`;

function send(res: import('node:http').ServerResponse, body: Uint8Array): void {
  res.writeHead(200, 'OK', {
    Server: SERVER,
    'Content-Type': CONTENT_TYPE,
    'Content-Length': String(body.length),
    Connection: 'close',
  });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.url === '/echo') {
    let length = 0;
    req.on('data', (chunk: Buffer) => { length += chunk.length; });
    req.on('end', () => send(res, new TextEncoder().encode(String(length))));
    return;
  }
  send(res, req.url === '/big' ? BIG : HELLO);
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
