// Large request bodies over real sockets (lib/internal/request_body.ts):
// read into one buffer of their final size, partly straight from the
// socket, they must reach wsgi.input byte for byte however they arrive —
// in one write, in pieces with pauses, cut short by the client, or
// followed by bytes that are not part of them.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { rawRequest, type Part } from './fixtures/client';
import { StringIO } from '../../lib/io';
import { decodeLatin1 } from '../../lib/internal/latin1';
import { DIRECT_BODY_MIN } from '../../lib/internal/request_body';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import type { ErrorStream, WSGIApplication } from '../../lib/types';

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Answers the SHA-256 and length of what wsgi.input.read() gives, then of a second read. */
const digestApp: WSGIApplication = (environ, startResponse) => {
  const input = environ['wsgi.input']!;
  const body = input.read(Number(environ.CONTENT_LENGTH || 0));
  const rest = input.read();
  startResponse('200 OK', [['Content-Type', 'text/plain']]);
  return [new TextEncoder().encode(`${digest(body)} ${body.length} ${rest.length}`)];
};

async function withServer(run: (port: number) => Promise<void>): Promise<void> {
  const log = new StringIO();
  class Handler extends WSGIRequestHandler {
    override getStderr(): ErrorStream {
      return log;
    }
  }
  const server = await makeServer('127.0.0.1', 0, digestApp, WSGIServer, Handler);
  const serving = server.serveForever();
  try {
    await run(server.serverPort);
  } finally {
    await server.shutdown();
    await serving;
    await server.serverClose();
  }
}

const head = (length: number): string =>
  `POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

async function answer(port: number, parts: Part[]): Promise<string> {
  const response = decodeLatin1(await rawRequest(port, parts));
  assert.match(response, /^HTTP\/1\.0 200 OK\r\n/, response.slice(0, 200));
  return response.slice(response.indexOf('\r\n\r\n') + 4);
}

test('un cuerpo grande llega entero, de una vez o a trozos / a large body arrives whole, at once or in pieces', async () => {
  await withServer(async (port) => {
    for (const size of [DIRECT_BODY_MIN - 1, DIRECT_BODY_MIN, DIRECT_BODY_MIN + 1, 1 << 20, 3_000_001]) {
      const body = randomBytes(size);
      assert.equal(await answer(port, [head(size), body]), `${digest(body)} ${size} 0`, `${size} in one write`);
      const pieces: Part[] = [head(size).slice(0, 20), 5, head(size).slice(20)];
      for (let at = 0; at < size; at += 150_000) pieces.push(body.subarray(at, at + 150_000), 3);
      assert.equal(await answer(port, pieces), `${digest(body)} ${size} 0`, `${size} in pieces`);
    }
  });
});

test('lo que sigue al cuerpo no entra en él / bytes after the body are not part of it', async () => {
  await withServer(async (port) => {
    const size = 300_000;
    const body = randomBytes(size);
    const extra = 'GET /next HTTP/1.1\r\n\r\n';
    // The server answers once the body is complete; extra bytes read with it
    // are left to a read past CONTENT_LENGTH, others are drained unread.
    for (const parts of [[head(size), body, extra], [Buffer.concat([Buffer.from(head(size)), body, Buffer.from(extra)])]]) {
      const [bodyDigest, length, rest] = (await answer(port, parts)).split(' ');
      assert.equal(bodyDigest, digest(body));
      assert.equal(Number(length), size);
      assert.ok([0, extra.length].includes(Number(rest)), `rest ${rest}`);
    }
  });
});

test('un cliente que corta el cuerpo recibe respuesta por lo que envió / a client that cuts the body short is answered for what it sent', async () => {
  await withServer(async (port) => {
    const sent = randomBytes(200_000);
    // The client half-closes after 200 000 of 500 000 bytes: the application reads what came.
    assert.equal(await answer(port, [head(500_000), sent, 20]), `${digest(sent)} ${sent.length} 0`);
  });
});
