/**
 * A guide's ```python block that runs on CPython 3.14 in the page: the
 * code is editable, "Ejecutar en Python" loads CPython on first use (with
 * its progress) and shows stdout, stderr and the traceback as Python
 * prints them. A `norun` block says why it does not run. Loaded in its own
 * chunk, only on pages with Python blocks; Pyodide itself only on click.
 */
import React, { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Editor } from 'react-live';
import { usePrismTheme } from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import runnerSource from '../../python/runner.py';
import { runBlockWith, type PythonRun } from '../../python/blockRunner';
import { parsePythonMeta } from './meta';
import { pythonMessages, type PythonLocale } from './messages';
import { preludeOf, registerBlock, type RegisteredBlock } from './registry';
import { LoadStatus, Unavailable } from './LoadStatus';
import { RunOutput } from './RunOutput';
import { usePython } from './usePython';
import styles from './styles.module.css';

export interface PythonBlockProps {
  code: string;
  metastring?: string;
  title?: ReactNode;
}

export function usePythonMessages() {
  const { i18n } = useDocusaurusContext();
  const locale: PythonLocale = i18n.currentLocale === 'en' ? 'en' : 'es';
  return pythonMessages(locale);
}

export default function PythonBlock({ code: original, metastring, title }: PythonBlockProps): ReactNode {
  const t = usePythonMessages();
  const theme = usePrismTheme();
  const meta = useMemo(() => parsePythonMeta(metastring), [metastring]);
  const initial = original.replace(/\n$/, '');
  const [code, setCode] = useState(initial);
  const [run, setRun] = useState<PythonRun | undefined>();
  const [version, setVersion] = useState(0);
  const { progress, failure, busy, withPython } = usePython();
  const root = useRef<HTMLDivElement>(null);
  const codeRef = useRef(code);
  codeRef.current = code;
  const block = useRef<RegisteredBlock | undefined>(undefined);
  // Tab indents in the editor; after Esc the next Tab leaves it (no keyboard trap).
  const released = useRef(false);
  const onKeyDownCapture = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape') released.current = true;
    else if (event.key === 'Tab' && released.current) {
      event.stopPropagation(); // the editor's own Tab handler never sees it: focus moves on
      released.current = false;
    } else if (event.key !== 'Shift') released.current = false;
  };

  useEffect(() => {
    // The editor is a contenteditable <pre>: give it a name and a role.
    const editable = root.current?.querySelector('[contenteditable]');
    editable?.setAttribute('role', 'textbox');
    editable?.setAttribute('aria-multiline', 'true');
    editable?.setAttribute('aria-label', t.editorLabel);
  }, [version, t.editorLabel]);

  useEffect(() => {
    if (!root.current) return undefined;
    block.current = { element: root.current, code: () => codeRef.current, continues: meta.continues };
    return registerBlock(block.current);
  }, [meta.continues]);

  const execute = async (): Promise<void> => {
    const prelude = block.current ? preludeOf(block.current) : [];
    const result = await withPython((py) => runBlockWith(py, runnerSource, codeRef.current, { prelude }));
    if (result) setRun(result);
  };

  return (
    <div ref={root} className={styles.block} data-python-block="" role="group" aria-label={t.blockLabel}>
      {title !== undefined && <div className={styles.title}>{title}</div>}
      <div onKeyDownCapture={onKeyDownCapture}>
      <Editor
        key={version}
        className={styles.editor}
        code={initial}
        language="python"
        theme={theme}
        onChange={setCode}
      />
      </div>
      <div className={styles.toolbar}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={execute}
          disabled={busy}
          data-python-run="">
          {busy ? t.running : t.run}
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => {
            setCode(initial);
            setRun(undefined);
            setVersion((v) => v + 1);
          }}
          disabled={busy || code === initial}>
          {t.reset}
        </button>
      </div>
      <p className={styles.note}>
        {meta.continues ? `${t.continues} ${t.hint}` : t.hint} {t.keyboard}
      </p>
      <div aria-live="polite" className={styles.live}>
        <LoadStatus progress={progress} t={t} />
        {failure !== undefined && <Unavailable error={failure} t={t} />}
        {run && <RunOutput run={run} t={t} />}
      </div>
    </div>
  );
}
