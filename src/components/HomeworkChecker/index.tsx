/**
 * A homework exercise in the page: the reader edits the starting code,
 * "Comprobar" runs it against the exercise's test requests (the checker is
 * loaded on the first click, in its own chunk) and shows each test with
 * ✔/✘ and, for a failure, the expected and obtained values. "Ver solución"
 * reveals the solution.
 */
import React, { useState, type KeyboardEvent, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { EXERCISES, type Locale } from './exercises';
import type { CaseResult, CheckResult } from './check';
import styles from './styles.module.css';

const UI = {
  es: {
    editor: (title: string) => `Tu código: ${title}`,
    check: 'Comprobar',
    checking: 'Comprobando…',
    reset: 'Volver al código inicial',
    showSolution: 'Ver solución',
    hideSolution: 'Ocultar solución',
    useSolution: 'Copiar la solución al editor',
    solution: 'Solución',
    summary: (passed: number, total: number) => `${passed} de ${total} pruebas superadas`,
    allPassed: '¡Todo correcto!',
    expected: 'Esperado',
    got: 'Obtenido',
    log: 'wsgi.errors',
    raised: 'Excepción lanzada:',
    passed: 'Superada:',
    failed: 'Fallida:',
    loadFailed: 'No se pudo cargar el comprobador',
    unknown: (id: string) => `Ejercicio desconocido: ${id}`,
  },
  en: {
    editor: (title: string) => `Your code: ${title}`,
    check: 'Check',
    checking: 'Checking…',
    reset: 'Back to the starting code',
    showSolution: 'Show solution',
    hideSolution: 'Hide solution',
    useSolution: 'Copy the solution into the editor',
    solution: 'Solution',
    summary: (passed: number, total: number) => `${passed} of ${total} tests passed`,
    allPassed: 'All correct!',
    expected: 'Expected',
    got: 'Got',
    log: 'wsgi.errors',
    raised: 'Exception raised:',
    passed: 'Passed:',
    failed: 'Failed:',
    loadFailed: 'The checker could not be loaded',
    unknown: (id: string) => `Unknown exercise: ${id}`,
  },
} as const;

type Ui = (typeof UI)[Locale];

function insertSpaces(event: KeyboardEvent<HTMLTextAreaElement>, setCode: (code: string) => void): void {
  if (event.key !== 'Tab' || event.shiftKey) return;
  event.preventDefault();
  const area = event.currentTarget;
  const { selectionStart, selectionEnd, value } = area;
  const next = `${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`;
  setCode(next);
  requestAnimationFrame(() => {
    area.selectionStart = selectionStart + 2;
    area.selectionEnd = selectionStart + 2;
  });
}

// Only worth unfolding when the log says more than the access lines.
const ACCESS_LINE = /^\S+ - - \[[^\]]*\] "/;
function hasDiagnostics(errors: string): boolean {
  return errors.split('\n').some((line) => line.trim() !== '' && !ACCESS_LINE.test(line));
}

function CaseView({ result, t }: { result: CaseResult; t: Ui }): ReactNode {
  const failed = result.comparisons.filter((c) => !c.ok);
  return (
    <li className={result.ok ? styles.pass : styles.fail} data-ok={result.ok ? 'true' : 'false'}>
      <span aria-hidden="true">{result.ok ? '✔' : '✘'}</span>{' '}
      <span className={styles.visuallyHidden}>{result.ok ? t.passed : t.failed} </span>
      {result.name}
      {!result.ok && result.failure !== null && (
        <p className={styles.failure}>
          {t.raised} <code>{result.failure}</code>
        </p>
      )}
      {failed.length > 0 && (
        <dl className={styles.details}>
          {failed.map((c, i) => (
            <React.Fragment key={i}>
              <dt>{c.label}</dt>
              {(c.expected !== '' || c.got !== '') && (
                <dd>
                  <div>
                    {t.expected}: <code>{c.expected}</code>
                  </div>
                  <div>
                    {t.got}: <code>{c.got}</code>
                  </div>
                </dd>
              )}
            </React.Fragment>
          ))}
        </dl>
      )}
      {!result.ok && hasDiagnostics(result.errors) && (
        <details className={styles.log}>
          <summary>{t.log}</summary>
          <pre>{result.errors}</pre>
        </details>
      )}
    </li>
  );
}

function ResultView({ result, t }: { result: CheckResult; t: Ui }): ReactNode {
  if (result.problem !== null) {
    return (
      <p className={styles.problem} role="alert">
        ✘ {result.problem}
      </p>
    );
  }
  const total = result.cases.length;
  return (
    <div aria-live="polite">
      <p className={result.passed === total ? styles.summaryOk : styles.summary}>
        {t.summary(result.passed, total)}
        {result.passed === total ? ` — ${t.allPassed}` : ''}
      </p>
      <ul className={styles.cases}>
        {result.cases.map((c, i) => (
          <CaseView key={i} result={c} t={t} />
        ))}
      </ul>
    </div>
  );
}

export default function HomeworkChecker({ exercise: id }: { exercise: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale: Locale = i18n.currentLocale === 'en' ? 'en' : 'es';
  const t = UI[locale];
  const exercise = EXERCISES[id];
  const [code, setCode] = useState(exercise?.starter[locale] ?? '');
  const [result, setResult] = useState<CheckResult | null>(null);
  const [running, setRunning] = useState(false);
  const [solutionShown, setSolutionShown] = useState(false);
  if (!exercise) return <p className={styles.problem}>{t.unknown(id)}</p>;

  const check = async (): Promise<void> => {
    setRunning(true);
    try {
      const { runExercise } = await import(/* webpackChunkName: "homework-checker" */ './check');
      setResult(runExercise(exercise, code, locale));
    } catch (error) {
      setResult({ problem: `${t.loadFailed}: ${String(error)}`, cases: [], passed: 0 });
    } finally {
      setRunning(false);
    }
  };

  const lines = code.split('\n').length;
  return (
    <div className={styles.checker} data-exercise={exercise.id}>
      <label className={styles.label} htmlFor={`tarea-${exercise.id}`}>
        {t.editor(exercise.title[locale])}
      </label>
      <textarea
        id={`tarea-${exercise.id}`}
        className={styles.editor}
        value={code}
        rows={Math.min(Math.max(lines + 1, 8), 30)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        onChange={(event) => setCode(event.target.value)}
        onKeyDown={(event) => insertSpaces(event, setCode)}
      />
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={() => void check()} disabled={running}>
          {running ? t.checking : t.check}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setCode(exercise.starter[locale])}>
          {t.reset}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={solutionShown}
          onClick={() => setSolutionShown(!solutionShown)}
        >
          {solutionShown ? t.hideSolution : t.showSolution}
        </button>
      </div>
      {result && <ResultView result={result} t={t} />}
      {solutionShown && (
        <div className={styles.solution}>
          <p className={styles.label}>{t.solution}</p>
          <pre>
            <code>{exercise.solution[locale]}</code>
          </pre>
          <button type="button" className="button button--sm button--outline button--primary" onClick={() => setCode(exercise.solution[locale])}>
            {t.useSolution}
          </button>
        </div>
      )}
    </div>
  );
}
