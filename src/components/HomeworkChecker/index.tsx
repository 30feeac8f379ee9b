/**
 * A homework exercise in the page: the reader picks TypeScript or Python,
 * edits the starting code, and "Comprobar" runs it against the exercise's
 * test requests (the checker is loaded on the first click, in its own
 * chunk; Python's runtime only on the first Python check, with a progress
 * indicator) and shows each test with ✔/✘ and, for a failure, the expected
 * and obtained values and the exception that stopped it. "Ver solución"
 * reveals the solution in the chosen language.
 */
import React, { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { EXERCISES, type Exercise, type Language, type Locale } from './exercises';
import { PYTHON_EXERCISES } from './pythonExercises';
import type { CaseResult, CheckResult } from './check';
import type { LoadProgress } from '../../python/runtime';
import styles from './styles.module.css';

const LANGUAGES: readonly Language[] = ['typescript', 'python'];
const LANGUAGE_NAMES: Record<Language, string> = { typescript: 'TypeScript', python: 'Python' };
/** What the Tab key inserts: each language's usual indentation step. */
const INDENT: Record<Language, string> = { typescript: '  ', python: '    ' };

function megabytes(bytes: number, locale: Locale): string {
  return (bytes / 1e6).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

const UI = {
  es: {
    language: 'Lenguaje de tu solución',
    editor: (title: string, language: string) => `Tu código en ${language}: ${title}`,
    editorHint: 'Tab sangra el código; para salir del editor con el teclado, pulsa Esc y luego Tab.',
    pythonNote:
      'Se comprueba con CPython 3.14 en la página: la primera vez se descarga desde este sitio (unos 13 MB) y después se reutiliza.',
    check: 'Comprobar',
    checking: 'Comprobando…',
    reset: 'Volver al código inicial',
    showSolution: 'Ver solución',
    hideSolution: 'Ocultar solución',
    useSolution: 'Copiar la solución al editor',
    solution: (language: string) => `Solución en ${language}`,
    summary: (passed: number, total: number) => `${passed} de ${total} pruebas superadas`,
    allPassed: '¡Todo correcto!',
    expected: 'Esperado',
    got: 'Obtenido',
    log: 'wsgi.errors',
    printed: 'Lo que imprimió tu código',
    raised: 'Excepción lanzada:',
    passed: 'Superada:',
    failed: 'Fallida:',
    downloading: 'Descargando Python (CPython 3.14)…',
    downloadLabel: 'Descarga de Python',
    downloaded: (loaded: string, total: string) => `${loaded} de ${total} MB`,
    starting: 'Arrancando Python…',
    loadFailed: 'No se pudo cargar el comprobador',
    unknown: (id: string) => `Ejercicio desconocido: ${id}`,
  },
  en: {
    language: 'Language of your solution',
    editor: (title: string, language: string) => `Your code in ${language}: ${title}`,
    editorHint: 'Tab indents the code; to leave the editor with the keyboard, press Esc and then Tab.',
    pythonNote:
      'Checked with CPython 3.14 in the page: the first time it is downloaded from this site (about 13 MB), then reused.',
    check: 'Check',
    checking: 'Checking…',
    reset: 'Back to the starting code',
    showSolution: 'Show solution',
    hideSolution: 'Hide solution',
    useSolution: 'Copy the solution into the editor',
    solution: (language: string) => `Solution in ${language}`,
    summary: (passed: number, total: number) => `${passed} of ${total} tests passed`,
    allPassed: 'All correct!',
    expected: 'Expected',
    got: 'Got',
    log: 'wsgi.errors',
    printed: 'What your code printed',
    raised: 'Exception raised:',
    passed: 'Passed:',
    failed: 'Failed:',
    downloading: 'Downloading Python (CPython 3.14)…',
    downloadLabel: 'Python download',
    downloaded: (loaded: string, total: string) => `${loaded} of ${total} MB`,
    starting: 'Starting Python…',
    loadFailed: 'The checker could not be loaded',
    unknown: (id: string) => `Unknown exercise: ${id}`,
  },
} as const;

type Ui = (typeof UI)[Locale];

function starterFor(exercise: Exercise | undefined, language: Language, locale: Locale): string {
  if (exercise === undefined) return '';
  return language === 'python' ? (PYTHON_EXERCISES[exercise.id]?.starter[locale] ?? '') : exercise.starter[locale];
}

function solutionFor(exercise: Exercise, language: Language, locale: Locale): string {
  return language === 'python' ? (PYTHON_EXERCISES[exercise.id]?.solution[locale] ?? '') : exercise.solution[locale];
}

/**
 * Tab indents instead of leaving the textarea; after Esc, the next Tab
 * leaves it as usual, so keyboard users are never trapped.
 */
function useIndentingTab(indent: string, setCode: (code: string) => void) {
  const released = useRef(false);
  return (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Escape') {
      released.current = true;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || released.current) {
      released.current = false;
      return;
    }
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd, value } = area;
    setCode(`${value.slice(0, selectionStart)}${indent}${value.slice(selectionEnd)}`);
    requestAnimationFrame(() => {
      area.selectionStart = selectionStart + indent.length;
      area.selectionEnd = selectionStart + indent.length;
    });
  };
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
        <p className={styles.failure} data-failure="">
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
      {result.printed && (
        <details className={styles.log}>
          <summary>{t.printed}</summary>
          <pre>{result.printed}</pre>
        </details>
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
    <div data-result="">
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

function LoadingView({ progress, t, locale }: { progress: LoadProgress; t: Ui; locale: Locale }): ReactNode {
  if (progress.phase !== 'download') return <p className={styles.loading}>{t.starting}</p>;
  return (
    <div className={styles.loading}>
      <p>{t.downloading}</p>
      <progress max={progress.total} value={progress.loaded} aria-label={t.downloadLabel} />{' '}
      <span aria-hidden="true">
        {t.downloaded(megabytes(progress.loaded, locale), megabytes(progress.total, locale))}
      </span>
    </div>
  );
}

function LanguagePicker(props: {
  name: string;
  value: Language;
  onChange: (language: Language) => void;
  t: Ui;
}): ReactNode {
  return (
    <fieldset className={styles.languages}>
      <legend className={styles.label}>{props.t.language}</legend>
      {LANGUAGES.map((language) => (
        <label key={language} className={styles.language}>
          <input
            type="radio"
            name={props.name}
            value={language}
            checked={props.value === language}
            onChange={() => props.onChange(language)}
          />{' '}
          {LANGUAGE_NAMES[language]}
        </label>
      ))}
    </fieldset>
  );
}

type PerLanguage<T> = Record<Language, T>;

export default function HomeworkChecker({ exercise: id }: { exercise: string }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale: Locale = i18n.currentLocale === 'en' ? 'en' : 'es';
  const t = UI[locale];
  const exercise = EXERCISES[id];
  const [language, setLanguage] = useState<Language>('typescript');
  const [codes, setCodes] = useState<PerLanguage<string>>(() => ({
    typescript: starterFor(exercise, 'typescript', locale),
    python: starterFor(exercise, 'python', locale),
  }));
  const [results, setResults] = useState<PerLanguage<CheckResult | null>>({ typescript: null, python: null });
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [solutionShown, setSolutionShown] = useState(false);
  // How many checks have finished (the browser tests wait on it).
  const [checks, setChecks] = useState(0);
  const code = codes[language];
  const setCode = (next: string): void => setCodes((all) => ({ ...all, [language]: next }));
  const onKeyDown = useIndentingTab(INDENT[language], setCode);
  if (!exercise) return <p className={styles.problem}>{t.unknown(id)}</p>;

  const run = async (): Promise<CheckResult> => {
    if (language === 'typescript') {
      const { runExercise } = await import(/* webpackChunkName: "homework-checker" */ './check');
      return runExercise(exercise, code, locale);
    }
    const { checkPython } = await import(/* webpackChunkName: "homework-python" */ './pythonPage');
    const result = await checkPython(exercise, code, locale, (p) => setProgress(p.phase === 'ready' ? null : p));
    setProgress(null);
    return result;
  };

  const check = async (): Promise<void> => {
    const checked = language;
    setRunning(true);
    try {
      // Let "Comprobando…" paint before a synchronous run takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const result = await run();
      setResults((all) => ({ ...all, [checked]: result }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setResults((all) => ({ ...all, [checked]: { problem: `${t.loadFailed}: ${message}`, cases: [], passed: 0 } }));
    } finally {
      setProgress(null);
      setRunning(false);
      setChecks((n) => n + 1);
    }
  };

  const editorId = `tarea-${exercise.id}`;
  const hintId = `${editorId}-ayuda`;
  const result = results[language];
  const lines = code.split('\n').length;
  return (
    <div className={styles.checker} data-exercise={exercise.id} data-language={language} data-checks={checks}>
      <LanguagePicker name={`${editorId}-lenguaje`} value={language} onChange={setLanguage} t={t} />
      <label className={styles.label} htmlFor={editorId}>
        {t.editor(exercise.title[locale], LANGUAGE_NAMES[language])}
      </label>
      <textarea
        id={editorId}
        className={styles.editor}
        value={code}
        rows={Math.min(Math.max(lines + 1, 8), 30)}
        spellCheck={false}
        wrap="off"
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={hintId}
        onChange={(event) => setCode(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className={styles.hint}>
        {t.editorHint}
        {language === 'python' ? ` ${t.pythonNote}` : ''}
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={() => void check()} disabled={running}>
          {running ? t.checking : t.check}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setCode(starterFor(exercise, language, locale))}
        >
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
      <div aria-live="polite" aria-busy={running}>
        {progress && <LoadingView progress={progress} t={t} locale={locale} />}
        {result && !running && <ResultView result={result} t={t} />}
      </div>
      {solutionShown && (
        <div className={styles.solution}>
          <p className={styles.label}>{t.solution(LANGUAGE_NAMES[language])}</p>
          <pre>
            <code>{solutionFor(exercise, language, locale)}</code>
          </pre>
          <button
            type="button"
            className="button button--sm button--outline button--primary"
            onClick={() => setCode(solutionFor(exercise, language, locale))}
          >
            {t.useSolution}
          </button>
        </div>
      )}
    </div>
  );
}
