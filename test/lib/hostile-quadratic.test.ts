// Hostile input, part 3: CPU amplification. A big but legal header block
// (up to 99 lines under 64 KiB each) must cost the server work linear in
// its size, however it is cut into packets. Python reads header lines
// one by one, in linear time.
//
// The bug this guards against: WSGIServer.track() used to join all chunks
// and re-parse the head from byte 0 on every chunk holding a newline, so a
// 3.6 MB head cost seconds of CPU and stalled the event loop for every
// other client. It now feeds each chunk once to a RequestHeadReader.
//
// No wall-clock or CPU-time assertion (shared, noisy machines): the bound
// is on the bytes a RequestHeadReader examines looking for line ends
// (counted by CountingHeadReader), which a linear reader keeps within 2x
// the head whatever the cuts and a re-parsing one multiplies by about half
// the number of chunks.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { RequestHeadReader, type RequestHeadResult } from '../../lib/request_head';
import { encodeLatin1 } from '../../lib/internal/latin1';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import { CountingHeadReader } from './fixtures/counting-reader';
import type { ErrorStream } from '../../lib/types';
import { echoApp, serverLog } from './fixtures/hostile/client';

const LINES = 60;
const LINE = `X-Big: ${'v'.repeat(60_000)}\r\n`;
const head = (lines: number): string => `GET / HTTP/1.0\r\n${LINE.repeat(lines)}\r\n`;

class LoggedHandler extends WSGIRequestHandler {
  override getStderr(): ErrorStream {
    return serverLog;
  }
}

/** A server that keeps the head reader of each connection, to read its counter. */
class ObservedServer extends WSGIServer {
  readers: CountingHeadReader[] = [];

  protected override makeHeadReader(): RequestHeadReader {
    const reader = new CountingHeadReader({ maxBodySize: this.maxBodySize });
    this.readers.push(reader);
    return reader;
  }
}

describe('CPU amplification: the head reader', () => {
  const data = encodeLatin1(head(LINES));

  for (const [label, size] of [
    ['1 KiB chunks', 1024],
    ['64 KiB chunks', 65536],
    ['one piece', data.length],
  ] as const) {
    it(`scans ${LINES} x 60 000-byte header lines in ${label} within 2x the head`, () => {
      const reader = new CountingHeadReader();
      let result: RequestHeadResult = reader.result;
      for (let start = 0; start < data.length; start += size) {
        result = reader.push(data.subarray(start, start + size));
      }
      assert.equal(result.state, 'complete');
      if (result.state === 'complete') {
        assert.equal(result.head.headLength, data.length);
        assert.equal(result.head.headers.getAll('X-Big').length, LINES);
      }
      assert.ok(
        reader.scannedBytes <= 2 * data.length,
        `${label}: scanned ${reader.scannedBytes} bytes for a ${data.length}-byte head`,
      );
    });
  }
});

describe('CPU amplification: over a socket', () => {
  let server: ObservedServer;
  let serving: Promise<void>;

  before(async () => {
    server = (await makeServer('127.0.0.1', 0, echoApp, ObservedServer, LoggedHandler, {
      requestTimeout: 60_000,
    })) as ObservedServer;
    serving = server.serveForever();
  });

  after(async () => {
    await server.shutdown();
    await serving;
    await server.serverClose();
  });

  /** Sends one request, returns the response's first bytes and how much the server's reader scanned. */
  async function answer(send: (write: (s: string) => Promise<void>) => Promise<void>): Promise<[string, number]> {
    const readers = server.readers.length;
    const socket = connect(server.serverPort, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const write = (s: string): Promise<void> => new Promise((resolve) => socket.write(s, () => resolve()));
    const answered = new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.once('end', () => resolve(Buffer.concat(chunks).toString('latin1', 0, 17)));
    });
    await send(write);
    const status = await answered;
    socket.destroy();
    assert.equal(server.readers.length, readers + 1, 'one head reader per connection');
    return [status, (server.readers.at(-1) as CountingHeadReader).scannedBytes];
  }

  const bytes = head(LINES).length;

  it('a big header block in one write is answered, scanned once', async () => {
    const [status, scanned] = await answer((write) => write(head(LINES)));
    assert.equal(status, 'HTTP/1.0 200 OK\r\n');
    assert.ok(scanned <= 2 * bytes, `scanned ${scanned} bytes for a ${bytes}-byte head`);
  });

  it('a big header block sent one line per packet is answered, scanned once', async () => {
    const [status, scanned] = await answer(async (write) => {
      await write('GET / HTTP/1.0\r\n');
      for (let i = 0; i < LINES; i++) {
        await write(LINE);
        await sleep(2); // one line per packet
      }
      await write('\r\n');
    });
    assert.equal(status, 'HTTP/1.0 200 OK\r\n');
    assert.ok(scanned <= 2 * bytes, `scanned ${scanned} bytes for a ${bytes}-byte head`);
  });
});
