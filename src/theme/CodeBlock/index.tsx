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
import { parsePythonMeta } from '@site/src/components/PythonBlock/meta';
import { pythonMessages } from '@site/src/components/PythonBlock/messages';
import styles from './styles.module.css';

const LiveCodeBlock = lazy(
  () => import(/* webpackChunkName: "live-codeblock" */ '@theme/LiveCodeBlock'),
);

// A ```python block runs on CPython in the page (src/components/PythonBlock);
// its chunk loads only on pages that have one, and Pyodide only on click.
const PythonBlock = lazy(
  () => import(/* webpackChunkName: "python-block" */ '@site/src/components/PythonBlock'),
);

function isPython(props: Props): props is Props & { children: string } {
  const language = props.language ?? /language-(\S+)/.exec(props.className ?? '')?.[1];
  return (language === 'python' || language === 'py') && typeof props.children === 'string';
}

function PythonCodeBlock(props: Props & { children: string }): ReactNode {
  const isBrowser = useIsBrowser();
  const meta = parsePythonMeta(props.metastring);
  const { i18n } = useDocusaurusContext();
  const t = pythonMessages(i18n.currentLocale === 'en' ? 'en' : 'es');
  if (meta.noRun) {
    return (
      <div className={styles.loading} data-python-norun={meta.noRun}>
        <OriginalCodeBlock {...props} />
        <p className={styles.note}>{t.noRun[meta.noRun]}</p>
      </div>
    );
  }
  const fallback = <OriginalCodeBlock {...props} />;
  if (!isBrowser) return fallback;
  return (
    <Suspense fallback={fallback}>
      <PythonBlock code={props.children} metastring={props.metastring} title={props.title} />
    </Suspense>
  );
}

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
  if (isPython(props)) return <PythonCodeBlock {...props} />;
  if (!isLive(props)) return <OriginalCodeBlock {...props} />;
  const fallback = <Loading {...props} />;
  if (!isBrowser) return fallback;
  return (
    <Suspense fallback={fallback}>
      <LiveCodeBlock {...props} />
    </Suspense>
  );
}
