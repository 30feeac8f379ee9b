/**
 * `runPython(code)`: runs Python code on CPython in the page (loading it on
 * first use) and returns what it printed, as Python prints it.
 */
import runnerSource from './runner.py';
import { loadPython, type ProgressListener } from './runtime';
import { runBlockWith, type BlockOptions, type PythonRun } from './blockRunner';

export type { PythonRun };

export async function runPython(
  code: string,
  options: BlockOptions & { onProgress?: ProgressListener } = {},
): Promise<PythonRun> {
  const py = await loadPython(options.onProgress);
  return runBlockWith(py, runnerSource, code, options);
}
