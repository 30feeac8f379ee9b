/** stdout, stderr and the traceback of one run, as Python printed them. */
import React, { type ReactNode } from 'react';
import type { PythonRun } from '../../python/blockRunner';
import type { PythonMessages } from './messages';
import styles from './styles.module.css';

export function RunOutput({ run, t }: { run: PythonRun; t: PythonMessages }): ReactNode {
  const empty = !run.stdout && !run.stderr && !run.traceback;
  return (
    <div className={styles.output} data-python-output="">
      {empty && <pre className={`${styles.pre} ${styles.muted}`}>{t.noOutput}</pre>}
      {run.stdout && (
        <>
          <div className={styles.caption}>{t.stdout}</div>
          <pre className={styles.pre} data-python-stdout="">
            {run.stdout}
          </pre>
        </>
      )}
      {run.stderr && (
        <>
          <div className={styles.caption}>{t.stderr}</div>
          <pre className={`${styles.pre} ${styles.stderr}`} data-python-stderr="">
            {run.stderr}
          </pre>
        </>
      )}
      {run.exitCode !== undefined && run.exitCode !== 0 && (
        <p className={styles.note} data-python-exit={run.exitCode}>
          {t.exited(run.exitCode)}
        </p>
      )}
      {run.traceback && (
        <>
          <div className={styles.caption}>{t.traceback}</div>
          <pre className={`${styles.pre} ${styles.traceback}`} data-python-traceback="">
            {run.traceback}
          </pre>
        </>
      )}
    </div>
  );
}
