/**
 * Puts a Python module's source into Pyodide's file system (in the
 * interpreter's working directory, which is on sys.path) and imports it.
 * Works the same in the page and in Node, where the tests read the .py
 * file themselves.
 */
import type { PyodideInterface } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';

const installed = new WeakMap<PyodideInterface, Map<string, PyProxy>>();

export function importSource(py: PyodideInterface, name: string, source: string): PyProxy {
  let modules = installed.get(py);
  if (!modules) installed.set(py, (modules = new Map()));
  const known = modules.get(name);
  if (known) return known;
  const path = `${py.FS.cwd()}/${name}.py`;
  py.FS.writeFile(path, source);
  const module = py.pyimport(name);
  modules.set(name, module);
  return module;
}
