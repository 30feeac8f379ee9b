// The CPython harness itself: it is CPython 3.14, it captures what Python
// prints, bytes cross both ways unchanged, and exceptions surface.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { PythonError, cpython, start, toBytes } from './cpython';

test('it is CPython 3.14, with wsgiref and http.server', async () => {
  const python = await cpython();
  assert.match(python.version, /^3\.14\.\d+ /);
  const { value } = python.run(
    'import sys, wsgiref.simple_server, http.server\n' +
      "(sys.implementation.name, wsgiref.simple_server.ServerHandler.server_software)",
  );
  const [name, software] = (value as { toJs(): unknown[] }).toJs();
  assert.equal(name, 'cpython');
  assert.match(String(software), /^WSGIServer\/0\.2 CPython\/3\.14\.\d+$/);
});

test('the same interpreter is reused by every caller of the process', async () => {
  assert.equal(await cpython(), await cpython());
});

test('stdout and stderr are captured per run, as text', async () => {
  const python = await cpython();
  const run = python.run("import sys\nprint('hola, ñandú')\nsys.stderr.write('aviso\\n')\nprint('fin', end='')");
  assert.equal(run.stdout, 'hola, ñandú\nfin');
  assert.equal(run.stderr, 'aviso\n');
  assert.deepEqual({ ...python.run('1 + 1'), value: undefined }, { stdout: '', stderr: '', value: undefined });
  assert.equal(python.run('1 + 1').value, 2);
});

test('bytes go in and come back unchanged (all 256 values)', async () => {
  const python = await cpython();
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const run = python.run('data = raw.to_bytes()\nassert len(data) == 256 and data[0] == 0 and data[255] == 255\ndata[::-1]', {
    globals: { raw: all },
  });
  assert.deepEqual(toBytes(run.value), all.slice().reverse());
  assert.throws(() => toBytes(python.run("'text'").value), TypeError);
});

test('an exception is a PythonError with the traceback and what was printed', async () => {
  const python = await cpython();
  assert.throws(
    () => python.run("print('before')\nraise ValueError('boom')"),
    (error: unknown) =>
      error instanceof PythonError &&
      /Traceback/.test(error.traceback) &&
      /ValueError: boom/.test(error.traceback) &&
      error.stdout === 'before\n',
  );
  // The interpreter is still usable afterwards.
  assert.equal(python.run('6 * 7').value, 42);
});

test('runScript prints the traceback as python -c does', async () => {
  const python = await cpython();
  const failed = python.runScript("print('a')\n1 / 0");
  assert.equal(failed.exitCode, 1);
  assert.equal(failed.stdout, 'a\n');
  assert.match(failed.stderr, /^Traceback \(most recent call last\):\n/);
  assert.match(failed.stderr, /ZeroDivisionError: division by zero\n$/);
  assert.deepEqual(python.runScript("print('ok')"), { stdout: 'ok\n', stderr: '', exitCode: 0 });
  assert.equal(python.runScript('raise SystemExit(3)').exitCode, 3);
});

test('loadModule makes a repository file importable', async () => {
  const python = await cpython();
  const dir = mkdtempSync(join(tmpdir(), 'cpython-harness-'));
  const path = join(dir, 'probe.py');
  writeFileSync(path, 'def answer():\n    return 42\n');
  python.loadModule('harness_probe', path);
  assert.equal(python.run('import harness_probe\nharness_probe.answer()').value, 42);
  rmSync(dir, { recursive: true });
});

test('when Pyodide cannot load, the error says so and how to fix it (no skip)', async () => {
  const broken = () => Promise.reject(new Error("Cannot find package 'pyodide'"));
  await assert.rejects(start(broken), (error: Error) => {
    assert.match(error.message, /^Pyodide \(CPython 3\.14 in WebAssembly\) could not load/);
    assert.match(error.message, /do not skip\. Run `npm ci`/);
    assert.match(error.message, /Cause: Error: Cannot find package 'pyodide'/);
    return true;
  });
});
