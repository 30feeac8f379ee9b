// CPython 3.14 for the Node tests, through Pyodide (the `pyodide` npm
// package: CPython compiled to WebAssembly, the whole standard library
// included, no network needed).
//
// One interpreter per test process, created on first use and reused by
// every test of the file. Running code is synchronous, so capturing
// stdout/stderr per call is safe. If Pyodide cannot load, every caller
// gets an error that says so: these tests never skip.
//
//   const python = await cpython();
//   const { stdout } = python.run('print(1 + 1)');            // '2\n'
//   python.loadModule('wsgiref_exchange', 'src/python/wsgiref_exchange.py');
//   const echo = python.run('lambda data: data.to_bytes()[::-1]').value;
//
// Bytes both ways: a Uint8Array handed to Python arrives as a JsProxy
// whose `.to_bytes()` is `bytes`; `toBytes(value)` turns Python `bytes`
// (or a `PyProxy` of them) back into a Uint8Array.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { PyodideInterface } from 'pyodide';

/** The Python minor version these tests compare with (the port follows it). */
export const EXPECTED_PYTHON = '3.14';

/** The repository root, to find Python files such as src/python/*.py. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** CPython's answer to a raw request without sockets (also loaded by the site). */
export const WSGIREF_EXCHANGE = join(REPO_ROOT, 'src', 'python', 'wsgiref_exchange.py');

/** Where loadModule() writes module sources inside Pyodide's file system. */
const MODULE_DIR = '/home/pyodide/test_modules';

/** What one run printed, and the value of its last expression. */
export interface PythonRun {
  stdout: string;
  stderr: string;
  /** The last expression's value (a PyProxy for objects); undefined if none. */
  value: unknown;
}

/** A Python exception from run(): its traceback plus what was printed before it. */
export class PythonError extends Error {
  constructor(
    readonly traceback: string,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(
      `CPython raised an exception:\n${traceback}` +
        (stdout ? `\n--- stdout ---\n${stdout}` : '') +
        (stderr ? `\n--- stderr ---\n${stderr}` : ''),
    );
    this.name = 'PythonError';
  }
}

export interface RunOptions {
  /** Values bound as globals for this run (JS values become JsProxy objects). */
  globals?: Record<string, unknown>;
}

export interface CPython {
  /** The Pyodide interface itself, for what the helpers below do not cover. */
  readonly pyodide: PyodideInterface;
  /** sys.version, e.g. '3.14.2 (main, ...)'. */
  readonly version: string;
  /** Runs code in a fresh namespace; throws PythonError on an exception. */
  run(code: string, options?: RunOptions): PythonRun;
  /**
   * Runs code as `python -c` would: an exception is printed to stderr as
   * Python prints it, and the exit code is 1 instead of a throw.
   */
  runScript(code: string): { stdout: string; stderr: string; exitCode: number };
  /** Makes a Python file importable under `name` (it is imported once, now). */
  loadModule(name: string, path: string): void;
}

class Capture {
  private stdout: Uint8Array[] = [];
  private stderr: Uint8Array[] = [];

  writer(stream: 'stdout' | 'stderr') {
    return {
      write: (buffer: Uint8Array): number => {
        this[stream].push(buffer.slice());
        return buffer.length;
      },
    };
  }

  take(): { stdout: string; stderr: string } {
    const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
    const taken = { stdout: text(this.stdout), stderr: text(this.stderr) };
    this.stdout = [];
    this.stderr = [];
    return taken;
  }
}

let instance: Promise<CPython> | undefined;

/** The process's CPython (created on the first call, about 3 s). */
export function cpython(): Promise<CPython> {
  instance ??= start();
  return instance;
}

/**
 * The process's Pyodide itself, for code that drives it directly: the page's
 * Python runners (src/python/) under test use the same interpreter.
 */
export async function pyodide(): Promise<PyodideInterface> {
  return (await cpython()).pyodide;
}

/** The source of one of src/python/*.py (the page bundles them as strings). */
export function pythonSource(name: string): string {
  return readFileSync(join(REPO_ROOT, 'src', 'python', name), 'utf8');
}

/** How the interpreter is loaded; a parameter so that the failure path can be tested. */
export type PyodideLoader = () => Promise<PyodideInterface>;

const loadFromPackage: PyodideLoader = async () => {
  // Imported here, not at the top: a missing package is reported like any other failure.
  const { loadPyodide } = await import('pyodide');
  return loadPyodide();
};

/** A new CPython (cpython() keeps one per process; tests of this file call this directly). */
export async function start(load: PyodideLoader = loadFromPackage): Promise<CPython> {
  let pyodide: PyodideInterface;
  try {
    pyodide = await load();
  } catch (error) {
    throw new Error(
      'Pyodide (CPython 3.14 in WebAssembly) could not load from node_modules/pyodide; ' +
        'the differential tests need it and do not skip. Run `npm ci` and check the ' +
        `\`pyodide\` package. Cause: ${error instanceof Error ? error.stack : String(error)}`,
    );
  }
  const capture = new Capture();
  pyodide.setStdout(capture.writer('stdout'));
  pyodide.setStderr(capture.writer('stderr'));
  pyodide.FS.mkdirTree(MODULE_DIR);
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(MODULE_DIR)})`);
  const version = String(pyodide.runPython('import sys; sys.version'));
  if (!version.startsWith(`${EXPECTED_PYTHON}.`)) {
    throw new Error(`Pyodide runs Python ${version}, the tests expect ${EXPECTED_PYTHON}.x`);
  }

  const flush = () => pyodide.runPython('import sys; sys.stdout.flush(); sys.stderr.flush()');
  const freshNamespace = (globals: Record<string, unknown> = {}) => {
    const namespace = pyodide.toPy({ __name__: '__main__' });
    for (const [key, value] of Object.entries(globals)) namespace.set(key, value);
    return namespace;
  };

  return {
    pyodide,
    version,
    run(code, options = {}) {
      const namespace = freshNamespace(options.globals);
      try {
        const value = pyodide.runPython(code, { globals: namespace });
        flush();
        return { ...capture.take(), value };
      } catch (error) {
        flush();
        const { stdout, stderr } = capture.take();
        const traceback = error instanceof Error ? error.message : String(error);
        throw new PythonError(traceback, stdout, stderr);
      } finally {
        namespace.destroy();
      }
    },
    runScript(code) {
      const namespace = freshNamespace({ __source: code });
      try {
        const exitCode = pyodide.runPython(SCRIPT_RUNNER, { globals: namespace }) as number;
        flush();
        return { ...capture.take(), exitCode };
      } finally {
        namespace.destroy();
      }
    },
    loadModule(name, path) {
      pyodide.FS.writeFile(`${MODULE_DIR}/${name}.py`, readFileSync(path, 'utf8'));
      pyodide.runPython(`import importlib; importlib.invalidate_caches(); import ${name}`);
      flush();
      capture.take();
    },
  };
}

/** Runs __source as `python -c` does: traceback to stderr, exit code 1 on error. */
const SCRIPT_RUNNER = String.raw`
def __run(source):
    import sys, traceback
    try:
        exec(compile(source, '<string>', 'exec'), {'__name__': '__main__'})
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException as error:
        traceback.print_exception(error)
        return 1
    return 0
__run(__source)
`;

/** Python bytes (a PyProxy of them, or already a Uint8Array) as a Uint8Array. */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const proxy = value as { type?: string; toJs?: () => unknown; destroy?: () => void };
  if (proxy?.type !== 'bytes' || typeof proxy.toJs !== 'function') {
    throw new TypeError(`expected Python bytes, got ${proxy?.type ?? typeof value}`);
  }
  const bytes = proxy.toJs() as Uint8Array;
  return new Uint8Array(bytes);
}
