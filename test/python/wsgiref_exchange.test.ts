// src/python/wsgiref_exchange.py: CPython's simple_server answer to a raw
// request, run in CPython 3.14 (Pyodide). The differentials rely on it,
// so its own behaviour is pinned here: the real handler chain, the
// access log and tracebacks on stderr, the stand-in server's environ.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { type CPython, WSGIREF_EXCHANGE, cpython } from './cpython';

let python: CPython;
before(async () => {
  python = await cpython();
  python.loadModule('wsgiref_exchange', WSGIREF_EXCHANGE);
});

interface Answer {
  response: string;
  stderr: string;
}

/** Runs the Python `app` source against each request; latin-1 text both ways. */
function answers(appSource: string, requests: string[], call = 'exchange(app, raw)'): Answer[] {
  const code = `
import json
from wsgiref_exchange import exchange
${appSource}
results = []
for text in json.loads(requests):
    raw = text.encode('latin-1')
    response, stderr = ${call}
    results.append({'response': response.decode('latin-1'), 'stderr': stderr})
json.dumps(results)
`;
  return JSON.parse(String(python.run(code, { globals: { requests: JSON.stringify(requests) } }).value));
}

const ENVIRON_APP = `
KEYS = ('SERVER_NAME', 'SERVER_PORT', 'GATEWAY_INTERFACE', 'REMOTE_HOST',
        'REMOTE_ADDR', 'SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING',
        'SERVER_SOFTWARE', 'HTTP_HOST', 'CONTENT_LENGTH')
def app(environ, start_response):
    body = environ['wsgi.input'].read(int(environ['CONTENT_LENGTH'] or 0))
    lines = ['%s=%s' % (k, environ.get(k)) for k in KEYS]
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [('\\n'.join(lines) + '\\nBODY=').encode('latin-1') + body]
`;

const LOG = /^127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] /;

test('a GET gets simple_server\'s bytes: status, Date, Server, headers, body', () => {
  const [answer] = answers(ENVIRON_APP, ['GET /a%20b?x=1 HTTP/1.1\r\nHost: ejemplo\r\n\r\n']);
  const [head, body] = answer!.response.split('\r\n\r\n');
  const lines = head!.split('\r\n');
  assert.equal(lines[0], 'HTTP/1.0 200 OK');
  assert.match(lines[1]!, /^Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
  assert.match(lines[2]!, /^Server: WSGIServer\/0\.2 CPython\/3\.14\.\d+$/);
  assert.deepEqual(lines.slice(3), ['Content-Type: text/plain', `Content-Length: ${body!.length}`]);
  assert.equal(
    body,
    'SERVER_NAME=localhost\nSERVER_PORT=8000\nGATEWAY_INTERFACE=CGI/1.1\nREMOTE_HOST=\n' +
      'REMOTE_ADDR=127.0.0.1\nSCRIPT_NAME=\nPATH_INFO=/a b\nQUERY_STRING=x=1\n' +
      'SERVER_SOFTWARE=WSGIServer/0.2\nHTTP_HOST=ejemplo\nCONTENT_LENGTH=\nBODY=',
  );
  assert.match(answer!.stderr, LOG);
  assert.match(answer!.stderr, /\] "GET \/a%20b\?x=1 HTTP\/1\.1" 200 \d+\n$/);
});

test('the body is what follows the headers; reading past it sees the end', () => {
  const [answer] = answers(ENVIRON_APP, ['POST / HTTP/1.0\r\nContent-Length: 10\r\n\r\nabc']);
  assert.match(answer!.response, /\r\n\r\n[^]*CONTENT_LENGTH=10\nBODY=abc$/);
});

test('client address, server name and port reach the environ and the log', () => {
  const [answer] = answers(
    ENVIRON_APP,
    ['GET / HTTP/1.0\r\n\r\n'],
    "exchange(app, raw, ('10.1.2.3', 4000), server_name='ejemplo.test', server_port=8080)",
  );
  assert.match(answer!.response, /SERVER_NAME=ejemplo\.test\nSERVER_PORT=8080\n[^]*REMOTE_ADDR=10\.1\.2\.3\n/);
  assert.match(answer!.stderr, /^10\.1\.2\.3 - - \[/);
});

test('protocol errors get http.server\'s page and log, the app is not run', () => {
  const [badVersion, tooLong] = answers('def app(e, s): raise AssertionError("not run")', [
    'GET / HTTP/1.x\r\n\r\n',
    'GET /' + 'a'.repeat(70_000) + ' HTTP/1.0\r\n\r\n',
  ]);
  assert.match(badVersion!.response, /^<!DOCTYPE HTML>\n[^]*<p>Message: Bad request version \('HTTP\/1\.x'\)\.<\/p>/);
  assert.match(badVersion!.stderr, /code 400, message Bad request version/);
  assert.match(tooLong!.response, /^HTTP\/1\.0 414 URI Too Long\r\n[^]*\r\nConnection: close\r\n/);
  assert.doesNotMatch(badVersion!.stderr + tooLong!.stderr, /not run/);
});

test('an application error: the 500 page on the wire, its traceback on stderr', () => {
  const [answer] = answers("def app(e, s): raise ValueError('boom')", ['GET / HTTP/1.0\r\n\r\n']);
  assert.match(answer!.response, /^HTTP\/1\.0 500 Internal Server Error\r\n/);
  assert.match(answer!.response, /\r\n\r\nA server error occurred\.  Please contact the administrator\.$/);
  assert.match(answer!.stderr, /Traceback \(most recent call last\):\n[^]*ValueError: boom\n/);
  assert.match(answer!.stderr, /"GET \/ HTTP\/1\.0" 500 59\n$/);
});

test('a failure of the handler itself is reported as socketserver does, nothing is sent', () => {
  // CPython 3.14.2's http.server reads no headers for HTTP/0.9 (self.headers
  // is a dict) and simple_server's get_environ then fails on it.
  const [answer] = answers(ENVIRON_APP, ['GET /\r\n']);
  assert.equal(answer!.response, '');
  assert.match(answer!.stderr, /^-{40}\nException occurred during processing of request from \('127\.0\.0\.1', 54321\)\n/);
  assert.match(answer!.stderr, /AttributeError: 'dict' object has no attribute 'get_content_type'\n-{40}\n$/);
});

test('an empty request gets nothing and logs nothing', () => {
  assert.deepEqual(answers(ENVIRON_APP, ['', '\r\n']), [
    { response: '', stderr: '' },
    { response: '', stderr: '' },
  ]);
});
