/**
 * The page's way to check a Python answer: starts the page's CPython
 * (src/python/runtime.ts, shared with the guides' Python blocks, loaded once
 * per session) and runs python.ts with the Python sources the build
 * bundles as text. Loaded on the first Python check, in its own chunk.
 */
import { loadPython, type ProgressListener } from '../../python/runtime';
import exchange from '../../python/wsgiref_exchange.py';
import homework from './homework.py';
import type { CheckResult } from './check';
import type { Exercise, Locale } from './exercises';
import { runPythonExercise } from './python';

export async function checkPython(
  exercise: Exercise,
  code: string,
  locale: Locale,
  onProgress: ProgressListener,
): Promise<CheckResult> {
  const pyodide = await loadPython(onProgress);
  return runPythonExercise(pyodide, { homework, exchange }, exercise, code, locale);
}
