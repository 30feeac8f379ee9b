/**
 * The box a live example shows instead of its result when it fails:
 * a heading ("Error en el ejemplo"), the error's name and message, and a
 * hint for the common cases.
 */
import React, { type ReactNode } from 'react';
import { describeLiveError } from './formatError';
import { useLiveMessages } from './locale';
import styles from './ErrorPanel.module.css';

export interface ErrorPanelProps {
  /** An Error, or the text react-live reports. */
  error: unknown;
  /** Heading; defaults to "Error en el ejemplo". */
  title?: ReactNode;
}

export default function ErrorPanel({ error, title }: ErrorPanelProps): ReactNode {
  const t = useLiveMessages();
  const view = describeLiveError(error);
  return (
    <div className={styles.panel} role="alert" data-live-error="">
      <div className={styles.title}>{title ?? t.errorTitle}</div>
      <pre className={styles.message}>
        <strong>{view.name}</strong>: {view.message}
      </pre>
      {view.hint && <p className={styles.hint}>{view.hint}</p>}
    </div>
  );
}
