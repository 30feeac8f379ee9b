// lib/simple_server.ts serving benchApp on 127.0.0.1: prints the bound
// port on stdout, then serves until killed (SIGTERM). With `quiet`, the
// access log is off (logMessage does nothing), as in wsgiref_server.py.
// Usage: node --import tsx bench/peers/port_server.ts [port] [quiet]
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import { benchApp } from './apps';

class QuietHandler extends WSGIRequestHandler {
  override logMessage(): void {}
}

const quiet = process.argv[3] === 'quiet';
const server = await makeServer(
  '127.0.0.1', Number(process.argv[2] ?? 0), benchApp, WSGIServer, quiet ? QuietHandler : WSGIRequestHandler,
);
process.stdout.write(`${server.serverPort}\n`);
process.on('SIGTERM', () => {
  void server.shutdown().then(() => server.serverClose()).then(() => process.exit(0));
});
await server.serveForever();
