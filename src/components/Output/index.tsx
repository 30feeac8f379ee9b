/**
 * `<Output>`: shows any value a live example produces. Strings print as
 * they are; byte strings show their UTF-8 text and their bytes in Python's
 * `b'…'` notation; arrays, objects, `Headers`, Maps, Sets and Errors are
 * pretty-printed; a React element is rendered.
 *
 *     <Output>{headers.toString()}</Output>
 *     <Output label="Cuerpo">{bytes('¡Hola!\r\n')}</Output>
 *     <Output value={[1, 2]} />   // exact value, whatever JSX does to children
 */
import React, { isValidElement, type ReactNode } from 'react';
import { useLiveMessages } from '../../live/locale';
import { bytesRepr } from '../../live/escape';
import { formatTopLevel } from './format';
import styles from './styles.module.css';

export interface OutputProps {
  /** What to show (several JSX children arrive as an array). */
  children?: unknown;
  /** What to show, taken as it is; wins over `children`. */
  value?: unknown;
  /** A short title above the value. */
  label?: ReactNode;
}

function BytesView({ data }: { data: Uint8Array }): ReactNode {
  const t = useLiveMessages();
  return (
    <div className={styles.bytes}>
      <div className={styles.caption}>
        {t.textLabel} · {t.bytesCount(data.length)}
      </div>
      <pre className={styles.pre}>{new TextDecoder().decode(data)}</pre>
      <div className={styles.caption}>{t.bytesLabel}</div>
      <pre className={styles.pre}>{bytesRepr(data)}</pre>
    </div>
  );
}

function ValueView({ value }: { value: unknown }): ReactNode {
  const t = useLiveMessages();
  if (isValidElement(value)) return <>{value}</>;
  if (value instanceof Uint8Array) return <BytesView data={value} />;
  if (value === '') return <pre className={`${styles.pre} ${styles.muted}`}>{t.emptyString}</pre>;
  const isError = value instanceof Error;
  return (
    <pre className={isError ? `${styles.pre} ${styles.error}` : styles.pre}>
      {formatTopLevel(value)}
    </pre>
  );
}

export default function Output({ children, value, label }: OutputProps): ReactNode {
  const shown = value !== undefined ? value : children;
  return (
    <div className={styles.output} data-live-output="">
      {label !== undefined && <div className={styles.label}>{label}</div>}
      <ValueView value={shown} />
    </div>
  );
}
