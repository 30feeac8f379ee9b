/** The download / start-up indicator of CPython, and why it cannot start (file://, network). */
import React, { type ReactNode } from 'react';
import type { LoadProgress } from '../../python/runtime';
import type { PythonMessages } from './messages';
import styles from './styles.module.css';

export function LoadStatus({ progress, t }: { progress?: LoadProgress; t: PythonMessages }): ReactNode {
  if (!progress || progress.phase === 'ready') return null;
  const text = progress.phase === 'download' ? t.downloading(progress.loaded, progress.total) : t.starting;
  return (
    <div className={styles.progress} data-python-progress={progress.phase}>
      <progress
        aria-label={t.progressLabel}
        max={progress.total || 1}
        value={progress.phase === 'download' ? progress.loaded : undefined}
      />
      <span>{text}</span>
    </div>
  );
}

export function Unavailable({ error, t }: { error: unknown; t: PythonMessages }): ReactNode {
  const message = error instanceof Error ? error.message : String(error);
  const reason = (error as { reason?: string } | null)?.reason;
  return (
    <div className={styles.unavailable} role="alert" data-python-unavailable={reason ?? ''}>
      <strong>{t.unavailable}</strong>
      <p>{message}</p>
    </div>
  );
}
