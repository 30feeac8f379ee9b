/** CPython 3.14 in Node for the tests: the same pyodide package the site serves, loaded once per process. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadPyodide, type PyodideInterface } from 'pyodide';

let instance: Promise<PyodideInterface> | undefined;

export function nodePython(): Promise<PyodideInterface> {
  const dir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  instance ??= loadPyodide({ indexURL: `${dir}${path.sep}`, stdout: () => {}, stderr: () => {} });
  return instance;
}

/** The source of one of src/python/*.py (the page bundles them as strings). */
export function pythonSource(name: string): string {
  return readFileSync(path.join(import.meta.dirname, name), 'utf8');
}
