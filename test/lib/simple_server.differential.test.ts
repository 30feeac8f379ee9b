// Differential tests: the same raw requests go to Python's own
// wsgiref.simple_server (test/lib/fixtures/wsgiref_server.py) and to
// lib/simple_server.ts serving the same apps; the responses must be equal
// byte for byte except the Server and Date header lines, and the access
// log lines equal except their timestamp.
//
// python3 is required: without it every test here FAILS (never skips).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { StringIO } from '../../lib/io';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import type { ErrorStream } from '../../lib/types';
import { dispatch } from './fixtures/apps';
import { rawRequest, type Part } from './fixtures/client';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(here, 'fixtures', 'wsgiref_server.py');
const LOG_LINE = /^127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] /;

// ---------------------------------------------------------------- servers

const ourLog = new StringIO();
class CapturingHandler extends WSGIRequestHandler {
  override getStderr(): ErrorStream {
    return ourLog;
  }
}

let pythonStderr = '';
/** Python's own log line count after each connection it handled (its `logged N` lines). */
const pythonLogged: number[] = [];
let python: ChildProcess | null = null;

function startPython(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', FIXTURE], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
    });
    python = child;
    let stdout = '';
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'ENOENT'
            ? 'python3 no está instalado: las pruebas diferenciales lo necesitan (CI lo tiene). ' +
                '/ python3 is missing: the differential tests need it.'
            : `No se pudo iniciar python3 / could not start python3: ${error.message}`,
        ),
      );
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      pythonStderr += chunk;
    });
    child.stdout?.setEncoding('latin1');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      const [port, ...rest] = stdout.split('\n');
      if (rest.length === 0) return;
      resolve(Number(port));
      pythonLogged.length = 0;
      // The last piece is an unfinished line (or '' after a newline).
      for (const line of rest.slice(0, -1)) {
        const match = /^logged (\d+)$/.exec(line);
        if (match) pythonLogged.push(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`python3 terminó (${code}): ${pythonStderr}`)));
  });
}

const servers = (async () => {
  const pythonPort = await startPython();
  const ours = await makeServer('127.0.0.1', 0, dispatch, WSGIServer, CapturingHandler);
  const serving = ours.serveForever();
  return { pythonPort, ours, serving };
})();
servers.catch(() => undefined); // reported by each test

after(async () => {
  python?.kill();
  try {
    const { ours, serving } = await servers;
    await ours.shutdown();
    await serving;
    await ours.serverClose();
  } catch {
    // nothing was started
  }
});

// ---------------------------------------------------------------- client

/** The response without its Server and Date lines (header block only) nor its port. */
function normalize(response: Buffer, port: number): string {
  const text = response.toString('latin1').replace(`SERVER_PORT='${port}'`, "SERVER_PORT='PUERTO'");
  if (!text.startsWith('HTTP/')) return text;
  const end = text.indexOf('\r\n\r\n');
  const head = end >= 0 ? text.slice(0, end) : text;
  const kept = head.split('\r\n').filter((line) => !/^(Server|Date): /.test(line));
  return kept.join('\r\n') + text.slice(head.length);
}

function logLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => LOG_LINE.test(line))
    .map((line) => line.replace(/\[[^\]]+\]/, '[FECHA]'));
}

/** Waits until a condition holds, polling; false when `ms` pass first. */
async function waitFor(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > ms) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

/**
 * Python's log lines up to its `connections`-th connection: as many as
 * Python says it wrote by then (its stderr and stdout are separate pipes,
 * so the lines may still be on their way when the marker arrives).
 */
async function pythonLogLines(connections: number): Promise<string[]> {
  assert.ok(await waitFor(() => pythonLogged.length >= connections), 'Python reported its log line count');
  const count = pythonLogged[connections - 1];
  assert.ok(await waitFor(() => logLines(pythonStderr).length >= count), `Python's ${count} log lines arrived`);
  return logLines(pythonStderr).slice(0, count);
}

let pythonConnections = 0;

/** Sends the same request to both servers and compares response and log. */
async function compare(parts: Part[]): Promise<string> {
  const { pythonPort, ours } = await servers;
  const ourBefore = logLines(ourLog.getvalue()).length;
  const pythonBefore = pythonConnections > 0 ? pythonLogged[pythonConnections - 1] : 0;
  const expected = await rawRequest(pythonPort, parts);
  pythonConnections++;
  const actual = await rawRequest(ours.serverPort, parts);
  assert.equal(normalize(actual, ours.serverPort), normalize(expected, pythonPort));
  const ourNew = logLines(ourLog.getvalue()).slice(ourBefore);
  const pythonNew = (await pythonLogLines(pythonConnections)).slice(pythonBefore);
  assert.deepEqual(ourNew, pythonNew);
  return normalize(actual, ours.serverPort);
}

// ---------------------------------------------------------------- cases

test('ruta simple / plain path', async () => {
  const out = await compare(['GET /echo HTTP/1.0\r\n\r\n']);
  assert.match(out, /^HTTP\/1\.0 200 OK\r\n/);
  assert.match(out, /PATH_INFO='\/echo'/);
});

test('ruta con %XX, %2F y latin-1 / percent-encoded and latin-1 paths', async () => {
  await compare(['GET /echo/a%20b%2Fc HTTP/1.0\r\n\r\n']);
  const out = await compare(['GET /echo/caf%E9/\xe9%zz%4 HTTP/1.0\r\n\r\n']);
  assert.match(out, /PATH_INFO='\/echo\/caf\xe9\/\xe9%zz%4'/);
});

test('cadena de consulta / query string', async () => {
  await compare(['GET /echo/q?a=1&b=%20x?y=%E9 HTTP/1.0\r\n\r\n']);
  await compare(['GET /echo? HTTP/1.0\r\n\r\n']);
});

test('cabeceras repetidas y HTTP/1.1 / repeated headers, HTTP/1.1', async () => {
  const out = await compare([
    'GET /echo HTTP/1.1\r\nHost: ejemplo\r\nX-Dup: 1\r\nX-Dup:  2 \r\nAccept: a\r\nx-dup: tres\r\n\r\n',
  ]);
  assert.match(out, /HTTP_X_DUP='1,2,tres'/);
  assert.match(out, /SERVER_PROTOCOL='HTTP\/1\.1'/);
});

test('cabeceras raras: plegado, Content-Type doble, Path-Info, guion bajo / odd headers', async () => {
  await compare([
    'GET /echo HTTP/1.0\r\nX-Fold: a\r\n b\r\n\tc\r\nContent-Type: text/x\r\nContent-Type: text/y\r\n' +
      'Path-Info: /malo\r\nX_Under: 1\r\nX-Latin: caf\xe9\r\nX-Empty:\r\n:sin-nombre\r\nFrom x\r\nX-Last: z \r\n\r\n',
  ]);
  await compare(['GET /echo HTTP/1.0\r\nX-A: 1\r\nno es cabecera\r\nX-B: 2\r\n\r\n']);
  await compare(['GET /echo HTTP/1.0\nX-A: 1\nContent-Length: \n\n']);
});

test('POST con cuerpo / POST body echoed', async () => {
  const out = await compare([
    'POST /echo HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2',
  ]);
  assert.match(out, /BODY:a=1&b=2$/);
});

test('cuerpo en varios trozos / multi-chunk body', async () => {
  const body = Uint8Array.from({ length: 100_000 }, (_, i) => i % 256);
  await compare([
    'POST /echo HTTP/1.1\r\nContent-Length: 100000\r\n\r\n',
    30,
    body.subarray(0, 40_000),
    30,
    body.subarray(40_000),
  ]);
});

test('HEAD', async () => {
  await compare(['HEAD /head HTTP/1.0\r\n\r\n']);
  await compare(['HEAD /head-empty HTTP/1.0\r\n\r\n']);
});

test('la aplicación falla antes de startResponse / app fails before startResponse', async () => {
  const out = await compare(['GET /fail-before HTTP/1.0\r\n\r\n']);
  assert.match(out, /^HTTP\/1\.0 500 Internal Server Error\r\n/);
  assert.match(out, /A server error occurred\.  Please contact the administrator\.$/);
});

test('la aplicación falla después / app fails after startResponse', async () => {
  const out = await compare(['GET /fail-after HTTP/1.0\r\n\r\n']);
  assert.match(out, /\r\n\r\npartial$/);
});

test('varios bloques y write() / multi-chunk response and write()', async () => {
  await compare(['GET /multi HTTP/1.0\r\n\r\n']);
  await compare(['GET /write HTTP/1.0\r\n\r\n']);
});

test('HTTP/0.9', async () => {
  const out = await compare(['GET /echo\r\n\r\n']);
  assert.match(out, /^PATH_INFO|^[A-Z_]+=/);
  await compare(['POST /echo\r\n']);
});

test('400: línea de petición mala / bad request line', async () => {
  await compare(['GET\r\n']);
  await compare(['GET / x HTTP/1.0\r\n']);
  await compare(['GET /\x1b[31m\\ x HTTP/1.0\r\n']);
});

test('400: versión mala / bad version', async () => {
  await compare(['GET / HTTP/1.x\r\n']);
  await compare(['GET / FOO/1.0\r\n']);
  await compare(['GET / HTTP/1.1.1\r\n']);
});

test('414: línea de petición demasiado larga / request line too long', async () => {
  const line = 'GET /' + 'a'.repeat(65537 - 5);
  const out = await compare([line]);
  assert.match(out, /^HTTP\/1\.0 414 URI Too Long\r\n/);
});

test('431: cabecera demasiado larga / header line too long', async () => {
  const out = await compare(['GET / HTTP/1.0\r\nX-Long: ' + 'a'.repeat(65537 - 8)]);
  assert.match(out, /^HTTP\/1\.0 431 Line too long\r\n/);
});

test('431: demasiadas cabeceras / too many headers', async () => {
  const out = await compare(['GET / HTTP/1.0\r\n' + 'X-H: 1\r\n'.repeat(101)]);
  assert.match(out, /^HTTP\/1\.0 431 Too many headers\r\n/);
});

test('505', async () => {
  await compare(['GET / HTTP/2.0\r\n']);
  await compare(['GET / HTTP/3.1\r\n']);
});

test('ruta con // y petición vacía / leading // and empty request', async () => {
  await compare(['GET //echo//x HTTP/1.0\r\n\r\n']);
  assert.equal(await compare(['\r\n']), '');
});
