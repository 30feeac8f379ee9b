/** Runs a guide's Python block with src/python/runner.py (in the page or in Node). */
import type { PyodideInterface } from 'pyodide';
import { importSource } from './modules';

export interface PythonRun {
  /** What the block wrote to sys.stdout, and the values of its bare expressions, as the REPL shows them. */
  stdout: string;
  /** What it wrote to sys.stderr. */
  stderr: string;
  /** The traceback, exactly as Python prints it, when the block raised. */
  traceback?: string;
  /** The status the block ended with through sys.exit() (0 when it did not call it). */
  exitCode?: number;
}

export interface BlockOptions {
  /** Earlier blocks this one continues: run first, in the same namespace, output hidden. */
  prelude?: readonly string[];
  /** Seconds before the block is stopped (default 10). */
  timeLimit?: number;
}

export function runBlockWith(
  py: PyodideInterface,
  runnerSource: string,
  code: string,
  options: BlockOptions = {},
): PythonRun {
  const runner = importSource(py, 'wsgiref_site_runner', runnerSource);
  const prelude = py.toPy([...(options.prelude ?? [])]);
  try {
    const result = runner.run_block(code, prelude, options.timeLimit ?? 10);
    const [stdout, stderr, traceback, exitCode] = result.toJs() as [string, string, string | undefined, number | undefined];
    result.destroy();
    return {
      stdout,
      stderr,
      ...(traceback != null && { traceback }),
      ...(exitCode != null && { exitCode }),
    };
  } finally {
    prelude.destroy();
  }
}
