/**
 * Checks a reader's Python answer on a CPython (Pyodide) instance the
 * caller provides: homework.py runs it under CPython's `validator` and
 * `simple_server` handler with the exercise's own test requests, and each
 * result is judged exactly as a TypeScript answer's is (check.ts), so both
 * languages get the same ✔/✘ report. The caller also hands over the Python
 * sources (the page bundles them as text; the Node tests read the files).
 */
import type { PyodideInterface } from 'pyodide';
import { encodeLatin1 } from '../../../lib/internal/latin1';
import { importSource } from '../../python/modules';
import { crashed, judge, messagesFor, type CaseResult, type CheckResult } from './check';
import { casesFor, type BlockEvent, type Exercise, type Locale } from './exercises';
import { PYTHON_EXERCISES, type PythonExercise } from './pythonExercises';

/** Seconds the reader's code may run in one step (a test request, or defining it). */
export const PYTHON_BUDGET_SECONDS = 2;

/** The name a Python traceback gives the reader's code. */
const FILENAME: Record<Locale, string> = { es: '<tu código>', en: '<your code>' };

interface CaseOutcome {
  response: string;
  errors: string;
  blocks: BlockEvent[];
  failure: string | null;
  printed: string;
}

type Problem = { kind: 'compile' | 'build'; message: string } | { kind: 'missing'; names: string[] };

interface HarnessResult {
  problem: Problem | null;
  cases?: CaseOutcome[];
}

/** The Python modules the check imports, as source text. */
export interface PythonSources {
  /** src/components/HomeworkChecker/homework.py */
  homework: string;
  /** src/python/wsgiref_exchange.py */
  exchange: string;
}

type RunHomework = (task: string) => string;

/** One harness per Python instance, set up on its first check. */
const harnesses = new WeakMap<PyodideInterface, RunHomework>();

function harnessOf(pyodide: PyodideInterface, sources: PythonSources): RunHomework {
  let run = harnesses.get(pyodide);
  if (run === undefined) {
    importSource(pyodide, 'wsgiref_exchange', sources.exchange);
    const runHomework = importSource(pyodide, 'homework', sources.homework).run_homework as RunHomework;
    run = (task) => runHomework(task);
    harnesses.set(pyodide, run);
  }
  return run;
}

/** The Python twin of an exercise. */
export function pythonTwin(exercise: Exercise): PythonExercise {
  const twin = PYTHON_EXERCISES[exercise.id];
  if (twin === undefined) throw new Error(`No Python twin for the exercise ${exercise.id}`);
  return twin;
}

function problemText(problem: Problem, locale: Locale): string {
  const m = messagesFor(locale);
  if (problem.kind === 'missing') return m.missing(problem.names);
  return problem.kind === 'compile' ? m.compile(problem.message) : m.buildFailed(problem.message);
}

/** Runs every test of an exercise against the reader's Python code. */
export function runPythonExercise(
  pyodide: PyodideInterface,
  sources: PythonSources,
  exercise: Exercise,
  code: string,
  locale: Locale = 'es',
): CheckResult {
  const twin = pythonTwin(exercise);
  const tests = casesFor(exercise, 'python');
  const task = {
    code,
    filename: FILENAME[locale],
    names: twin.defines[locale],
    build: twin.build,
    locale,
    budget: PYTHON_BUDGET_SECONDS,
    requests: tests.map((test) => test.request),
  };
  let result: HarnessResult;
  try {
    result = JSON.parse(harnessOf(pyodide, sources)(JSON.stringify(task))) as HarnessResult;
  } catch (error) {
    const cases = tests.map((test) => crashed(test, String(error), locale));
    return { problem: null, cases, passed: 0 };
  }
  if (result.problem !== null) return { problem: problemText(result.problem, locale), cases: [], passed: 0 };
  const outcomes = result.cases ?? [];
  const cases: CaseResult[] = tests.map((test, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) return crashed(test, 'no result', locale);
    return judge(test, { ...outcome, response: encodeLatin1(outcome.response) }, locale);
  });
  return { problem: null, cases, passed: cases.filter((c) => c.ok).length };
}
