// A connection lets go of its request once its socket is closed
// (lib/internal/connection.ts: Connection.forgetRequest): whoever still
// holds the socket — an application, a tool, or V8's old generation,
// where Node's sockets are allocated under load — must not keep the
// request's bytes and parse state alive with it.
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { test } from 'node:test';
import { rawRequest } from './fixtures/client';
import { collectGarbage } from './fixtures/hostile/client';
import { StringIO } from '../../lib/io';
import { decodeLatin1 } from '../../lib/internal/latin1';
import type { RequestHeadReader } from '../../lib/request_head';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import type { ErrorStream, WSGIApplication } from '../../lib/types';

const echoLength: WSGIApplication = (environ, startResponse) => {
  const body = environ['wsgi.input']!.read(Number(environ.CONTENT_LENGTH || 0));
  startResponse('200 OK', [['Content-Type', 'text/plain']]);
  return [new TextEncoder().encode(String(body.length))];
};

/** Remembers each connection's head reader weakly. */
class WatchedServer extends WSGIServer {
  readonly readers: WeakRef<RequestHeadReader>[] = [];

  protected override makeHeadReader(): RequestHeadReader {
    const reader = super.makeHeadReader();
    this.readers.push(new WeakRef(reader));
    return reader;
  }
}

test('un socket cerrado no retiene la petición / a closed socket does not keep its request alive', async () => {
  const log = new StringIO();
  class Handler extends WSGIRequestHandler {
    override getStderr(): ErrorStream {
      return log;
    }
  }
  const server = (await makeServer('127.0.0.1', 0, echoLength, WatchedServer, Handler)) as WatchedServer;
  // Every accepted socket is held on purpose until the end of the test.
  const sockets: Socket[] = [];
  server.socket.on('connection', (socket: Socket) => sockets.push(socket));
  const serving = server.serveForever();
  try {
    const sizes = [0, 10, 100_000];
    for (const size of sizes) {
      const head = `POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`;
      const response = decodeLatin1(await rawRequest(server.serverPort, [head, new Uint8Array(size)]));
      assert.match(response, /^HTTP\/1\.0 200 OK\r\n/);
      assert.ok(response.endsWith(`\r\n\r\n${size}`), response);
    }
    await Promise.all(sockets.map((socket) => socket.closed ? undefined : new Promise((ok) => socket.once('close', ok))));
    await new Promise((ok) => setImmediate(ok));
    collectGarbage();
    assert.equal(sockets.length, sizes.length);
    assert.equal(server.readers.length, sizes.length);
    const kept = server.readers.filter((reader) => reader.deref() !== undefined).length;
    assert.equal(kept, 0, `${kept} of ${sizes.length} head readers still reachable from their closed sockets`);
  } finally {
    await server.shutdown();
    await serving;
    await server.serverClose();
  }
});
