/**
 * The CPython comparison of an <HttpExchange twin="…">: the same raw
 * request answered by the twin's `app` under CPython 3.14's own wsgiref
 * (in the page, through Pyodide) and by the port, side by side, with a
 * byte diff that ignores only Date and the Server version. Once compared,
 * it follows the request and the example as the reader edits them.
 */
import React, { useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import exchangeSource from '../../python/wsgiref_exchange.py';
import twinSource from '../../python/twin.py';
import { TWINS } from '../../python/twins';
import { serveTwin, type TwinAnswer, type TwinOptions } from '../../python/twinExchange';
import { compareResponses, type ByteComparison } from '../../python/compareBytes';
import { usePython } from '../PythonBlock/usePython';
import { pythonMessages } from '../PythonBlock/messages';
import { LoadStatus, Unavailable } from '../PythonBlock/LoadStatus';
import { LiveLocaleContext } from '../../live/locale';
import { encodeLatin1 } from '../../../lib/internal/latin1';
import { showLineEnds } from '../../live/escape';
import { compareMessages } from './compareMessages';
import styles from './styles.module.css';

export interface CompareProps {
  twin: string;
  /** The raw request both receive. */
  request: string;
  /** The port's response bytes (undefined when its exchange threw). */
  portResponse?: Uint8Array;
  options?: TwinOptions;
  knownDifference?: ReactNode;
}

interface Compared {
  answer: TwinAnswer;
  comparison?: ByteComparison;
}

function Column({ title, lines, side, t }: {
  title: string;
  lines: ByteComparison['lines'];
  side: 'python' | 'port';
  t: ReturnType<typeof compareMessages>;
}): ReactNode {
  return (
    <div className={styles.compareColumn} data-compare-side={side}>
      <div className={styles.caption}>{title}</div>
      <pre className={styles.pre}>
        {lines.map((line, index) => {
          const text = showLineEnds(side === 'python' ? line.python : line.port);
          return line.same ? (
            <span key={index}>{text}</span>
          ) : (
            <mark key={index} className={styles.diffLine} title={t.differentLine}>
              {text}
            </mark>
          );
        })}
      </pre>
    </div>
  );
}

export default function Compare({ twin, request, portResponse, options, knownDifference }: CompareProps): ReactNode {
  const locale = useContext(LiveLocaleContext);
  const t = compareMessages(locale);
  const pt = pythonMessages(locale);
  const source = TWINS[twin];
  const { progress, failure, busy, withPython } = usePython();
  const [compared, setCompared] = useState<Compared | undefined>();
  const [active, setActive] = useState(false);

  const compare = useCallback(async () => {
    if (source === undefined) return;
    const answer = await withPython((py) =>
      serveTwin(py, { exchange: exchangeSource, twin: twinSource }, source, encodeLatin1(request), options),
    );
    if (!answer) return;
    const comparison =
      answer.traceback === undefined && portResponse ? compareResponses(answer.response, portResponse) : undefined;
    setCompared({ answer, comparison });
    setActive(true);
  }, [source, request, portResponse, options, withPython]);

  // Once the reader has compared, edits to the request or the example compare again.
  useEffect(() => {
    if (active) void compare();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, portResponse]);

  if (source === undefined) {
    return <p className={styles.compareDiffer}>{t.noTwin(twin)}</p>;
  }
  const comparison = compared?.comparison;
  const differLine = comparison && !comparison.same ? comparison.lines.findIndex((line) => !line.same) + 1 : 0;
  return (
    <section className={styles.compare} data-compare="" aria-label={t.heading}>
      <h4 className={styles.heading}>{t.heading}</h4>
      <p className={styles.note}>{t.intro}</p>
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={() => void compare()}
        disabled={busy}
        data-compare-run="">
        {compared ? t.again : t.button}
      </button>
      <details className={styles.raw}>
        <summary>{t.twinSource}</summary>
        <pre className={styles.pre} data-twin-source="">
          {source}
        </pre>
      </details>
      <div aria-live="polite">
        <LoadStatus progress={progress} t={pt} />
        {failure !== undefined && <Unavailable error={failure} t={pt} />}
        {compared?.answer.traceback !== undefined && (
          <>
            <div className={styles.caption}>{t.twinFailed}</div>
            <pre className={`${styles.pre} ${styles.errorLog}`}>{compared?.answer.traceback}</pre>
          </>
        )}
        {comparison && (
          <p
            className={comparison.same ? styles.compareSame : styles.compareDiffer}
            data-compare-verdict={comparison.same ? 'same' : 'differ'}>
            {comparison.same ? `✔ ${t.same}` : `✘ ${t.differ(comparison.firstDifference ?? 0, differLine)}`}
          </p>
        )}
        {comparison && !comparison.same && knownDifference !== undefined && (
          <p className={styles.note} data-compare-known="">
            {t.known} {knownDifference}
          </p>
        )}
      </div>
      {comparison && (
        <div className={styles.compareColumns}>
          <Column title={t.python} lines={comparison.lines} side="python" t={t} />
          <Column title={t.port} lines={comparison.lines} side="port" t={t} />
        </div>
      )}
      {compared && compared.answer.errors && (
        <details className={styles.raw}>
          <summary>{t.pythonLog}</summary>
          <pre className={styles.pre} data-compare-python-log="">
            {compared.answer.errors}
          </pre>
        </details>
      )}
    </section>
  );
}
