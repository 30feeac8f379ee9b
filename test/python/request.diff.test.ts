// Differential test of request parsing: the same raw requests answered by
// CPython 3.14's wsgiref.simple_server (src/python/wsgiref_exchange.py in
// Pyodide) and by the port's exchange(), both serving the same apps
// (test/lib/fixtures/wsgiref_server.py and its twin apps.ts). Responses
// must be equal byte for byte except the Date value and what follows
// "WSGIServer/0.2 " in Server; the access log lines equal except their
// timestamp. All requests go to Python in one call.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { exchange } from '../../lib/exchange';
import { validator } from '../../lib/index';
import { dispatch } from '../lib/fixtures/apps';
import { REPO_ROOT, WSGIREF_EXCHANGE, cpython } from './cpython';
import { KNOWN_DIFFERENCES } from './known-differences';

const long = (n: number) => 'a'.repeat(n);

/** Request bytes as latin-1 text, named for the failure messages. */
const REQUESTS: Record<string, string> = {
  'plain path': 'GET /echo HTTP/1.0\r\n\r\n',
  'percent-encoded path': 'GET /echo/a%20b%2Fc%00%2e%2E HTTP/1.0\r\n\r\n',
  'latin-1 and broken escapes': 'GET /echo/caf%E9/\xe9%zz%4 HTTP/1.0\r\n\r\n',
  'query string': 'GET /echo/q?a=1&b=%20x?y=%E9 HTTP/1.0\r\n\r\n',
  'empty query': 'GET /echo? HTTP/1.0\r\n\r\n',
  'absolute URI': 'GET http://ejemplo/echo?z HTTP/1.0\r\n\r\n',
  'asterisk': 'OPTIONS * HTTP/1.0\r\n\r\n',
  'leading //': 'GET //echo//x HTTP/1.0\r\n\r\n',
  'unknown method': 'BREW /echo HTTP/1.0\r\n\r\n',
  'HTTP/1.1 repeated headers': 'GET /echo HTTP/1.1\r\nHost: ejemplo\r\nX-Dup: 1\r\nX-Dup:  2 \r\nAccept: a\r\nx-dup: tres\r\n\r\n',
  'HTTP/1.1 without Host': 'GET /echo HTTP/1.1\r\n\r\n',
  'odd headers':
    'GET /echo HTTP/1.0\r\nX-Fold: a\r\n b\r\n\tc\r\nContent-Type: text/x\r\nContent-Type: text/y\r\n' +
    'Path-Info: /malo\r\nX_Under: 1\r\nX-Latin: caf\xe9\r\nX-Empty:\r\n:sin-nombre\r\nFrom x\r\nX-Last: z \r\n\r\n',
  'a line that is not a header': 'GET /echo HTTP/1.0\r\nX-A: 1\r\nno es cabecera\r\nX-B: 2\r\n\r\n',
  'space before the colon': 'GET /echo HTTP/1.0\r\nX-A : 1\r\n\r\n',
  'control characters in a request header': 'GET /echo HTTP/1.0\r\nX-Ctl: a\x01b\x7f\r\n\r\n',
  'latin-1 header name': 'GET /echo HTTP/1.0\r\nX-\xe9: 1\r\n\r\n',
  'LF line ends': 'GET /echo HTTP/1.0\nX-A: 1\nContent-Length: \n\n',
  'Connection and Expect': 'GET /echo HTTP/1.1\r\nConnection: keep-alive\r\nExpect: 100-continue\r\n\r\n',
  'POST body': 'POST /echo HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2',
  'body shorter than Content-Length': 'POST /echo HTTP/1.0\r\nContent-Length: 10\r\n\r\nabc',
  'body longer than Content-Length': 'POST /echo HTTP/1.0\r\nContent-Length: 2\r\n\r\nabcdef',
  'two Content-Length': 'POST /echo HTTP/1.0\r\nContent-Length: 1\r\nContent-Length: 3\r\n\r\nabc',
  'chunked is not decoded': 'POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HEAD': 'HEAD /head HTTP/1.0\r\n\r\n',
  'HEAD with Content-Length': 'HEAD /head-empty HTTP/1.0\r\n\r\n',
  'app fails before start_response': 'GET /fail-before HTTP/1.0\r\n\r\n',
  'app fails after output': 'GET /fail-after HTTP/1.0\r\n\r\n',
  'several blocks': 'GET /multi HTTP/1.0\r\n\r\n',
  'write()': 'GET /write HTTP/1.0\r\n\r\n',
  'HTTP/0.9 POST (400)': 'POST /echo\r\n',
  'one word (400)': 'GET\r\n',
  'four words (400)': 'GET / x HTTP/1.0\r\n',
  'escape sequence in the request line (400)': 'GET /\x1b[31m\\ x HTTP/1.0\r\n',
  'NUL in the path': 'GET /echo/a\x00b HTTP/1.0\r\n\r\n',
  'bad version HTTP/1.x (400)': 'GET / HTTP/1.x\r\n',
  'bad version FOO/1.0 (400)': 'GET / FOO/1.0\r\n',
  'bad version HTTP/1.1.1 (400)': 'GET / HTTP/1.1.1\r\n',
  'bad version HTTP/1 (400)': 'GET / HTTP/1\r\n',
  'lowercase version (400)': 'GET / http/1.0\r\n',
  'version too long (400)': 'GET / HTTP/12345678901.0\r\n',
  'leading zeros in the version': 'GET /echo HTTP/01.00\r\n\r\n',
  'HTTP/2.0 (505)': 'GET / HTTP/2.0\r\n',
  'HTTP/3.1 (505)': 'GET / HTTP/3.1\r\n',
  'request line too long (414)': 'GET /' + long(65537 - 5),
  'request line at the limit': 'GET /echo' + long(65536 - 20) + ' HTTP/1.0\r\n\r\n',
  'header line too long (431)': 'GET / HTTP/1.0\r\nX-Long: ' + long(65537 - 8),
  'too many headers (431)': 'GET / HTTP/1.0\r\n' + 'X-H: 1\r\n'.repeat(101),
  'a hundred headers': 'GET /echo HTTP/1.0\r\n' + 'X-H: 1\r\n'.repeat(100) + '\r\n',
  'empty request': '',
  'empty line': '\r\n',
  'headers never end': 'GET /echo HTTP/1.0\r\nX-A: 1\r\n',
  'large binary body': 'POST /echo HTTP/1.1\r\nContent-Length: 100000\r\n\r\n' + latin1Run(100_000),
};

/** Requests of REQUESTS served again with the app under validator() on both sides. */
const VALIDATED = [
  'plain path',
  'HTTP/1.1 repeated headers',
  'POST body',
  'body shorter than Content-Length',
  'large binary body',
  'HEAD',
  'HEAD with Content-Length',
  'app fails before start_response',
  'app fails after output',
  'several blocks',
  'write()',
  'unknown method',
  'leading //',
];

/** Another server and client than exchange()'s defaults. */
const ELSEWHERE = { client: ['10.0.0.7', 40000], serverName: 'ejemplo.test', serverPort: 8080 } as const;
const ELSEWHERE_REQUEST = 'GET /echo?x HTTP/1.0\r\nHost: ejemplo.test:8080\r\n\r\n';

function latin1Run(length: number): string {
  return Array.from({ length }, (_, i) => String.fromCharCode((i * 7) % 256)).join('');
}

interface Job {
  request: string;
  validated?: boolean;
  client?: readonly [string, number];
  serverName?: string;
  serverPort?: number;
}

const PYTHON = String.raw`
import json
from wsgiref.validate import validator
from wsgiref_exchange import exchange
from wsgiref_server import dispatch
answers = {}
for name, job in json.loads(jobs).items():
    app = validator(dispatch) if job.get('validated') else dispatch
    response, stderr = exchange(
        app, job['request'].encode('latin-1'),
        tuple(job.get('client', ('127.0.0.1', 54321))),
        job.get('serverName', 'localhost'), job.get('serverPort', 8000))
    answers[name] = {'response': response.decode('latin-1'), 'stderr': stderr}
json.dumps(answers)
`;

interface Answer {
  response: string;
  stderr: string;
}

let python: Record<string, Answer>;
before(async () => {
  const interpreter = await cpython();
  interpreter.loadModule('wsgiref_exchange', WSGIREF_EXCHANGE);
  interpreter.loadModule('wsgiref_server', join(REPO_ROOT, 'test', 'lib', 'fixtures', 'wsgiref_server.py'));
  const jobs: Record<string, Job> = {
    ...Object.fromEntries(Object.entries(REQUESTS).map(([name, request]) => [name, { request }])),
    ...Object.fromEntries(VALIDATED.map((name) => [`validated: ${name}`, { request: REQUESTS[name]!, validated: true }])),
    elsewhere: { request: ELSEWHERE_REQUEST, ...ELSEWHERE },
    'HTTP/0.9 GET': { request: HTTP09 },
  };
  python = JSON.parse(String(interpreter.run(PYTHON, { globals: { jobs: JSON.stringify(jobs) } }).value));
});

function port(request: string, job: Omit<Job, 'request'> = {}): Answer {
  // Warnings (an unknown method) are not compared: Python prints them
  // through the warnings module, the port hands them to onWarning.
  const app = job.validated ? validator(dispatch, { onWarning: () => undefined }) : dispatch;
  const result = exchange(app, request, {
    remoteAddr: job.client?.[0],
    serverName: job.serverName,
    serverPort: job.serverPort,
  });
  return { response: Buffer.from(result.response).toString('latin1'), stderr: result.errors };
}

/** Date's value and the Server version vary by run and by runtime. */
function normalizeResponse(response: string): string {
  if (!response.startsWith('HTTP/')) return response;
  const end = response.indexOf('\r\n\r\n');
  const head = end < 0 ? response : response.slice(0, end);
  return (
    head.replace(/^Date: [^\r\n]*/gm, 'Date: <date>').replace(/^Server: WSGIServer\/0\.2 [^\r\n]*/gm, 'Server: WSGIServer/0.2 <runtime>') +
    response.slice(head.length)
  );
}

/** The access and error log lines, without their timestamp (tracebacks differ by language). */
function logLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => /^\d+\.\d+\.\d+\.\d+ - - \[/.test(line))
    .map((line) => line.replace(/ - - \[[^\]]+\]/, ' - - [<time>]'));
}

test(`request parsing: same bytes as CPython 3.14 simple_server, ${Object.keys(REQUESTS).length} requests`, async (t) => {
  for (const [name, request] of Object.entries(REQUESTS)) {
    await t.test(name, () => assertSameAnswer(port(request), python[name]!));
  }
});

function assertSameAnswer(actual: Answer, expected: Answer): void {
  assert.equal(normalizeResponse(actual.response), normalizeResponse(expected.response), 'response');
  assert.deepEqual(logLines(actual.stderr), logLines(expected.stderr), 'log lines');
}

test(`request parsing: the same under validator() on both sides, ${VALIDATED.length} requests`, async (t) => {
  for (const name of VALIDATED) {
    await t.test(name, () => {
      const expected = python[`validated: ${name}`]!;
      assertSameAnswer(port(REQUESTS[name]!, { validated: true }), expected);
    });
  }
});

test('request parsing: another server name, port and client address', () => {
  const expected = python.elsewhere!;
  assert.match(expected.response, /REMOTE_ADDR='10\.0\.0\.7'\n[^]*SERVER_NAME='ejemplo\.test'\nSERVER_PORT='8080'\n/);
  assert.match(expected.stderr, /^10\.0\.0\.7 - - \[/);
  assertSameAnswer(port(ELSEWHERE_REQUEST, ELSEWHERE), expected);
});

test('request parsing: the cases cover every error status and a traceback on both sides', () => {
  const statuses = Object.values(python).map((a) => a.response.match(/^HTTP\/1\.0 (\d{3}) /)?.[1] ?? null);
  for (const status of ['200', '400', '414', '431', '500']) assert.ok(statuses.includes(status), status);
  // 505 and most 400s are sent before the version is known: the page has no status line.
  assert.match(python['HTTP/2.0 (505)']!.response, /^<!DOCTYPE HTML>\n[^]*<p>Error code: 505<\/p>/);
  assert.match(python['app fails before start_response']!.stderr, /RuntimeError: falla antes de start_response/);
  assert.match(port(REQUESTS['app fails before start_response']!).stderr, /falla antes de start_response/);
  assert.match(python['escape sequence in the request line (400)']!.stderr, /\\x1b\[31m/, 'the log escapes control characters');
});

const HTTP09 = 'GET /echo\r\n';

test(`request parsing: declared difference http09Request (${KNOWN_DIFFERENCES.http09Request.port})`, async () => {
  const expected = python['HTTP/0.9 GET']!;
  assert.equal(expected.response, '', 'CPython sends nothing');
  assert.match(expected.stderr, /^-{40}\nException occurred during processing of request from \('127\.0\.0\.1', 54321\)\n/);
  assert.match(expected.stderr, /AttributeError: 'dict' object has no attribute 'get_content_type'/);
  const actual = port(HTTP09);
  assert.match(actual.response, /^CONTENT_LENGTH=''\nCONTENT_TYPE='text\/plain'\n[^]*PATH_INFO='\/echo'\n[^]*\nBODY:$/);
  assert.deepEqual(logLines(actual.stderr), [`127.0.0.1 - - [<time>] "GET /echo" 200 ${actual.response.length}`]);
});
