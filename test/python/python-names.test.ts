// Every Python name of wsgiref, and of the http.server parts it uses, is
// found in the port's file of the same name: CPython 3.14 lists the names
// (fixtures/wsgiref_names.py, in Pyodide), the TypeScript compiler lists
// what lib/ declares (port-surface.ts), and python-names.ts says how one
// is spelled in the other, or why a name is not ported. A name CPython
// gains fails here until someone ports it or writes down why not.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { REPO_ROOT, cpython } from './cpython';
import { portSurface, type Declared, type PortSurface } from './port-surface';
import {
  CALLABLE,
  CLASS_HOMES,
  DUNDERS,
  NOT_PORTED,
  NOT_PORTED_IN_ANY_MODULE,
  RENAMED,
  camelCase,
  fileOf,
  qualifiedName,
  type PythonName,
} from './python-names';

const MODULES = [
  'wsgiref.handlers',
  'wsgiref.headers',
  'wsgiref.simple_server',
  'wsgiref.util',
  'wsgiref.validate',
  'wsgiref.types',
  'http.server',
];

let pythonNames: PythonName[] = [];
let surface: PortSurface;

before(async () => {
  const python = await cpython();
  python.loadModule('wsgiref_names', join(REPO_ROOT, 'test', 'python', 'fixtures', 'wsgiref_names.py'));
  pythonNames = JSON.parse(String(python.run('import wsgiref_names\nwsgiref_names.names_json()').value));
  surface = portSurface();
});

const isDunder = (name: string) => /^__\w+__$/.test(name);

/** Where the port keeps a Python name, and under which TypeScript name. */
interface Expected {
  file: string;
  /** The exported class or type holding the member; null for a module-level name. */
  owner: string | null;
  ts: string;
}

function expectedPlace(name: PythonName): Expected | string {
  const qualified = qualifiedName(name);
  const home = CLASS_HOMES[qualified];
  if (home) return { file: home.file, owner: null, ts: home.ts };
  let file = fileOf(name.module);
  let owner: string | null = null;
  if (name.owner !== null) {
    const ownerName = `${name.module}.${name.owner}`;
    const ownerHome = CLASS_HOMES[ownerName];
    if (ownerHome) file = ownerHome.file;
    owner = ownerHome?.ts ?? RENAMED[ownerName]?.ts ?? camelCase(name.owner);
  }
  const ts = RENAMED[qualified]?.ts ?? (isDunder(name.name) && name.owner ? DUNDERS[name.name]?.ts : camelCase(name.name));
  if (ts === undefined) {
    return `${qualified}: no rule for the special method ${name.name}; add it to DUNDERS or NOT_PORTED (python-names.ts)`;
  }
  return { file, owner, ts };
}

/** Why the port lacks a Python name on purpose, or undefined if it should have it. */
function notPortedReason(name: PythonName): string | undefined {
  return NOT_PORTED[qualifiedName(name)] ?? (name.owner === null ? NOT_PORTED_IN_ANY_MODULE[name.name] : undefined);
}

/** null when the port has the name where expected, else what is wrong, naming the file. */
function problem(name: PythonName): string | null {
  const place = expectedPlace(name);
  if (typeof place === 'string') return place;
  const qualified = qualifiedName(name);
  const exports = surface.get(place.file);
  if (!exports) return `${qualified}: ${place.file} does not exist (${name.why})`;
  const declared = exports.get(place.owner ?? place.ts);
  if (!declared) return `${qualified}: ${place.owner ?? place.ts} is not exported by ${place.file} (${name.why})`;
  if (place.owner === null) return kindProblem(name, declared, place);
  const where = `${place.owner}${place.ts === CALLABLE ? '' : `.${place.ts}`} in ${place.file}`;
  if (place.ts === CALLABLE) {
    return declared.callable ? null : `${qualified}: ${place.owner} in ${place.file} is not callable (${name.why})`;
  }
  const visibility = declared.members.get(place.ts);
  if (!visibility) return `${qualified}: ${where} not found (${name.why})`;
  if (visibility === 'private' || (visibility === 'protected' && !name.name.startsWith('_'))) {
    return `${qualified}: ${where} is ${visibility}, Python's is public (${name.why})`;
  }
  return null;
}

function kindProblem(name: PythonName, declared: Declared, place: Expected): string | null {
  const qualified = qualifiedName(name);
  if (name.kind === 'function' && !declared.callable) {
    return `${qualified}: ${place.ts} in ${place.file} is a ${declared.kind} that cannot be called, Python's is a function`;
  }
  if (name.kind === 'class' && !RENAMED[qualified] && declared.kind !== 'class' && declared.kind !== 'type') {
    return `${qualified}: ${place.ts} in ${place.file} is a ${declared.kind}, Python's is a class`;
  }
  return null;
}

test('CPython 3.14 lists the names of every module, their classes included', () => {
  for (const module of MODULES) {
    const names = pythonNames.filter((name) => name.module === module);
    assert.ok(names.some((name) => name.owner === null), `${module}: no module-level name`);
    assert.ok(names.some((name) => name.owner !== null), `${module}: no class member`);
  }
  const listed = new Set(pythonNames.map(qualifiedName));
  for (const known of [
    'wsgiref.util.shift_path_info',
    'wsgiref.handlers.BaseHandler.bytes_sent', // assigned on self, not in the class body
    'wsgiref.handlers.SimpleHandler._write', // a documented hook
    'wsgiref.simple_server.ServerHandler.request_handler', // assigned by WSGIRequestHandler.handle
    'http.server.BaseHTTPRequestHandler.rfile', // from socketserver.StreamRequestHandler
    'http.server.HTTPServer.server_port',
  ]) {
    assert.ok(listed.has(known), `${known} missing from CPython's list`);
  }
  for (const unwanted of ['wsgiref.handlers.Headers', 'wsgiref.handlers._is_request', 'wsgiref.util.FileWrapper.__init__']) {
    assert.ok(!listed.has(unwanted), `${unwanted} is an import, private or the constructor`);
  }
});

/** lib/http_server.ts, and lib/simple_server.ts for HTTPServer's members (CLASS_HOMES). */
function filesOf(module: string): string {
  const homes = Object.entries(CLASS_HOMES)
    .filter(([name]) => name.startsWith(`${module}.`))
    .map(([name, home]) => `${home.file} for ${name.slice(module.length + 1)}`);
  return [fileOf(module), ...homes].join(', ');
}

for (const module of MODULES) {
  test(`every Python name of ${module} is found in ${filesOf(module)}`, (t) => {
    const names = pythonNames.filter((name) => name.module === module && notPortedReason(name) === undefined);
    const problems = names.map(problem).filter((found): found is string => found !== null);
    t.diagnostic(`${names.length} names checked, ${pythonNames.filter((n) => n.module === module).length - names.length} not ported on purpose`);
    assert.deepEqual(problems, [], `missing from the port:\n  ${problems.join('\n  ')}`);
  });
}

test('the renames and the allow-list name only what CPython has, each with its reason', () => {
  const listed = new Set(pythonNames.map(qualifiedName));
  const stale: string[] = [];
  for (const [table, keys] of [
    ['RENAMED', Object.keys(RENAMED)],
    ['CLASS_HOMES', Object.keys(CLASS_HOMES)],
    ['NOT_PORTED', Object.keys(NOT_PORTED)],
  ] as const) {
    for (const key of keys) if (!listed.has(key)) stale.push(`${table}: CPython has no ${key}`);
  }
  const bareNames = new Set(pythonNames.map((name) => name.name));
  for (const key of [...Object.keys(NOT_PORTED_IN_ANY_MODULE), ...Object.keys(DUNDERS)]) {
    if (!bareNames.has(key)) stale.push(`CPython's wsgiref has no ${key} any more`);
  }
  assert.deepEqual(stale, []);
  const reasons = [
    ...Object.values(RENAMED).map((entry) => entry.why),
    ...Object.values(CLASS_HOMES).map((entry) => entry.why),
    ...Object.values(DUNDERS).map((entry) => entry.why),
    ...Object.values(NOT_PORTED),
    ...Object.values(NOT_PORTED_IN_ANY_MODULE),
  ];
  for (const reason of reasons) assert.ok(reason.length > 30, `a reason too short to explain anything: ${reason}`);
});

test('a name allowed as not ported is really absent (else the allow-list is stale)', () => {
  const ported = pythonNames
    .filter((name) => notPortedReason(name) !== undefined && problem(name) === null)
    .map((name) => `${qualifiedName(name)} is ported: drop it from NOT_PORTED`);
  assert.deepEqual(ported, []);
});
