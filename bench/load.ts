// Drives a server with autocannon, one request per connection.
//
// Autocannon keeps connections alive: after a response it writes the next
// request on the same socket, and when the server closes (as wsgiref and
// the port always do) it reconnects without dropping the request it had
// queued, so latencies pile up and EPIPE/ECONNRESET errors are counted.
// Here every client reconnects after each response (reconnectRate: 1),
// sends our own raw request with `Connection: close` (autocannon would
// always add `Connection: keep-alive`), and reports the response itself
// (autocannon skips its 'response' event on the reconnect path).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// autocannon ships no types; these are the parts used here.
const autocannon = require('autocannon') as (
  options: Record<string, unknown>,
) => Promise<AutocannonResult>;

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

interface PatchableClient {
  getRequestBuffer(): Buffer;
  on(event: 'connError', listener: (error: NodeJS.ErrnoException) => void): unknown;
  pipelinedRequests: { terminateRequest(): CompletedRequest | undefined };
  emit(event: string, ...args: unknown[]): boolean;
  rate: number | undefined;
}
interface CompletedRequest { headers: { statusCode: number }; bytes: number; duration: number }

export interface LoadOptions {
  port: number;
  path: string;
  method?: 'GET' | 'POST';
  body?: Uint8Array;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles in ms, from every response (autocannon's own histogram keeps whole ms). */
  p50: number;
  p99: number;
  completed: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Connection errors by code (ECONNRESET, EPIPE…). */
  errorCodes: Record<string, number>;
}

interface Collector { latencies: number[]; errorCodes: Record<string, number> }

/** The exact bytes each connection sends. */
export function rawRequest(options: LoadOptions): Buffer {
  const body = options.body ?? new Uint8Array(0);
  const lines = [
    `${options.method ?? 'GET'} ${options.path} HTTP/1.1`,
    `Host: 127.0.0.1:${options.port}`,
    'Connection: close',
  ];
  if (options.method === 'POST') {
    lines.push('Content-Type: application/octet-stream', `Content-Length: ${body.length}`);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

function oneRequestPerConnection(request: Buffer, collector: Collector) {
  return (client: PatchableClient): void => {
    client.getRequestBuffer = () => request;
    client.on('connError', (error) => {
      const code = error.code ?? error.message;
      collector.errorCodes[code] = (collector.errorCodes[code] ?? 0) + 1;
    });
    const queue = client.pipelinedRequests;
    const terminate = queue.terminateRequest.bind(queue);
    queue.terminateRequest = () => {
      const done = terminate();
      if (!done) return done;
      collector.latencies.push(done.duration);
      client.emit('response', done.headers.statusCode, done.bytes, done.duration, client.rate);
      return done;
    };
  };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Runs autocannon against 127.0.0.1:port and summarises the result. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const collector: Collector = { latencies: [], errorCodes: {} };
  const result = await autocannon({
    url: `http://127.0.0.1:${options.port}${options.path}`,
    method: options.method ?? 'GET',
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    reconnectRate: 1,
    setupClient: oneRequestPerConnection(rawRequest(options), collector),
  });
  const sorted = collector.latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: sorted.length / result.duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    completed: sorted.length,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    errorCodes: collector.errorCodes,
  };
}
