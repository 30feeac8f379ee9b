/** The Python side of a comparison: a twin's source served by CPython's wsgiref (twin.py, wsgiref_exchange.py). */
import type { PyodideInterface } from 'pyodide';
import { importSource } from './modules';

export interface TwinSources {
  /** src/python/wsgiref_exchange.py */
  exchange: string;
  /** src/python/twin.py */
  twin: string;
}

export interface TwinOptions {
  serverName?: string;
  serverPort?: number;
  remoteAddr?: string;
}

export interface TwinAnswer {
  /** The bytes CPython's simple_server handler wrote. */
  response: Uint8Array;
  /** What went to stderr (the access log line, tracebacks). */
  errors: string;
  /** The traceback when the twin's own code could not run. */
  traceback?: string;
}

export function serveTwin(
  py: PyodideInterface,
  sources: TwinSources,
  twinSource: string,
  request: Uint8Array,
  options: TwinOptions = {},
): TwinAnswer {
  importSource(py, 'wsgiref_exchange', sources.exchange);
  const twin = importSource(py, 'wsgiref_site_twin', sources.twin);
  const raw = py.toPy(request);
  try {
    const result = twin.serve(
      twinSource,
      raw,
      options.serverName ?? 'localhost',
      options.serverPort ?? 8000,
      options.remoteAddr ?? '127.0.0.1',
    );
    const [response, errors, traceback] = result.toJs() as [Uint8Array, string, string | undefined];
    result.destroy();
    return traceback == null ? { response, errors } : { response, errors, traceback };
  } finally {
    raw.destroy?.();
  }
}
