// demoApp byte-compared with CPython 3.14's wsgiref.simple_server.demo_app
// (in Pyodide) for the same environ, and `npm run demo` (lib/demo.ts) run
// as a process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoPort } from '../../lib/demo';
import { demoApp } from '../../lib/simple_server';
import type { HeaderPair } from '../../lib/types';
import { rawRequest } from './fixtures/client';
import { cpython } from '../python/cpython';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const PYTHON_DEMO = `
import json
from wsgiref.simple_server import demo_app
environ = {
    'PATH_INFO': '/xyz', 'QUERY_STRING': "it's", 'HTTP_X_QUOTES': 'a"b\\'c',
    'HTTP_X_LATIN': 'caf\\xe9 \\x85\\xa0\\t\\\\', 'EMPTY': '', 'ÑANDÚ': 'ñ',
    'wsgi.version': (1, 0), 'wsgi.multithread': False, 'wsgi.run_once': True,
    'NUMBER': 3, 'NONE': None, 'Z_ONE': ('x',),
}
seen = {}
def start_response(status, headers):
    seen['status'] = status
    seen['headers'] = headers
body = b''.join(demo_app(environ, start_response))
json.dumps({'status': seen['status'], 'headers': seen['headers'], 'body': body.hex()})
`;

test('demoApp igual que demo_app de Python / demoApp equals Python demo_app', async () => {
  const python = await cpython();
  const expected = JSON.parse(String(python.run(PYTHON_DEMO).value)) as {
    status: string;
    headers: HeaderPair[];
    body: string;
  };
  let status = '';
  let headers: HeaderPair[] = [];
  const chunks = demoApp(
    {
      PATH_INFO: '/xyz',
      QUERY_STRING: "it's",
      HTTP_X_QUOTES: `a"b'c`,
      HTTP_X_LATIN: 'caf\xe9 \x85\xa0\t\\',
      EMPTY: '',
      ÑANDÚ: 'ñ',
      'wsgi.version': [1, 0],
      'wsgi.multithread': false,
      'wsgi.run_once': true,
      NUMBER: 3,
      NONE: null,
      Z_ONE: ['x'],
    },
    (s, h) => {
      status = s;
      headers = h;
      return () => undefined;
    },
  );
  const body = Buffer.concat([...chunks]).toString('hex');
  assert.equal(status, expected.status);
  assert.deepEqual(headers, expected.headers);
  assert.equal(Buffer.from(body, 'hex').toString('utf8'), Buffer.from(expected.body, 'hex').toString('utf8'));
});

test('demoPort: argumento, PORT o 8000 / argument, PORT or 8000', () => {
  assert.equal(demoPort([], {}), 8000);
  assert.equal(demoPort(['8080'], { PORT: '9000' }), 8080);
  assert.equal(demoPort([], { PORT: '9000' }), 9000);
  assert.equal(demoPort(['0'], {}), 0);
  assert.equal(demoPort(['abc'], {}), null);
  assert.equal(demoPort(['70000'], {}), null);
});

/** Runs lib/demo.ts as `npm run demo` does (tsx), with extra arguments. */
function startDemo(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'lib', 'demo.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  return { child, exited, output };
}

test('npm run demo sirve, anuncia y para con SIGINT / serves and stops on SIGINT', async () => {
  const demo = startDemo([], { PORT: '0' });
  try {
    let port = 0;
    for (let i = 0; i < 300 && !port; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const match = /Sirviendo en http:\/\/127\.0\.0\.1:(\d+)\/ … Ctrl-C para parar\. \/ Serving on/.exec(demo.output().stdout);
      if (match) port = Number(match[1]);
    }
    assert.ok(port > 0, demo.output().stdout + demo.output().stderr);
    const response = (await rawRequest(port, ['GET /xyz?abc HTTP/1.0\r\n\r\n'])).toString('utf8');
    assert.match(response, /^HTTP\/1\.0 200 OK\r\n[\s\S]*\r\n\r\nHello world!\n\n/);
    assert.match(response, /\nPATH_INFO = '\/xyz'\n/);
    demo.child.kill('SIGINT');
    assert.equal(await demo.exited, 0);
    assert.match(demo.output().stdout, /Servidor detenido/);
    assert.match(demo.output().stderr, /"GET \/xyz\?abc HTTP\/1\.0" 200 \d+/);
  } finally {
    demo.child.kill();
  }
});

test('npm run demo con el puerto ocupado: mensaje claro / busy port, clear message', async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const port = (blocker.address() as { port: number }).port;
  try {
    const demo = startDemo([String(port)]);
    assert.equal(await demo.exited, 1);
    const { stderr } = demo.output();
    assert.match(stderr, new RegExp(`El puerto ${port} ya está en uso`));
    assert.doesNotMatch(stderr, /\n\s+at /); // no stack trace
  } finally {
    blocker.close();
  }
});
