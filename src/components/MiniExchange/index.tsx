/**
 * The home page's exchange: the reader edits a raw HTTP request and sees
 * the exact bytes the port's wsgiref answers with (lib/exchange, the same
 * code as simple_server), `\r\n` shown as such, the body read as UTF-8. The answer is computed in
 * the browser only: its Date header would differ from a build-time one.
 */
import React, { useMemo, useState, type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { exchange } from '../../../lib/exchange';
import { showLineEnds } from '../../live/escape';
import { toEditable, toWire } from '../HttpExchange/parseResponse';
import { helloApp } from './helloApp';
import styles from './styles.module.css';

export interface MiniExchangeLabels {
  request: string;
  response: string;
  pending: string;
}

const START = 'GET /?nombre=Ada HTTP/1.1\r\nHost: localhost\r\n\r\n';

function answer(request: string): string {
  try {
    // The head is ASCII; the body is UTF-8 text, shown as such.
    return showLineEnds(new TextDecoder().decode(exchange(helloApp, request).response));
  } catch (error) {
    return String(error);
  }
}

export default function MiniExchange({ labels }: { labels: MiniExchangeLabels }): ReactNode {
  const isBrowser = useIsBrowser();
  const [draft, setDraft] = useState(() => toEditable(START));
  const wire = toWire(draft, true);
  const response = useMemo(() => (isBrowser ? answer(wire) : labels.pending), [isBrowser, wire, labels.pending]);
  return (
    <div className={styles.exchange} data-mini-exchange="">
      <label className={styles.label} htmlFor="mini-exchange-request">
        {labels.request}
      </label>
      <textarea
        id="mini-exchange-request"
        className={styles.request}
        value={draft}
        rows={4}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className={styles.label} id="mini-exchange-response">
        {labels.response}
      </div>
      <pre className={styles.response} aria-labelledby="mini-exchange-response" tabIndex={0} data-mini-response="">
        {response}
      </pre>
    </div>
  );
}
