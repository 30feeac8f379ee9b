/// <reference types="@docusaurus/theme-live-codeblock" />
/**
 * Code blocks: a `live` block loads the playground (react-live, sucrase,
 * acorn, the lib) in its own chunk, only in the browser and only on pages
 * that have one; every other block is the classic theme's CodeBlock, so a
 * page without live blocks ships none of that JavaScript.
 *
 * This replaces the live-codeblock theme's wrapper, which imports the
 * playground eagerly. Until the chunk arrives (and in the static HTML)
 * the block shows its code, read-only, with a loading note.
 */
import React, { lazy, Suspense, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import OriginalCodeBlock from '@theme-init/CodeBlock';
import type { Props } from '@theme/CodeBlock';
import { hasMetaWord } from '@site/src/live/meta';
import { liveMessages } from '@site/src/live/locale';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

const LiveCodeBlock = lazy(
  () => import(/* webpackChunkName: "live-codeblock" */ '@theme/LiveCodeBlock'),
);

function isLive(props: Props): props is Props & { children?: string } {
  const live = Boolean((props as { live?: boolean }).live) || hasMetaWord(props.metastring, 'live');
  return live && (props.children === undefined || typeof props.children === 'string');
}

function Loading(props: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const t = liveMessages(i18n.currentLocale === 'en' ? 'en' : 'es');
  return (
    <div className={styles.loading} data-live-loading="">
      <OriginalCodeBlock {...props} />
      <p className={styles.note} aria-live="polite">
        {t.loading}
      </p>
    </div>
  );
}

export default function CodeBlock(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isLive(props)) return <OriginalCodeBlock {...props} />;
  const fallback = <Loading {...props} />;
  if (!isBrowser) return fallback;
  return (
    <Suspense fallback={fallback}>
      <LiveCodeBlock {...props} />
    </Suspense>
  );
}
