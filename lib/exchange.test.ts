// Unit tests for exchange() and the modules under it (http_server,
// request_head, simple_server_core): test_wsgiref's IntegrationTests run
// through exchange() (Python's run_amock), plus the request-head reader,
// the environ rules and the error pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exchange } from './exchange';
import { DEFAULT_ERROR_MESSAGE, pythonStrRepr, RequestHeaders } from './http_server';
import { readRequestHead } from './request_head';
import { makeBaseEnviron, SERVER_VERSION } from './simple_server_core';
import { decodeLatin1, encodeLatin1 } from './internal/latin1';
import type { WSGIApplication, WSGIEnvironment } from './types';
import { validator } from './validate';
import { checkHello as checkSharedHello, helloApp } from '../test/lib/fixtures/hello';

const SOFTWARE = 'Node.js/20.0.0';
const LOG = /^127\.0\.0\.1 - - \[\d\d\/[A-Z][a-z]{2}\/\d{4} \d\d:\d\d:\d\d\] /;

const headerApp: WSGIApplication = (environ, startResponse) => {
  startResponse('200 OK', [
    ['Content-Type', 'text/plain'],
    ['Date', 'Mon, 05 Jun 2006 18:49:54 GMT'],
  ]);
  return [
    encodeLatin1(
      [environ.HTTP_X_TEST_HEADER, environ.QUERY_STRING, environ.PATH_INFO].join(';'),
    ),
  ];
};

/** Python's run_amock: one request through the handler, output and log back. */
function runAmock(app: WSGIApplication = helloApp, data = 'GET / HTTP/1.0\n\n') {
  const result = exchange(app, data, { serverName: '', serverPort: 80, softwareVersion: SOFTWARE });
  return { out: decodeLatin1(result.response), err: result.errors, result };
}

function checkHello(out: string, hasLength = true): void {
  checkSharedHello(out, SOFTWARE, hasLength);
}

/** The error page Python's send_error writes for this code and text. */
function errorPage(code: number, message: string, explain: string): string {
  return DEFAULT_ERROR_MESSAGE.replace('%(code)d', String(code))
    .replace('%(code)s', String(code))
    .replace('%(message)s', message)
    .replace('%(explain)s', explain);
}

// ------------------------------------------------ test_wsgiref.IntegrationTests

test('IntegrationTests.test_plain_hello', () => {
  checkHello(runAmock().out);
});

test('IntegrationTests.test_environ', () => {
  const request =
    'GET /p%61th/?query=test HTTP/1.0\n' +
    'X-Test-Header: Python test \n' +
    'X-Test-Header: Python test 2\n' +
    'Content-Length: 0\n\n';
  const { out } = runAmock(headerApp, request);
  assert.equal(out.split(/\r?\n/).at(-1), 'Python test,Python test 2;query=test;/path/');
});

test('IntegrationTests.test_request_length (3.14: URI Too Long)', () => {
  const { out, result } = runAmock(helloApp, 'GET ' + 'x'.repeat(65537) + ' HTTP/1.0\n\n');
  assert.equal(out.split('\r\n')[0], 'HTTP/1.0 414 URI Too Long');
  assert.equal(result.status, '414 URI Too Long');
  assert.equal(result.environ, null);
});

test('IntegrationTests.test_validated_hello', () => {
  checkHello(runAmock(validator(helloApp)).out, false);
});

test('IntegrationTests.test_simple_validation_error', () => {
  const badApp = ((environ: WSGIEnvironment, startResponse: (...args: unknown[]) => unknown) => {
    startResponse('200 OK', ['Content-Type', 'text/plain']);
    return ['Hello, world!'];
  }) as unknown as WSGIApplication;
  const { out, err } = runAmock(validator(badApp));
  assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'));
  assert.match(err, /WSGIAssertionError|must be/);
});

test('IntegrationTests.test_status_validation_errors', () => {
  for (const status of ['200', '20X OK', '200OK']) {
    const badApp: WSGIApplication = (environ, startResponse) => {
      startResponse(status, [['Content-Type', 'text/plain; charset=utf-8']]);
      return [encodeLatin1('Hello, world!')];
    };
    const { out } = runAmock(badApp);
    assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'), status);
  }
});

test('IntegrationTests.test_wsgi_input', () => {
  const badApp: WSGIApplication = (environ, startResponse) => {
    (environ['wsgi.input'] as { read(): Uint8Array }).read();
    startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [encodeLatin1('data')];
  };
  const { out } = runAmock(validator(badApp));
  assert.ok(out.endsWith('A server error occurred.  Please contact the administrator.'));
});

test('IntegrationTests.test_bytes_validation', () => {
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1('data')];
  };
  const { out, err } = runAmock(validator(app));
  assert.ok(err.endsWith('"GET / HTTP/1.0" 200 4\n'));
  assert.equal(
    out,
    'HTTP/1.0 200 OK\r\n' +
      `Server: WSGIServer/0.2 ${SOFTWARE}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      'Date: Wed, 24 Dec 2008 13:29:32 GMT\r\n' +
      '\r\n' +
      'data',
  );
});

test('IntegrationTests.test_cp1252_url', () => {
  const app: WSGIApplication = (environ, startResponse) => {
    startResponse('200 OK', [
      ['Content-Type', 'text/plain'],
      ['Date', 'Wed, 24 Dec 2008 13:29:32 GMT'],
    ]);
    return [encodeLatin1(environ.PATH_INFO as string)];
  };
  const { out } = runAmock(validator(app), 'GET /\x80%80 HTTP/1.0');
  const lines = out.split('\r\n');
  assert.equal(lines[0], 'HTTP/1.0 200 OK');
  assert.equal(lines.at(-1), '/\x80\x80');
});

// ------------------------------------------------ environ

test('el entorno sigue a get_environ / environ as get_environ builds it', () => {
  const { result } = runAmock(
    helloApp,
    'POST /a%2Fb%E9%zz?x=%41&y HTTP/1.1\r\n' +
      'Host: ejemplo\r\nContent-Type: text/x \r\nContent-Type: text/y\r\nContent-Length: 3\r\n' +
      'Path-Info: /malo\r\nScript-Name: /otro\r\nX_Under: 1\r\nX-Dup: a\r\nx-dup:  b \r\n\r\nabc',
  );
  const env = result.environ as WSGIEnvironment;
  assert.equal(env.PATH_INFO, '/a/b\xe9%zz');
  assert.equal(env.QUERY_STRING, 'x=%41&y');
  assert.equal(env.REQUEST_METHOD, 'POST');
  assert.equal(env.SERVER_PROTOCOL, 'HTTP/1.1');
  assert.equal(env.SERVER_SOFTWARE, SERVER_VERSION);
  assert.equal(env.CONTENT_TYPE, 'text/x '); // the first one, not stripped
  assert.equal(env.CONTENT_LENGTH, '3');
  assert.equal(env.HTTP_CONTENT_TYPE, undefined);
  assert.equal(env.HTTP_PATH_INFO, undefined); // skipped: PATH_INFO exists
  assert.equal(env.HTTP_SCRIPT_NAME, undefined);
  assert.equal(env.HTTP_X_UNDER, '1'); // underscores are kept
  assert.equal(env.HTTP_X_DUP, 'a,b');
  assert.equal(env.HTTP_HOST, 'ejemplo');
  assert.equal(env.REMOTE_HOST, '');
  assert.equal(env.REMOTE_ADDR, '127.0.0.1');
  assert.equal(env['wsgi.multithread'], false);
  assert.equal(env['wsgi.multiprocess'], false);
});

test('sin Content-Type: text/plain; sin Content-Length: vacío / defaults', () => {
  const env = runAmock(helloApp, 'GET / HTTP/1.0\r\n\r\n').result.environ as WSGIEnvironment;
  assert.equal(env.CONTENT_TYPE, 'text/plain');
  assert.equal(env.CONTENT_LENGTH, '');
  assert.equal(env.SCRIPT_NAME, '');
  assert.equal(env.GATEWAY_INTERFACE, 'CGI/1.1');
});

test('opciones de exchange / exchange options', () => {
  const result = exchange(helloApp, 'GET / HTTP/1.0\r\n\r\n', {
    serverName: 'ejemplo.test',
    serverPort: 8080,
    remoteAddr: '10.0.0.7',
    softwareVersion: 'Prueba/1',
    baseEnviron: { EXTRA: 'sí' },
  });
  const env = result.environ as WSGIEnvironment;
  assert.equal(env.SERVER_NAME, 'ejemplo.test');
  assert.equal(env.SERVER_PORT, '8080');
  assert.equal(env.REMOTE_ADDR, '10.0.0.7');
  assert.equal(env.EXTRA, 'sí');
  assert.match(decodeLatin1(result.response), /\r\nServer: WSGIServer\/0\.2 Prueba\/1\r\n/);
  assert.match(result.errors, /^10\.0\.0\.7 - - \[/);
  assert.deepEqual(makeBaseEnviron('h', 1), {
    SERVER_NAME: 'h',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PORT: '1',
    REMOTE_HOST: '',
    CONTENT_LENGTH: '',
    SCRIPT_NAME: '',
  });
});

test('una cadena que no es latin-1 se rechaza / non-latin-1 request string', () => {
  assert.throws(() => exchange(helloApp, 'GET /€ HTTP/1.0\r\n\r\n'), TypeError);
});

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

// ------------------------------------------------ readRequestHead

test('readRequestHead: incompleta, completa, error, vacía / states', () => {
  const head = (text: string, eof = false) => readRequestHead(encodeLatin1(text), { eof });
  assert.equal(head('GET / HTTP/1.0').state, 'incomplete');
  assert.equal(head('GET / HTTP/1.0\r\nHost: x\r\n').state, 'incomplete');
  assert.equal(head('GET / HTTP/1.0\r\nHost: x\r\n', true).state, 'complete');
  assert.equal(head('').state, 'incomplete');
  assert.deepEqual(head('', true), { state: 'empty', consumed: 0 });
  assert.deepEqual(head('\r\n'), { state: 'empty', consumed: 2 });
  const complete = head('POST /a?b HTTP/1.1\r\nContent-Length: 5\r\nX: 1\r\n\r\nabc');
  assert.equal(complete.state, 'complete');
  if (complete.state === 'complete') {
    assert.equal(complete.head.headLength, 'POST /a?b HTTP/1.1\r\nContent-Length: 5\r\nX: 1\r\n\r\n'.length);
    assert.equal(complete.head.contentLength, 5);
    assert.equal(complete.head.command, 'POST');
    assert.equal(complete.head.path, '/a?b');
    assert.equal(complete.head.requestVersion, 'HTTP/1.1');
    assert.equal(complete.head.headers.get('x'), '1');
  }
  const http09 = head('GET /\n');
  assert.equal(http09.state, 'complete');
  if (http09.state === 'complete') assert.equal(http09.head.requestVersion, 'HTTP/0.9');
});

test('readRequestHead: límites / limits', () => {
  const almost = encodeLatin1('GET /' + 'a'.repeat(65531));
  assert.equal(readRequestHead(almost).state, 'incomplete');
  const over = encodeLatin1('GET /' + 'a'.repeat(65532));
  assert.deepEqual(readRequestHead(over), {
    state: 'error',
    code: 414,
    message: 'URI Too Long',
    consumed: 65537,
  });
  const longHeader = readRequestHead(encodeLatin1('GET / HTTP/1.0\r\nX: ' + 'a'.repeat(65534)));
  assert.equal(longHeader.state, 'error');
  if (longHeader.state === 'error') assert.equal(longHeader.code, 431);
  const many = readRequestHead(encodeLatin1('GET / HTTP/1.0\r\n' + 'X: 1\r\n'.repeat(101)));
  assert.equal(many.state, 'error');
  const big = readRequestHead(encodeLatin1('PUT / HTTP/1.0\r\nContent-Length: 1000\r\n\r\n'), {
    maxBodySize: 999,
  });
  assert.equal(big.state, 'error');
  if (big.state === 'error') assert.equal(big.code, 413);
  const bad = readRequestHead(encodeLatin1('GET / HTTP/2\r\n'));
  assert.equal(bad.state, 'error');
  if (bad.state === 'error') assert.equal(bad.message, "Bad request version ('HTTP/2')");
});

test('readRequestHead: Content-Length inválido cuenta como 0 / invalid Content-Length', () => {
  for (const value of ['', 'abc', '-5', '1.5']) {
    const result = readRequestHead(encodeLatin1(`POST / HTTP/1.0\r\nContent-Length: ${value}\r\n\r\n`));
    assert.equal(result.state, 'complete');
    if (result.state === 'complete') assert.equal(result.head.contentLength, 0, value);
  }
});

// ------------------------------------------------ helpers

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

test('pythonStrRepr como repr() / pythonStrRepr like repr()', () => {
  assert.equal(pythonStrRepr('abc'), "'abc'");
  assert.equal(pythonStrRepr("it's"), `"it's"`);
  assert.equal(pythonStrRepr(`'"`), `'\\'"'`);
  assert.equal(pythonStrRepr('a\\b\n\r\t\x00\x7f\x85\xa0\xad\xe9'), "'a\\\\b\\n\\r\\t\\x00\\x7f\\x85\\xa0\\xad\xe9'");
  assert.equal(pythonStrRepr('\u2028ñ€'), "'\\u2028ñ€'");
});
