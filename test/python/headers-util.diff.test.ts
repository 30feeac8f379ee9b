// Differential test: the same Headers and util inputs through CPython
// 3.14's wsgiref (in Pyodide) and through the port, compared value by
// value. Python's setup_testing_defaults uses 0 for run_once, multithread
// and multiprocess where the port uses false (JavaScript has no int that
// is a bool), so the Python side reports them as booleans. Control
// characters in header names and values are a declared difference
// (known-differences.ts), checked in its own test.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BytesIO,
  FileWrapper,
  Headers,
  applicationUri,
  guessScheme,
  isHopByHop,
  requestUri,
  setupTestingDefaults,
  shiftPathInfo,
  type HeaderParams,
  type HeaderPair,
  type WSGIEnvironment,
} from '../../lib/index';
import { type CPython, cpython } from './cpython';
import { assertObservedBuild } from './known-differences';

type Op =
  | ['get' | 'getAll' | 'has' | 'delete', string]
  | ['getDefault' | 'set' | 'setDefault', string, string]
  | ['add', string, string | null, HeaderParams]
  | ['keys' | 'values' | 'items' | 'len' | 'str' | 'bytes'];

interface HeaderCase {
  init: HeaderPair[];
  ops: Op[];
}

const PYTHON = String.raw`
import json
from io import BytesIO
from wsgiref import util
from wsgiref.headers import Headers

cases = json.loads(cases_json)

def run_headers(case):
    init = [tuple(p) for p in case['init']]
    h = Headers(init)
    out = []
    for op, *args in case['ops']:
        if op == 'get': r = h.get(args[0])
        elif op == 'getDefault': r = h.get(args[0], args[1])
        elif op == 'getAll': r = h.get_all(args[0])
        elif op == 'has': r = args[0] in h
        elif op == 'set': h[args[0]] = args[1]; r = None
        elif op == 'delete': del h[args[0]]; r = None
        elif op == 'setDefault': r = h.setdefault(args[0], args[1])
        elif op == 'add': h.add_header(args[0], args[1], **args[2]); r = None
        elif op == 'keys': r = h.keys()
        elif op == 'values': r = h.values()
        elif op == 'items': r = [list(p) for p in h.items()]
        elif op == 'len': r = len(h)
        elif op == 'str': r = str(h)
        elif op == 'bytes': r = list(bytes(h))
        out.append(r)
    out.append([list(p) for p in init])
    return out

def defaults(environ):
    util.setup_testing_defaults(environ)
    return environ

def run_util(u):
    out = {}
    out['guess'] = [util.guess_scheme(e) for e in u['guess']]
    out['app'] = [util.application_uri(defaults(e)) for e in u['uris']]
    out['req'] = [util.request_uri(defaults(e)) for e in u['uris']]
    out['reqNoQuery'] = [util.request_uri(defaults(e), False) for e in u['uris']]
    shifts = []
    for sn, pi in u['shifts']:
        e = {'SCRIPT_NAME': sn, 'PATH_INFO': pi}
        steps = []
        for _ in range(8):
            try:
                name = util.shift_path_info(e)
            except IndexError:
                steps.append('IndexError')
                break
            steps.append([name, e['SCRIPT_NAME'], e['PATH_INFO']])
            if name is None: break
        shifts.append(steps)
    out['shifts'] = shifts
    snapshots = []
    for e in u['defaults']:
        util.setup_testing_defaults(e)
        snap = {}
        for k, v in e.items():
            if k in ('wsgi.input', 'wsgi.errors'): v = type(v).__name__
            elif k in ('wsgi.run_once', 'wsgi.multithread', 'wsgi.multiprocess'): v = bool(v)
            elif isinstance(v, tuple): v = list(v)
            snap[k] = v
        snapshots.append([list(e.keys()), snap])
    out['defaults'] = snapshots
    out['hop'] = [util.is_hop_by_hop(n) for n in u['hop']]
    out['wrap'] = [[list(c) for c in util.FileWrapper(BytesIO(bytes(d)), n)] for d, n in u['wrap']]
    return out

json.dumps({
    'headers': [run_headers(c) for c in cases['headers']],
    'util': run_util(cases['util']),
})
`;

const ALL_LATIN1 = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');

const HEADER_CASES: HeaderCase[] = [
  {
    // str.lower() of İ is longer (i + U+0307): names of two lengths, and
    // non-ASCII letters, compared as Python compares them.
    init: [['x-i\u0307', 'long'], ['X-İ', 'short'], ['Ā-Σ', 'macron'], ['ΑΣ', 'final sigma']],
    ops: [
      ['getAll', 'X-İ'],
      ['getAll', 'x-i\u0307'],
      ['get', 'X-I'],
      ['get', 'x-ix'],
      ['get', 'ā-σ'],
      ['get', 'ασ'],
      ['get', 'ας'],
      ['has', 'αΣ'],
      ['delete', 'X-\u0130'],
      ['keys'],
    ],
  },
  {
    init: [['Content-Type', 'text/plain'], ['X-A', '1'], ['x-a', '2'], ['Set-Cookie', 'a=1']],
    ops: [
      ['get', 'x-A'],
      ['get', 'missing'],
      ['getDefault', 'missing', 'dflt'],
      ['getDefault', 'content-type', 'dflt'],
      ['getAll', 'X-A'],
      ['getAll', 'missing'],
      ['has', 'SET-COOKIE'],
      ['has', 'nope'],
      ['len'],
      ['set', 'x-a', '3'],
      ['items'],
      ['delete', 'missing'],
      ['delete', 'set-cookie'],
      ['setDefault', 'Content-Type', 'text/html'],
      ['setDefault', 'Server', 'demo/1.0'],
      ['keys'],
      ['values'],
      ['str'],
      ['bytes'],
    ],
  },
  {
    init: [],
    ops: [
      ['str'],
      ['bytes'],
      ['add', 'Content-Disposition', 'attachment', { filename: 'bud.gif' }],
      ['add', 'X-Quote', 'v', { a: 'say "hi"', b: 'back\\slash', c: 'tspecials ()<>@,;:/[]?= ok' }],
      ['add', 'X-Flags', 'v', { max_age: '10', no_cache: null, empty: '' }],
      ['add', 'X-Only-Params', null, { a: 'b', flag: null }],
      ['add', 'X-Blank', '', { a: 'b' }],
      ['add', 'X-Nothing', null, {}],
      ['add', 'x-flags', 'second', {}],
      ['getAll', 'X-FLAGS'],
      ['set', 'X-Latin', 'café ñ ÿ'],
      ['items'],
      ['len'],
      ['str'],
      ['bytes'],
    ],
  },
];

function runHeaderCase(testCase: HeaderCase): unknown[] {
  const init = testCase.init.map(([k, v]): HeaderPair => [k, v]);
  const h = new Headers(init);
  const out: unknown[] = [];
  for (const [op, ...args] of testCase.ops) {
    const a = args as [string, string, HeaderParams];
    let result: unknown = null;
    switch (op) {
      case 'get': result = h.get(a[0]) ?? null; break;
      case 'getDefault': result = h.get(a[0], a[1]); break;
      case 'getAll': result = h.getAll(a[0]); break;
      case 'has': result = h.has(a[0]); break;
      case 'set': h.set(a[0], a[1]); break;
      case 'delete': h.delete(a[0]); break;
      case 'setDefault': result = h.setDefault(a[0], a[1]); break;
      case 'add': h.addHeader(a[0], args[1] as string | null, a[2]); break;
      case 'keys': result = h.keys(); break;
      case 'values': result = h.values(); break;
      case 'items': result = h.items(); break;
      case 'len': result = h.length; break;
      case 'str': result = h.toString(); break;
      case 'bytes': result = Array.from(h.toBytes()); break;
    }
    out.push(result);
  }
  out.push(init);
  return out;
}

const URI_ENVIRONS: WSGIEnvironment[] = [
  {},
  { SCRIPT_NAME: '/spam', PATH_INFO: '/a b;c=d,e', QUERY_STRING: 'x=1&y=%20' },
  { SCRIPT_NAME: '', PATH_INFO: '/only/path' },
  { HTTPS: 'on', SERVER_NAME: 'example.org', HTTP_HOST: '', SERVER_PORT: '8443' },
  { HTTPS: 'on', SERVER_NAME: 'example.org', HTTP_HOST: '', SERVER_PORT: '443' },
  { SERVER_NAME: 'example.org', HTTP_HOST: '', SERVER_PORT: '443' },
  { HTTP_HOST: 'host:81', SCRIPT_NAME: '/' + ALL_LATIN1, PATH_INFO: '/' + ALL_LATIN1 },
  { PATH_INFO: 'relative', QUERY_STRING: 'ñ=ü' },
];

const UTIL_INPUT = {
  guess: [{}, { HTTPS: 'on' }, { HTTPS: 'yes' }, { HTTPS: '1' }, { HTTPS: 'ON' }, { HTTPS: 'off' }, { HTTPS: 1 }],
  uris: URI_ENVIRONS,
  shifts: [
    ['', '/'],
    ['', '/a/b/c/'],
    ['/a/b', '///./..//y/.//'],
    ['/a', '/../../../x'],
    ['//root', '/x/./y'],
    ['///root', '/x'],
    ['rel', '/x/../y'],
    ['.', '/'],
    ['/a/b', '/.'],
    ['/', ''],
    ['', 'x/y/z'],
  ],
  defaults: [
    {},
    { HTTPS: 'on' },
    { PATH_INFO: '/x' },
    { SCRIPT_NAME: '/s' },
    { SERVER_NAME: 'srv', REQUEST_METHOD: 'POST', 'wsgi.url_scheme': 'ftp' },
    { SERVER_PORT: '8000', 'wsgi.url_scheme': 'https' },
  ],
  hop: ['Connection', 'KEEP-ALIVE', 'te', 'Trailer', 'Trailers', 'upgrade', 'Via', 'Content-Length'],
  wrap: [
    [[], 3],
    [[1, 2, 3, 4, 5, 6, 7], 3],
    [Array.from({ length: 20 }, (_, i) => i), 8192],
    [[9, 9], 1],
  ] as Array<[number[], number]>,
};

function runUtil(): Record<string, unknown> {
  const fresh = () => structuredClone(UTIL_INPUT);
  const defaults = (environ: WSGIEnvironment): WSGIEnvironment => {
    setupTestingDefaults(environ);
    return environ;
  };
  const shifts = fresh().shifts.map(([scriptName, pathInfo]) => {
    const environ: WSGIEnvironment = { SCRIPT_NAME: scriptName, PATH_INFO: pathInfo };
    const steps: unknown[] = [];
    for (let i = 0; i < 8; i++) {
      let name: string | null;
      try {
        name = shiftPathInfo(environ);
      } catch (error) {
        assert.match(String(error), /IndexError/);
        steps.push('IndexError');
        break;
      }
      steps.push([name, environ.SCRIPT_NAME, environ.PATH_INFO]);
      if (name === null) break;
    }
    return steps;
  });
  const snapshots = fresh().defaults.map((environ: WSGIEnvironment) => {
    setupTestingDefaults(environ);
    const snap: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(environ)) {
      snap[key] = value instanceof BytesIO ? 'BytesIO' : key === 'wsgi.errors' ? 'StringIO' : value;
    }
    return [Object.keys(environ), snap];
  });
  return {
    guess: fresh().guess.map((environ) => guessScheme(environ)),
    app: fresh().uris.map((e) => applicationUri(defaults(e))),
    req: fresh().uris.map((e) => requestUri(defaults(e))),
    reqNoQuery: fresh().uris.map((e) => requestUri(defaults(e), false)),
    shifts,
    defaults: snapshots,
    hop: fresh().hop.map(isHopByHop),
    wrap: fresh().wrap.map(([data, size]) =>
      [...new FileWrapper(new BytesIO(Uint8Array.from(data)), size)].map((c) => Array.from(c)),
    ),
  };
}

let interpreter: CPython;
before(async () => {
  interpreter = await cpython();
});

function runPython(): { headers: unknown[][]; util: Record<string, unknown> } {
  const casesJson = JSON.stringify({ headers: HEADER_CASES, util: UTIL_INPUT });
  return JSON.parse(String(interpreter.run(PYTHON, { globals: { cases_json: casesJson } }).value));
}

test('Headers and util match CPython 3.14 wsgiref on the same inputs', () => {
  const python = runPython();
  assert.equal(python.headers.length, HEADER_CASES.length);
  assert.equal(Object.keys(python.util).length, 8);
  HEADER_CASES.forEach((testCase, i) => {
    assert.deepEqual(runHeaderCase(testCase), python.headers[i], `header case ${i}`);
  });
  const ours = runUtil();
  for (const key of Object.keys(python.util)) {
    assert.deepEqual(ours[key], python.util[key], `util.${key}`);
  }
  assert.deepEqual(Object.keys(ours).sort(), Object.keys(python.util).sort());
});

/** Header names and values with control characters: what each side does with them. */
const CONTROL_INPUTS: HeaderPair[] = [
  ['X-Bad', 'a\r\nInjected: 1'],
  ['X-Nul', 'a\x00b'],
  ['X-Del', 'a\x7fb'],
  ['X\nName', 'v'],
  ['X\tName', 'v'],
];

test('declared difference headerControlCharacters: 3.14.2 accepts them, the port refuses them', () => {
  assertObservedBuild(interpreter, 'headerControlCharacters');
  const code = String.raw`
import json
from wsgiref.headers import Headers
out = []
for name, value in json.loads(inputs):
    h = Headers([(name, value)])
    h.add_header('X-Added', value)
    h[name] = value
    out.append(str(h))
json.dumps(out)
`;
  const python = JSON.parse(String(interpreter.run(code, { globals: { inputs: JSON.stringify(CONTROL_INPUTS) } }).value));
  assert.deepEqual(
    python,
    CONTROL_INPUTS.map(([name, value]) => `X-Added: ${value}\r\n${name}: ${value}\r\n\r\n`),
    'CPython 3.14.2 writes them as given',
  );
  for (const [name, value] of CONTROL_INPUTS) {
    assert.throws(() => new Headers([[name, value]]), /control|contro/i, JSON.stringify([name, value]));
    assert.throws(() => new Headers([]).set(name, value), /control|contro/i);
  }
  // TAB is allowed in a value (RFC 9110), on both sides.
  assert.equal(new Headers([['X-Tab', 'a\tb']]).toString(), 'X-Tab: a\tb\r\n\r\n');
});
