// Integration tests for lib/simple_server.ts over real sockets on
// 127.0.0.1 (port 0): test_wsgiref's IntegrationTests translated, plus
// the server's lifecycle, limits, timeouts and clients that go away.
import assert from 'node:assert/strict';
import { connect, createServer } from 'node:net';
import { after, test } from 'node:test';
import { rawRequest } from './fixtures/client';
import { exchange } from '../../lib/exchange';
import { StringIO } from '../../lib/io';
import { decodeLatin1, encodeLatin1 } from '../../lib/internal/latin1';
import { demoApp, makeServer, ServerHandler, WSGIRequestHandler, WSGIServer, type WSGIServerOptions } from '../../lib/simple_server';
import type { ErrorStream, WSGIApplication, WSGIEnvironment } from '../../lib/types';
import { validator } from '../../lib/validate';
import { checkHello as checkSharedHello, helloApp } from './fixtures/hello';

const SOFTWARE = `Node.js/${process.versions.node}`;

// Anything escaping the server's handlers would show up here.
const escaped: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  escaped.push(reason);
};
process.on('unhandledRejection', onUnhandled);
process.on('uncaughtException', onUnhandled);
after(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  assert.deepEqual(escaped, []);
});

/** A server whose log goes to a StringIO, serving until the test ends. */
async function serve(app: WSGIApplication, options: WSGIServerOptions = {}) {
  const log = new StringIO();
  class Handler extends WSGIRequestHandler {
    override getStderr(): ErrorStream {
      return log;
    }
  }
  const server = await makeServer('127.0.0.1', 0, app, WSGIServer, Handler, options);
  const serving = server.serveForever();
  const stop = async (): Promise<void> => {
    await server.shutdown();
    await serving;
    await server.serverClose();
  };
  const request = async (data: string | Uint8Array): Promise<string> =>
    decodeLatin1(await rawRequest(server.serverPort, [data]));
  return { server, log, stop, request };
}

function checkHello(out: string, hasLength = true): void {
  checkSharedHello(out, SOFTWARE, hasLength);
}

// ------------------------------------------------ test_wsgiref.IntegrationTests

test('IntegrationTests sobre un socket / over a socket', async () => {
  const headerApp: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [['Content-Type', 'text/plain']]);
    return [
      encodeLatin1([environ.HTTP_X_TEST_HEADER, environ.QUERY_STRING, environ.PATH_INFO].join(';')),
    ];
  };
  const hello = await serve(helloApp);
  const validated = await serve(validator(helloApp));
  const headers = await serve(headerApp);
  try {
    checkHello(await hello.request('GET / HTTP/1.0\n\n'));
    checkHello(await validated.request('GET / HTTP/1.0\n\n'), false);
    const environ = await headers.request(
      'GET /p%61th/?query=test HTTP/1.0\nX-Test-Header: Python test \n' +
        'X-Test-Header: Python test 2\nContent-Length: 0\n\n',
    );
    assert.equal(environ.split('\r\n').at(-1), 'Python test,Python test 2;query=test;/path/');
    const long = await hello.request('GET /' + 'x'.repeat(65532));
    assert.equal(long.split('\r\n')[0], 'HTTP/1.0 414 URI Too Long');
    assert.match(hello.log.getvalue(), /"GET \/ HTTP\/1\.0" 200 13\n/);
    assert.match(hello.log.getvalue(), /code 414, message URI Too Long\n.*"" 414 -\n$/);
  } finally {
    await hello.stop();
    await validated.stop();
    await headers.stop();
  }
});

test('IntegrationTests.test_cp1252_url y test_bytes_validation', async () => {
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [
      ['Content-Type', 'text/plain'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1(environ.PATH_INFO as string)];
  };
  const { request, log, stop } = await serve(validator(app));
  try {
    const out = await request(encodeLatin1('GET /\x80%80 HTTP/1.0'));
    assert.equal(out.split('\r\n').at(-1), '/\x80\x80');
    assert.ok(log.getvalue().endsWith('"GET /\\x80%80 HTTP/1.0" 200 3\n'));
  } finally {
    await stop();
  }
});

test('IntegrationTests.test_interrupted_write: respuesta grande a un lector lento', async () => {
  const size = 4 * 1024 * 1024;
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', []);
    return [new Uint8Array(size)];
  };
  const { server, stop } = await serve(app);
  try {
    const received = await new Promise<number>((resolve, reject) => {
      let total = 0;
      let paused = false;
      const socket = connect(server.serverPort, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      socket.on('data', (chunk) => {
        total += chunk.length;
        if (!paused) {
          paused = true;
          socket.pause();
          setTimeout(() => socket.resume(), 200);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(total));
    });
    assert.ok(received > size, `recibidos ${received}`);
  } finally {
    await stop();
  }
});

// ------------------------------------------------ environ and lifecycle

test('SERVER_NAME, SERVER_PORT y wsgi.multithread', async () => {
  let seen: WSGIEnvironment = {};
  const app: WSGIApplication = (environ, startResponse) => {
    seen = { ...environ };
    startResponse('200 OK', [['Content-Type', 'text/plain']]);
    return [];
  };
  const { server, request, stop } = await serve(app);
  try {
    await request('GET / HTTP/1.0\r\n\r\n');
    assert.equal(server.serverName, 'localhost');
    assert.equal(seen.SERVER_NAME, 'localhost');
    assert.equal(seen.SERVER_PORT, String(server.serverPort));
    assert.equal(seen.REMOTE_ADDR, '127.0.0.1');
    assert.equal(seen['wsgi.multithread'], false);
    assert.equal(seen['wsgi.multiprocess'], false);
    assert.deepEqual(server.baseEnviron, {
      SERVER_NAME: 'localhost',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SERVER_PORT: String(server.serverPort),
      REMOTE_HOST: '',
      CONTENT_LENGTH: '',
      SCRIPT_NAME: '',
    });
  } finally {
    await stop();
  }
});

test('handleRequest atiende una; las demás esperan / handleRequest answers one', async () => {
  const server = await makeServer('127.0.0.1', 0, helloApp, WSGIServer, class extends WSGIRequestHandler {
    override getStderr(): ErrorStream {
      return new StringIO();
    }
  });
  try {
    // Connected before anyone serves: queued, answered by handleRequest().
    const first = rawRequest(server.serverPort, ['GET / HTTP/1.0\r\n\r\n']);
    await new Promise((r) => setTimeout(r, 50));
    await server.handleRequest();
    checkHello(decodeLatin1(await first));
    const second = rawRequest(server.serverPort, ['GET / HTTP/1.0\r\n\r\n']);
    await server.handleRequest();
    checkHello(decodeLatin1(await second));
  } finally {
    await server.serverClose();
  }
});

test('shutdown cumple serveForever; serverClose deja de escuchar', async () => {
  const server = await makeServer('127.0.0.1', 0, helloApp);
  const serving = server.serveForever();
  await assert.rejects(server.serveForever(), /Already serving/);
  await server.shutdown();
  await serving;
  await server.serverClose();
  await assert.rejects(rawRequest(server.serverPort, ['GET / HTTP/1.0\r\n\r\n']), /ECONNREFUSED/);
});

test('puerto ocupado: EADDRINUSE / busy port', async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const port = (blocker.address() as { port: number }).port;
  try {
    await assert.rejects(makeServer('127.0.0.1', port, helloApp), { code: 'EADDRINUSE' });
  } finally {
    blocker.close();
  }
});

test('ServerHandler es el de exchange / ServerHandler re-exported', () => {
  const handler = new ServerHandler(new StringIO() as never, { write: () => undefined }, new StringIO(), {});
  assert.match(String(handler.serverSoftware), /^WSGIServer\/0\.2 /);
});

// ------------------------------------------------ limits and hostile clients

test('413 sin esperar el cuerpo / 413 without waiting for the body', async () => {
  const { server, log, stop } = await serve(helloApp, { maxBodySize: 10 });
  try {
    const out = decodeLatin1(
      await rawRequest(server.serverPort, ['POST / HTTP/1.0\r\nContent-Length: 1000000\r\n\r\n'], { end: false }),
    );
    assert.ok(out.startsWith('HTTP/1.0 413 Content Too Large\r\n'), out);
    assert.match(log.getvalue(), /code 413, message Content Too Large\n/);
  } finally {
    await stop();
  }
});

test('un cliente lento se desconecta / slow client timed out', async () => {
  const { server, log, stop, request } = await serve(helloApp, { requestTimeout: 200 });
  try {
    const started = Date.now();
    const partial = await rawRequest(server.serverPort, ['GET / HTTP/1.0\r\nHost: x\r\n'], { end: false });
    assert.equal(partial.length, 0);
    assert.ok(Date.now() - started >= 150);
    const silent = await rawRequest(server.serverPort, [], { end: false });
    assert.equal(silent.length, 0);
    const lines = log.getvalue().trimEnd().split('\n');
    assert.equal(lines.length, 1); // the silent connection is not logged
    assert.match(lines[0], /\] Request timed out: TimeoutError\('timed out'\)$/);
    checkHello(await request('GET / HTTP/1.0\r\n\r\n'));
  } finally {
    await stop();
  }
});

test('un cliente lento no bloquea a los demás / a slow client does not block others', async () => {
  const { server, stop, request } = await serve(helloApp, { requestTimeout: 2000 });
  try {
    const slow = rawRequest(server.serverPort, ['GET / HT', 500, 'TP/1.0\r\n\r\n']);
    checkHello(await request('GET / HTTP/1.0\r\n\r\n'));
    checkHello(decodeLatin1(await slow));
  } finally {
    await stop();
  }
});

test('clientes que se van a mitad / clients that disconnect midway', async () => {
  const big: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [['Content-Type', 'application/octet-stream']]);
    return Array.from({ length: 64 }, () => new Uint8Array(256 * 1024));
  };
  const { server, stop } = await serve(big);
  try {
    // Mid-request: the head never completes.
    await new Promise<void>((resolve) => {
      const socket = connect(server.serverPort, '127.0.0.1', () => {
        socket.write('POST / HTTP/1.0\r\nContent-Length: 100\r\n\r\nabc');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    // Mid-response: gone after the first bytes.
    await new Promise<void>((resolve) => {
      const socket = connect(server.serverPort, '127.0.0.1', () => socket.write('GET / HTTP/1.0\r\n\r\n'));
      socket.once('data', () => socket.destroy());
      socket.on('error', () => undefined);
      socket.on('close', () => resolve());
    });
    // Gone right after sending the request.
    await new Promise<void>((resolve) => {
      const socket = connect(server.serverPort, '127.0.0.1', () => {
        socket.write('GET / HTTP/1.0\r\n\r\n');
        socket.destroy();
        resolve();
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    const whole = await rawRequest(server.serverPort, ['GET / HTTP/1.0\r\n\r\n']);
    assert.ok(whole.length > 64 * 256 * 1024);
  } finally {
    await stop();
  }
});

test('demoApp por la red / demoApp over the network', async () => {
  const { request, stop } = await serve(demoApp);
  try {
    const out = await request('GET /xyz?abc HTTP/1.0\r\n\r\n');
    assert.match(out, /^HTTP\/1\.0 200 OK\r\n/);
    assert.match(out, /\r\nContent-Type: text\/plain; charset=utf-8\r\n/);
    assert.match(out, /\r\n\r\nHello world!\n\n/);
    assert.match(out, /\nPATH_INFO = '\/xyz'\n/);
    assert.match(out, /\nQUERY_STRING = 'abc'\n/);
    assert.match(out, /\nwsgi\.multithread = False\n/);
    assert.match(out, /\nwsgi\.version = \(1, 0\)\n/);
  } finally {
    await stop();
  }
});

test('exchange y el servidor responden igual / exchange matches the server', async () => {
  const { server, request, stop } = await serve(helloApp);
  try {
    const raw = 'GET /a%20b?c HTTP/1.1\r\nHost: x\r\n\r\n';
    const local = exchange(helloApp, raw, { serverName: 'localhost', serverPort: server.serverPort });
    assert.equal(await request(raw), decodeLatin1(local.response));
  } finally {
    await stop();
  }
});

test('un bloque reutilizado llega tal cual / a reused chunk array is sent as it was', async () => {
  // Python's bytes cannot change; a Uint8Array can. An app that refills one
  // array for every chunk must still get each chunk on the wire as yielded.
  const app: WSGIApplication = (_environ, startResponse) => {
    startResponse('200 OK', [['Content-Type', 'text/plain']]);
    const scratch = new Uint8Array(3);
    return (function* () {
      for (const word of ['uno', 'dos', 'tre']) {
        scratch.set(encodeLatin1(word));
        yield scratch;
      }
    })();
  };
  const { request, stop } = await serve(app);
  try {
    const out = await request('GET / HTTP/1.0\r\n\r\n');
    assert.ok(out.endsWith('\r\n\r\nunodostre'), out);
  } finally {
    await stop();
  }
});

test('un cliente lento recibe cada bloque como era / a slow client gets each chunk as it was yielded', async () => {
  // A client that does not read fills the socket's buffers, so most of its
  // response waits in the server while the application refills its one
  // array for the next chunk, and then for another client's request.
  const SIZE = 1 << 20;
  const scratch = new Uint8Array(SIZE);
  const served: string[] = [];
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [['Content-Type', 'application/octet-stream']]);
    const letters = String(environ.QUERY_STRING);
    return (function* () {
      for (const letter of letters) {
        scratch.fill(letter.charCodeAt(0));
        yield scratch;
      }
      served.push(letters);
    })();
  };
  const { server, request, stop } = await serve(app);
  const slowLetters = 'abcdefghijklmnop';
  try {
    const received: Buffer[] = [];
    const slow = connect(server.serverPort, '127.0.0.1');
    slow.pause();
    const closed = new Promise<void>((resolve) => slow.on('close', () => resolve()));
    slow.on('data', (chunk: Buffer) => received.push(chunk));
    slow.write(`GET /?${slowLetters} HTTP/1.0\r\n\r\n`);
    while (!served.includes(slowLetters)) await new Promise((r) => setTimeout(r, 10));
    const other = await request('GET /?zz HTTP/1.0\r\n\r\n');
    assert.ok(other.endsWith('z'.repeat(2 * SIZE)));
    slow.resume();
    await closed;
    const out = decodeLatin1(Buffer.concat(received));
    const body = out.slice(out.indexOf('\r\n\r\n') + 4);
    assert.equal(body.length, slowLetters.length * SIZE);
    [...slowLetters].forEach((letter, i) => {
      const chunk = body.slice(i * SIZE, (i + 1) * SIZE);
      assert.ok(chunk === letter.repeat(SIZE), `chunk ${i} is not all ${letter}`);
    });
  } finally {
    await stop();
  }
});

test('bloques grandes reutilizados, varios clientes a la vez / large refilled chunks, several clients', async () => {
  const SIZE = 200 * 1024;
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [['Content-Type', 'text/plain']]);
    const letters = String(environ.QUERY_STRING);
    const scratch = new Uint8Array(SIZE);
    return (function* () {
      for (const letter of letters) {
        scratch.fill(letter.charCodeAt(0));
        yield scratch;
      }
    })();
  };
  const { request, stop } = await serve(app);
  try {
    const queries = ['abc', 'xyz', 'pq', 'mnop'];
    const answers = await Promise.all(queries.map((q) => request(`GET /?${q} HTTP/1.0\r\n\r\n`)));
    answers.forEach((out, i) => {
      const body = out.slice(out.indexOf('\r\n\r\n') + 4);
      const expected = [...queries[i]].map((letter) => letter.repeat(SIZE)).join('');
      assert.equal(body.length, expected.length);
      assert.ok(body === expected, `body ${i} differs from ${queries[i]}`);
    });
  } finally {
    await stop();
  }
});
