/// <reference types="@docusaurus/theme-live-codeblock" />
/**
 * Our live playground: the theme's own pieces (editor, reset button,
 * layout), with our code transform (types, JSX, loop guard, statements
 * before the final expression) and the UI locale for the live components.
 * Only the lazy chunk of `@theme/CodeBlock` reaches this file.
 */
import React, { useId, useMemo, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import PlaygroundProvider from '@theme/Playground/Provider';
import PlaygroundContainer from '@theme/Playground/Container';
import PlaygroundLayout from '@theme/Playground/Layout';
import type { Props } from '@theme/Playground';
import { makeTransformCode } from '@site/src/live/transformCode';
import { LiveLocaleContext, liveMessages, type LiveLocale } from '@site/src/live/locale';
import { useEditorKeyboard } from '@site/src/live/editorKeyboard';
import styles from './styles.module.css';
import { hasMetaWord } from '@site/src/live/meta';

export default function Playground({
  children,
  transformCode: _ignored,
  position,
  ...props
}: Props): ReactNode {
  const noInline = hasMetaWord(props.metastring, 'noInline');
  const transformCode = useMemo(() => makeTransformCode({ noInline }), [noInline]);
  const { i18n } = useDocusaurusContext();
  const locale: LiveLocale = i18n.currentLocale === 'en' ? 'en' : 'es';
  const t = liveMessages(locale);
  const hintId = useId();
  const keyboard = useEditorKeyboard(t.editorLabel, hintId);
  return (
    <LiveLocaleContext.Provider value={locale}>
      <div
        ref={keyboard.ref}
        onKeyDown={keyboard.onKeyDown}
        className={styles.playground}
        data-live-playground=""
        data-no-inline={noInline ? '' : undefined}
        data-shows-error={hasMetaWord(props.metastring, 'showsError') ? '' : undefined}>
        <PlaygroundContainer>
          <PlaygroundProvider
            code={children}
            {...props}
            noInline={noInline}
            transformCode={transformCode}>
            <PlaygroundLayout position={position} />
          </PlaygroundProvider>
        </PlaygroundContainer>
        <p id={hintId} className={styles.keysHint}>
          {t.editorKeys}
        </p>
      </div>
    </LiveLocaleContext.Provider>
  );
}
