// Hostile input, part 2: what a byte corpus cannot say. Slow clients
// (slowloris), clients that vanish mid-request or mid-response, clients
// that never read, 200 connections at once, and applications that break
// the protocol (CR/LF in a header, non-latin-1 status, a string chunk…),
// which must get the standard 500 and a clear error in the log, never a
// malformed response. After each scenario a normal GET must still work.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeLatin1 } from '../../lib/internal/latin1';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import type { ErrorStream, HeaderPair, WSGIApplication } from '../../lib/types';
import {
  assertWellFormed,
  captureProcessStderr,
  echoApp,
  heapAfterGc,
  normalise,
  sendRaw,
  serverLog,
  watchProcess,
} from './fixtures/hostile/client';

const REQUEST_TIMEOUT_MS = 500;
const CHUNK = new Uint8Array(256 * 1024).fill(0x61);
const STREAM_CHUNKS = 64; // 16 MiB in 64 chunks: no Content-Length, written chunk by chunk
const ERROR_BODY = 'A server error occurred.  Please contact the administrator.';
// Python 3.13's answer to an application error (verified by hand); 3.14 also gives it for CR/LF in headers.
const STANDARD_500 =
  'HTTP/1.0 500 Internal Server Error\r\nDate: <date>\r\nServer: <server>\r\n' +
  `Content-Type: text/plain\r\nContent-Length: ${ERROR_BODY.length}\r\n\r\n${ERROR_BODY}`;

const text: HeaderPair[] = [['Content-Type', 'text/plain']];
const broken: Record<string, WSGIApplication> = {
  '/crlf-in-header-value': (_e, sr) => {
    sr('200 OK', [['X-Bad', 'a\r\nInjected: 1']]);
    return [encodeLatin1('x')];
  },
  '/lf-in-header-name': (_e, sr) => {
    sr('200 OK', [['X-Bad\nInjected', '1']]);
    return [encodeLatin1('x')];
  },
  '/crlf-in-status': (_e, sr) => {
    sr('200 OK\r\nInjected: 1', text);
    return [encodeLatin1('x')];
  },
  '/non-latin1-status': (_e, sr) => {
    sr('200 Vale \u20ac', text);
    return [encodeLatin1('x')];
  },
  '/non-latin1-header': (_e, sr) => {
    sr('200 OK', [['X-Euro', '\u20ac']]);
    return [encodeLatin1('x')];
  },
  '/string-chunk': (_e, sr) => {
    sr('200 OK', text);
    return ['texto, no bytes' as unknown as Uint8Array];
  },
  '/write-string': (_e, sr) => {
    const write = sr('200 OK', text);
    write('texto' as unknown as Uint8Array);
    return [];
  },
  '/hop-by-hop-header': (_e, sr) => {
    sr('200 OK', [['Connection', 'keep-alive']]);
    return [encodeLatin1('x')];
  },
  '/bad-status': (_e, sr) => {
    sr('OK', text);
    return [encodeLatin1('x')];
  },
  '/throws': () => {
    throw new Error('la aplicación falló / the application failed');
  },
  '/returns-null': (_e, sr) => {
    sr('200 OK', text);
    return null as unknown as Uint8Array[];
  },
  '/start-response-twice': (_e, sr) => {
    sr('200 OK', text);
    sr('404 Not Found', text);
    return [encodeLatin1('x')];
  },
};

/** The English half of the error each broken application must leave in the log. */
const expectedError: Record<string, RegExp> = {
  '/crlf-in-header-value': /Control characters are not allowed in header values/,
  '/lf-in-header-name': /Control characters are not allowed in header names/,
  '/crlf-in-status': /Control characters are not allowed in status/,
  '/non-latin1-status': /Status and headers must be latin-1/,
  '/non-latin1-header': /Status and headers must be latin-1/,
  '/string-chunk': /write\(\) argument must be a bytes instance/,
  '/write-string': /write\(\) argument must be a bytes instance/,
  '/hop-by-hop-header': /Hop-by-hop header/,
  '/bad-status': /Status must be at least 4 characters/,
  '/throws': /the application failed/,
  '/returns-null': /TypeError: .*not iterable/,
  '/start-response-twice': /Headers already set!/,
};

function* stream(): Generator<Uint8Array> {
  for (let i = 0; i < STREAM_CHUNKS; i++) yield CHUNK;
}

const app: WSGIApplication = (environ, startResponse) => {
  const path = String(environ.PATH_INFO);
  const bad = broken[path];
  if (bad) return bad(environ, startResponse);
  if (path === '/stream') {
    startResponse('200 OK', [['Content-Type', 'application/octet-stream']]);
    return stream();
  }
  if (path === '/fails-midway') {
    startResponse('200 OK', text);
    return (function* () {
      yield encodeLatin1('first chunk\n');
      throw new Error('falló a mitad / failed midway');
    })();
  }
  return echoApp(environ, startResponse);
};

class LoggedHandler extends WSGIRequestHandler {
  override getStderr(): ErrorStream {
    return serverLog;
  }
}

const GET = 'GET / HTTP/1.0\r\nHost: x\r\n\r\n';

describe('hostile scenarios', () => {
  let server: WSGIServer;
  let serving: Promise<void>;
  let port = 0;
  let watch: ReturnType<typeof watchProcess>;
  let stderr: ReturnType<typeof captureProcessStderr>;
  let heapBefore = 0;

  async function assertGetWorks(context: string): Promise<void> {
    const got = await sendRaw(port, GET, { timeoutMs: 3000 });
    assert.match(got.data.toString('latin1'), /^HTTP\/1\.0 200 OK\r\n[\s\S]*\r\n\r\nHello world!\n/, `${context}: a normal GET afterwards`);
  }

  function open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1' }, () => resolve(socket));
      socket.once('error', reject);
    });
  }

  function closed(socket: Socket, timeoutMs: number): Promise<number | null> {
    const started = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      socket.on('error', () => undefined);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
    });
  }

  before(async () => {
    watch = watchProcess();
    stderr = captureProcessStderr();
    server = await makeServer('127.0.0.1', 0, app, WSGIServer, LoggedHandler, {
      requestTimeout: REQUEST_TIMEOUT_MS,
      maxBodySize: 1024 * 1024,
    });
    port = server.serverPort;
    serving = server.serveForever();
    await assertGetWorks('warm-up');
    heapBefore = heapAfterGc();
  });

  after(async () => {
    await server.shutdown();
    await serving;
    await server.serverClose();
    stderr.stop();
    watch.stop();
  });

  it('slowloris: a request trickled slower than the timeout is dropped, others are served meanwhile', async () => {
    const socket = await open();
    const data: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => data.push(chunk));
    const whenClosed = closed(socket, 5000);
    const line = 'GET / HTTP/1.0\r\nHost: x\r\nX-Slow: ';
    let i = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(line[i++ % line.length]!);
    }, 100);
    await sleep(150);
    const started = performance.now();
    await assertGetWorks('during slowloris');
    assert.ok(performance.now() - started < 1000, 'the slow client does not hold up the others');
    const ms = await whenClosed;
    clearInterval(trickle);
    assert.notEqual(ms, null, 'the server closed the slow connection');
    assert.equal(Buffer.concat(data).length, 0, 'without a response');
    assert.match(serverLog.getvalue(), /Request timed out/);
    await assertGetWorks('after slowloris');
  });

  it('slowloris: 50 slow connections at once do not starve a normal client', async () => {
    const sockets = await Promise.all(Array.from({ length: 50 }, () => open()));
    const whenClosed = sockets.map((socket) => closed(socket, 5000));
    for (const socket of sockets) socket.write('GET / HTTP/1.0\r\nHost: x\r\n');
    await assertGetWorks('with 50 slow connections open');
    const times = await Promise.all(whenClosed);
    assert.ok(times.every((ms) => ms !== null), 'every slow connection was closed');
    await assertGetWorks('after 50 slow connections');
  });

  it('a body trickled slower than the timeout is dropped', async () => {
    const socket = await open();
    const whenClosed = closed(socket, 5000);
    socket.write('POST / HTTP/1.0\r\nContent-Length: 100\r\n\r\n');
    const trickle = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write('b');
    }, 50);
    const ms = await whenClosed;
    clearInterval(trickle);
    assert.notEqual(ms, null, 'closed by the server');
    await assertGetWorks('after the slow body');
  });

  it('clients that vanish mid-request (FIN or RST) leave the server intact', async () => {
    for (const request of ['GET / HTTP/1.0\r\nHo', 'POST / HTTP/1.0\r\nContent-Length: 1000\r\n\r\nabc']) {
      const gentle = await open();
      gentle.end(request);
      await closed(gentle, 2000);
      const rude = await open();
      rude.write(request);
      await sleep(20);
      rude.resetAndDestroy();
      await sleep(20);
      await assertGetWorks(`after a client vanished sending ${JSON.stringify(request)}`);
    }
  });

  it('clients that vanish mid-response (a 16 MiB multi-chunk body) leave the server intact', async () => {
    for (const how of ['destroy', 'reset'] as const) {
      const socket = await open();
      let received = 0;
      const enough = new Promise<void>((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > 300_000) resolve();
        });
      });
      socket.on('error', () => undefined);
      socket.write('GET /stream HTTP/1.0\r\n\r\n');
      await enough;
      if (how === 'destroy') socket.destroy();
      else socket.resetAndDestroy();
      await sleep(50);
      await assertGetWorks(`after a client left mid-response (${how})`);
    }
    const whole = await sendRaw(port, 'GET /stream HTTP/1.0\r\n\r\n', { timeoutMs: 10_000 });
    const head = whole.data.indexOf('\r\n\r\n');
    assert.equal(whole.data.length - head - 4, STREAM_CHUNKS * CHUNK.length, 'a patient client gets all 16 MiB');
    assert.doesNotMatch(whole.data.toString('latin1', 0, head), /Content-Length/, 'several chunks: no Content-Length');
  });

  it('a client that never reads its response is eventually let go', async () => {
    const socket = await open();
    socket.pause();
    socket.write('GET /stream HTTP/1.0\r\n\r\n');
    // A paused client cannot see the close, so read only after the server's deadlines.
    await sleep(REQUEST_TIMEOUT_MS + 3000);
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    const whenClosed = closed(socket, 10_000);
    socket.resume();
    assert.notEqual(await whenClosed, null, 'the connection ends once the client reads again');
    assert.ok(received < STREAM_CHUNKS * CHUNK.length, `the server dropped the unread rest (${received} bytes came)`);
    await assertGetWorks('after a stalled reader');
  });

  it('200 connections at once are all answered', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) =>
      sendRaw(port, `GET /c${i} HTTP/1.0\r\nHost: x\r\n\r\n`, { timeoutMs: 15_000 })));
    results.forEach((got, i) => {
      assert.equal(got.end, 'eof', `connection ${i} ended cleanly`);
      const body = got.data.toString('latin1');
      assert.match(body, /^HTTP\/1\.0 200 OK\r\n/, `connection ${i}`);
      assert.ok(body.includes(`PATH_INFO=/c${i}\n`), `connection ${i} got its own answer`);
      assertWellFormed(got.data, `connection ${i}`);
    });
    await assertGetWorks('after 200 connections');
  });

  for (const path of Object.keys(broken)) {
    it(`an application that breaks the protocol (${path}) gets the standard 500 and a logged error`, async () => {
      const logStart = serverLog.getvalue().length;
      const got = await sendRaw(port, `GET ${path} HTTP/1.0\r\n\r\n`);
      assert.equal(normalise(got.data), STANDARD_500);
      assertWellFormed(got.data, path);
      const logged = serverLog.getvalue().slice(logStart);
      assert.match(logged, expectedError[path]!, `the error is on the server's stderr:\n${logged}`);
      assert.match(logged, /\n {4}at /, 'with its stack');
      assert.match(logged, new RegExp(`"GET ${path.replace(/[/-]/g, '\\$&')} HTTP/1\\.0" 500 59`), 'and the access line');
      await assertGetWorks(path);
    });
  }

  it('an application that fails after sending headers: the response is cut short, never malformed', async () => {
    const logStart = serverLog.getvalue().length;
    const got = await sendRaw(port, 'GET /fails-midway HTTP/1.0\r\n\r\n');
    const response = got.data.toString('latin1');
    assert.match(response, /^HTTP\/1\.0 200 OK\r\n/);
    assert.ok(response.endsWith('\r\n\r\nfirst chunk\n'), JSON.stringify(response));
    assert.doesNotMatch(response, /Content-Length/);
    assert.match(serverLog.getvalue().slice(logStart), /failed midway/);
    await assertGetWorks('after a failure midway');
  });

  it('nothing crashed, nothing escaped, the heap stayed bounded', () => {
    assert.deepEqual(watch.problems, [], 'no unhandledRejection / uncaughtException');
    assert.doesNotMatch(stderr.text(), /Exception occurred during processing/, 'no unexpected error in WSGIServer');
    const grown = heapAfterGc() - heapBefore;
    assert.ok(grown < 48 * 1024 * 1024, `heap grew by ${(grown / 2 ** 20).toFixed(1)} MiB`);
  });
});
