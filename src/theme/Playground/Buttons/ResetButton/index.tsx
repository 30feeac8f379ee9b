/**
 * The live editor's reset button, named by its visible (translated) text:
 * the theme's own button carries a fixed English aria-label ("Reset code
 * to original") that hides the Spanish label from screen readers and
 * fails WCAG 2.5.3 (label in name).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { usePlayground } from '@docusaurus/theme-live-codeblock/client';
import styles from './styles.module.css';

export default function ResetButton({ className }: { className?: string }): ReactNode {
  const { reset } = usePlayground();
  return (
    <button
      type="button"
      title={translate({ id: 'live.reset.title', message: 'Vuelve al código original del ejemplo' })}
      className={clsx('clean-btn', className, styles.resetButton)}
      onClick={() => reset()}>
      <svg className={styles.icon} viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
        <path d="M8 3a5 5 0 1 0 4.546 2.914.5.5 0 0 1 .908-.417A6 6 0 1 1 8 2v1z" />
        <path d="M8 4.466V.534a.25.25 0 0 1 .41-.192l2.36 1.966c.12.1.12.284 0 .384L8.41 4.658A.25.25 0 0 1 8 4.466z" />
      </svg>
      <Translate id="theme.Playground.buttons.reset">Restablecer</Translate>
    </button>
  );
}
