// lib/simple_server.ts serving benchApp on 127.0.0.1: prints the bound
// port on stdout, then serves until killed (SIGTERM).
// Usage: node --import tsx bench/peers/port_server.ts [port]
import { makeServer } from '../../lib/simple_server';
import { benchApp } from './apps';

const server = await makeServer('127.0.0.1', Number(process.argv[2] ?? 0), benchApp);
process.stdout.write(`${server.serverPort}\n`);
process.on('SIGTERM', () => {
  void server.shutdown().then(() => server.serverClose()).then(() => process.exit(0));
});
await server.serveForever();
