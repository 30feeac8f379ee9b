// Unit tests for http_server: BaseHTTPRequestHandler's error pages,
// request-line and header limits and log, checked through exchange()
// (Python's run_amock), RequestHeaders, and the request head the server
// hands over (parsedHead), which must answer exactly as a fresh parse.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { exchange } from './exchange';
import { RequestHeaders } from './http_server';
import { decodeLatin1, encodeLatin1 } from './internal/latin1';
import { BytesIO, StringIO } from './io';
import { readRequestHead } from './request_head';
import { makeBaseEnviron, WSGIRequestHandler } from './simple_server_core';
import type { WSGIApplication, WSGIEnvironment } from './types';
import { errorPage, helloApp, LOG, runAmock, SOFTWARE } from '../test/lib/fixtures/amock';

// ------------------------------------------------ errors

test('400 con línea de estado: 4 palabras y versión válida / 400 with status line', () => {
  const { out, err, result } = runAmock(helloApp, 'GET / x HTTP/1.0\r\n\r\n');
  const message = "Bad request syntax ('GET / x HTTP/1.0')";
  const body = errorPage(400, "Bad request syntax ('GET / x HTTP/1.0')", 'Bad request syntax or unsupported method');
  const [head, rest] = out.split('\r\n\r\n');
  const lines = head.split('\r\n');
  assert.equal(lines[0], `HTTP/1.0 400 ${message}`);
  assert.equal(lines[1], `Server: WSGIServer/0.2 ${SOFTWARE}`);
  assert.match(lines[2], /^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
  assert.deepEqual(lines.slice(3), [
    'Connection: close',
    'Content-Type: text/html;charset=utf-8',
    `Content-Length: ${body.length}`,
  ]);
  assert.equal(rest, body);
  assert.equal(result.status, `400 ${message}`);
  const log = err.split('\n');
  assert.match(log[0], LOG);
  assert.ok(log[0].endsWith(`code 400, message ${message}`));
  assert.ok(log[1].endsWith('"GET / x HTTP/1.0" 400 -'));
});

test('errores de la línea de petición sin línea de estado / request-line errors, body only', () => {
  const cases: [string, number, string][] = [
    ['GET\r\n', 400, "Bad request syntax ('GET')"],
    ['GET / HTTP/1.x\r\n', 400, "Bad request version ('HTTP/1.x')"],
    ['GET / FOO/1.0\r\n', 400, "Bad request version ('FOO/1.0')"],
    ['GET / HTTP/01234567890.1\r\n', 400, "Bad request version ('HTTP/01234567890.1')"],
    ['POST /\r\n', 400, "Bad HTTP/0.9 request type ('POST')"],
    ['GET / HTTP/2.0\r\n', 505, 'Invalid HTTP version (2.0)'],
    ['GET / x HTTP/3.0\r\n', 505, 'Invalid HTTP version (3.0)'],
  ];
  for (const [request, code, message] of cases) {
    const { out, result } = runAmock(helloApp, request);
    assert.ok(out.startsWith('<!DOCTYPE HTML>'), request);
    assert.ok(out.includes(`<p>Message: ${message.replace(/'/g, "'")}.</p>`), request);
    assert.ok(out.includes(`<p>Error code: ${code}</p>`), request);
    assert.equal(result.status, null);
    assert.equal(result.environ, null);
  }
});

test('el cuerpo de error escapa HTML y va en UTF-8 / error body escapes HTML, UTF-8', () => {
  const { result } = runAmock(helloApp, 'GET /<b>\xe9&x y HTTP/1.0\r\n\r\n');
  const text = new TextDecoder().decode(result.response.subarray(result.response.indexOf(0x3c)));
  assert.ok(text.includes("Bad request syntax ('GET /&lt;b&gt;é&amp;x y HTTP/1.0')."));
});

test('431: línea larga y demasiadas cabeceras / line too long, too many headers', () => {
  const long = runAmock(helloApp, 'GET / HTTP/1.0\r\nX: ' + 'a'.repeat(65536) + '\r\n\r\n');
  assert.ok(long.out.startsWith('HTTP/1.0 431 Line too long\r\n'));
  assert.ok(long.out.includes('431 - got more than 65536 bytes when reading header line.'));
  const many = runAmock(helloApp, 'GET / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(100) + '\r\n');
  assert.ok(many.out.startsWith('HTTP/1.0 431 Too many headers\r\n'));
  assert.ok(many.out.includes('431 - got more than 100 headers.'));
  const ok = runAmock(helloApp, 'GET / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(99) + '\r\n');
  assert.ok(ok.out.startsWith('HTTP/1.0 200 OK\r\n'));
});

test('413 por encima de maxBodySize / 413 above maxBodySize', () => {
  const request = 'POST / HTTP/1.0\r\nContent-Length: 11\r\n\r\nhola, mundo';
  const refused = exchange(helloApp, request, { maxBodySize: 10 });
  assert.equal(refused.status, '413 Content Too Large');
  assert.equal(refused.environ, null);
  assert.match(refused.errors, /code 413, message Content Too Large\n/);
  const accepted = exchange(helloApp, request, { maxBodySize: 11 });
  assert.equal(accepted.status, '200 OK');
});

test('HEAD recibe la página de error sin cuerpo / HEAD error without body', () => {
  // command is only known once the request line parsed: a 431 for HEAD has no body…
  const { out } = runAmock(helloApp, 'HEAD / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(101));
  assert.ok(out.startsWith('HTTP/1.0 431 Too many headers\r\n'));
  assert.ok(out.endsWith('\r\n\r\n'));
  // …but a bad request line for HEAD still gets one, as in Python.
  assert.ok(runAmock(helloApp, 'HEAD / x HTTP/1.0\r\n\r\n').out.endsWith('</html>\n'));
});

test('petición vacía: sin respuesta ni registro / empty request', () => {
  for (const request of ['', '\r\n', '   \r\n']) {
    const { out, err, result } = runAmock(helloApp, request);
    assert.equal(out, '');
    assert.equal(err, '');
    assert.equal(result.status, null);
  }
});

test('HTTP/0.9: sin línea de estado ni cabeceras / HTTP/0.9', () => {
  const { out, err, result } = runAmock(helloApp, 'GET /x\r\nHost: ignorada\r\n\r\n');
  assert.equal(out, 'Hello, world!');
  assert.equal(result.status, null);
  const env = result.environ as WSGIEnvironment;
  assert.equal(env.SERVER_PROTOCOL, 'HTTP/0.9');
  assert.equal(env.HTTP_HOST, undefined); // 3.14: no header block is read
  assert.equal(env.CONTENT_TYPE, 'text/plain');
  assert.ok(err.endsWith('"GET /x" 200 13\n'));
});

test('// inicial reducido a / / leading slashes reduced', () => {
  const env = runAmock(helloApp, 'GET ///a//b HTTP/1.0\r\n\r\n').result.environ as WSGIEnvironment;
  assert.equal(env.PATH_INFO, '/a//b');
});

test('el registro escapa caracteres de control / the log escapes control characters', () => {
  const { err } = runAmock(helloApp, 'GET /\x1b[31m\\\x85 HTTP/1.0\r\n\r\n');
  assert.ok(err.endsWith('"GET /\\x1b[31m\\\\\\x85 HTTP/1.0" 200 13\n'), err);
});

test('la línea de acceso lleva código y bytes / access line has code and size', () => {
  const failing: WSGIApplication = () => {
    throw new Error('boom');
  };
  const { err, result } = runAmock(failing);
  assert.equal(result.status, '500 Internal Server Error');
  assert.ok(err.includes('boom'));
  assert.ok(err.trimEnd().split('\n').at(-1)?.endsWith('"GET / HTTP/1.0" 500 59'));
});

// ------------------------------------------------ RequestHeaders (http.client.HTTPMessage)

test('RequestHeaders como email.message / RequestHeaders like email.message', () => {
  const headers = new RequestHeaders([
    ['Content-Type', 'Text/HTML; charset=x'],
    ['Accept', 'a'],
    ['accept', 'b'],
  ]);
  assert.equal(headers.get('ACCEPT'), 'a');
  assert.deepEqual(headers.getAll('Accept'), ['a', 'b']);
  assert.equal(headers.get('missing', 'x'), 'x');
  assert.equal(headers.getContentType(), 'text/html');
  assert.equal(new RequestHeaders([['Content-Type', 'nada']]).getContentType(), 'text/plain');
  assert.equal([...headers].length, 3);
});

// ------------------------------------------------ parsedHead
// WSGIServer hands the head its RequestHeadReader parsed to the request
// handler (parsedHead) so the bytes are not parsed twice. The handler must
// answer exactly as when it parses the request itself: same bytes on the
// wire, same environ, same log, same wsgi.input position.

const echoEnvironApp: WSGIApplication = (environ, startResponse) => {
  const input = environ['wsgi.input']!.read(Number(environ.CONTENT_LENGTH || 0));
  const keys = Object.keys(environ).filter((key) => !key.startsWith('wsgi.')).sort();
  const lines = keys.map((key) => `${key}=${String(environ[key])}`);
  startResponse('200 OK', [['Content-Type', 'text/plain']]);
  return [encodeLatin1(`${lines.join('\n')}\nbody=${decodeLatin1(input)}\n`)];
};

const REQUESTS = [
  'GET / HTTP/1.0\r\n\r\n',
  'GET /a%20b/c?x=1&y HTTP/1.1\r\nHost: h\r\nAccept: a\r\nAccept: b\r\n\r\n',
  'GET //evil.example/x HTTP/1.1\r\nX-Folded: one\r\n  two\r\nX_Under: u\r\n\r\n',
  'POST /echo HTTP/1.1\r\nContent-Type: text/x; a=b\r\nContent-Length: 5\r\n\r\nhello and more',
  'POST /echo HTTP/1.0\nContent-Length: 3\nPath-Info: /nope\n\nabc',
  'GET /nine\r\n',
  'GET / HTTP/1.1\r\nFrom someone\r\n: no name\r\nHost: x\r\n\r\n',
];

function answer(request: string, adopt: boolean, cuts: number[] = []): { out: string; log: string; position: number } {
  const bytes = encodeLatin1(request);
  const out = new BytesIO();
  const log = new StringIO();
  const server = { baseEnviron: makeBaseEnviron('localhost', 8000), getApp: () => echoEnvironApp };
  const bounds = [0, ...cuts, bytes.length];
  const chunks = cuts.length === 0 ? bytes : bounds.slice(1).map((end, i) => bytes.subarray(bounds[i], end));
  const handler = new WSGIRequestHandler(chunks, ['127.0.0.1', 5000], server, out, log);
  if (adopt) {
    const head = readRequestHead(bytes);
    assert.equal(head.state, 'complete', request);
    if (head.state === 'complete') handler.parsedHead = head.head;
  }
  handler.handle();
  // Dates may tick between the two runs: compare without them.
  const text = decodeLatin1(out.getvalue()).replace(/^Date: .*$/m, 'Date: -');
  return { out: text, log: log.getvalue().replace(/\[[^\]]*\]/, '[-]'), position: handler.rfile.tell() };
}

describe('parsedHead: the server parse reused by the handler', () => {
  for (const request of REQUESTS) {
    it(`answers ${JSON.stringify(request.slice(0, 40))} as a fresh parse does`, () => {
      assert.deepEqual(answer(request, true), answer(request, false));
    });
  }
});

// The server hands the request over as the chunks it received, never
// joined: every cut must read as the whole bytes do.
describe('a request in chunks reads as the same bytes in one', () => {
  for (const request of REQUESTS) {
    it(`${JSON.stringify(request.slice(0, 40))} cut anywhere`, () => {
      const whole = answer(request, false);
      for (let cut = 0; cut <= request.length; cut++) {
        assert.deepEqual(answer(request, false, [cut]), whole, `cut at ${cut}`);
        const second = Math.min(request.length, cut + 3);
        assert.deepEqual(answer(request, false, [cut, second, second]), whole, `cuts at ${cut}, ${second}`);
      }
    });
  }
});
