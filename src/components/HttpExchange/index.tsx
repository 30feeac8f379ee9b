/**
 * `<HttpExchange app={app} />`: runs a WSGI application in the page, the
 * way `wsgiref.simple_server` would answer one request, and shows the raw
 * request, the status line, the headers, the body (text and bytes) and
 * what went to `wsgi.errors`. With `editable`, the reader types the raw
 * request. Errors stay inside the component.
 */
import React, { useMemo, useState, type ReactNode } from 'react';
import { exchange, type ExchangeOptions, type ExchangeResult } from '../../../lib/exchange';
import type { WSGIApplication } from '../../../lib/types';
import { decodeLatin1 } from '../../../lib/internal/latin1';
import { bytesRepr, showLineEnds } from '../../live/escape';
import { useLiveMessages, type LiveMessages } from '../../live/locale';
import ErrorPanel from '../../live/ErrorPanel';
import { parseResponse, toEditable, toWire, usesBareLf } from './parseResponse';
import Compare from './Compare';
import { reportTwinUse } from './twinLog';
import styles from './styles.module.css';

export const DEFAULT_REQUEST = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n';

export interface HttpExchangeProps {
  /** The WSGI application that answers. */
  app: WSGIApplication;
  /** The raw request; `\r\n` ends each line. */
  request?: string;
  /** Lets the reader edit the request in a text area. */
  editable?: boolean;
  /** Passed to `exchange()` (server name, port, body limit…). */
  options?: ExchangeOptions;
  /** A title above the exchange. */
  title?: ReactNode;
  /**
   * The example's Python twin (a file of src/python/twins/): offers to send
   * the same request to it under CPython's wsgiref and compare the bytes.
   */
  twin?: string;
  /** Where the page explains why the bytes differ from CPython's (shown with the diff). */
  knownDifference?: string;
}

type Outcome = { result: ExchangeResult } | { failure: unknown };

function run(app: WSGIApplication, request: string, options?: ExchangeOptions): Outcome {
  try {
    return { result: exchange(app, request, options) };
  } catch (failure) {
    return { failure };
  }
}

function Section({ title, children }: { title: ReactNode; children: ReactNode }): ReactNode {
  return (
    <section className={styles.section}>
      <h4 className={styles.heading}>{title}</h4>
      {children}
    </section>
  );
}

function RequestEditor(props: {
  draft: string;
  crlf: boolean;
  onDraft: (draft: string) => void;
  onCrlf: (crlf: boolean) => void;
  t: LiveMessages;
}): ReactNode {
  const { draft, crlf, onDraft, onCrlf, t } = props;
  return (
    <>
      <textarea
        className={styles.textarea}
        value={draft}
        spellCheck={false}
        rows={Math.min(12, Math.max(4, draft.split('\n').length + 1))}
        aria-label={t.requestEditable}
        onChange={(event) => onDraft(event.target.value)}
      />
      <label className={styles.crlf}>
        <input type="checkbox" checked={crlf} onChange={(event) => onCrlf(event.target.checked)} />{' '}
        {t.crlf}
      </label>
      <p className={styles.note}>{t.requestNote}</p>
    </>
  );
}

function ResponseView({ result, t }: { result: ExchangeResult; t: LiveMessages }): ReactNode {
  const parsed = parseResponse(result.response);
  const failed = /^HTTP\/\S+ 5\d\d/.test(parsed.statusLine);
  return (
    <>
      <Section title={t.statusLine}>
        <pre className={`${styles.pre} ${styles.status}`} data-http-status="">
          {parsed.statusLine || (result.response.length ? '—' : t.noResponse)}
        </pre>
      </Section>
      {parsed.headers.length > 0 && (
        <Section title={t.headers}>
          <table className={styles.headers}>
            <tbody>
              {parsed.headers.map(([name, value], index) => (
                <tr key={index}>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <Section title={`${t.body} · ${t.bytesCount(parsed.body.length)}`}>
        {parsed.body.length === 0 ? (
          <pre className={`${styles.pre} ${styles.muted}`}>{t.emptyBody}</pre>
        ) : (
          <>
            <pre className={styles.pre} data-http-body="">
              {new TextDecoder().decode(parsed.body)}
            </pre>
            <pre className={`${styles.pre} ${styles.bytes}`}>{bytesRepr(parsed.body)}</pre>
          </>
        )}
      </Section>
      <Section title={t.errors}>
        <pre
          className={`${styles.pre} ${result.errors ? (failed ? styles.errorLog : '') : styles.muted}`}
          data-http-errors="">
          {result.errors || t.noErrors}
        </pre>
      </Section>
      <details className={styles.raw}>
        <summary>
          {t.rawResponse} · {t.bytesCount(result.response.length)}
        </summary>
        <pre className={styles.pre}>{showLineEnds(decodeLatin1(result.response))}</pre>
      </details>
    </>
  );
}

export default function HttpExchange({
  app,
  request = DEFAULT_REQUEST,
  editable = false,
  options,
  title,
  twin,
  knownDifference,
}: HttpExchangeProps): ReactNode {
  const t = useLiveMessages();
  const [draft, setDraft] = useState(() => toEditable(request));
  const [crlf, setCrlf] = useState(() => !usesBareLf(request));
  const wire = editable ? toWire(draft, crlf) : request;
  const outcome = useMemo(() => run(app, wire, options), [app, wire, options]);
  const portResponse = 'result' in outcome ? outcome.result.response : undefined;
  if (twin !== undefined) {
    reportTwinUse({ twin, request: wire, options, response: portResponse, knownDifference });
  }
  return (
    <div className={styles.exchange} data-http-exchange="">
      {title !== undefined && <div className={styles.title}>{title}</div>}
      <Section title={editable ? t.requestEditable : t.request}>
        {editable && (
          <RequestEditor draft={draft} crlf={crlf} onDraft={setDraft} onCrlf={setCrlf} t={t} />
        )}
        <div className={styles.caption}>
          {t.sentBytes} · {t.bytesCount(wire.length)}
        </div>
        <pre className={styles.pre} data-http-request="">
          {showLineEnds(wire)}
        </pre>
      </Section>
      {'result' in outcome ? (
        <ResponseView result={outcome.result} t={t} />
      ) : (
        <ErrorPanel error={outcome.failure} title={t.exchangeFailed} />
      )}
      {twin !== undefined && (
        <Compare
          twin={twin}
          request={wire}
          portResponse={portResponse}
          options={options}
          knownDifference={knownDifference}
        />
      )}
    </div>
  );
}
