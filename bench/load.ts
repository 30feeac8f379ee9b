// Drives a server with one request per connection (`Connection: close`):
// with Debian's `wrk` (a C client, so the load generator is not what is
// measured on a small machine) when it is installed, else with autocannon.
//
// Autocannon keeps connections alive: after a response it writes the next
// request on the same socket, and when the server closes (as wsgiref and
// the port always do) it reconnects without dropping the request it had
// queued, so latencies pile up and EPIPE/ECONNRESET errors are counted.
// Here every client reconnects after each response (reconnectRate: 1),
// sends our own raw request with `Connection: close` (autocannon would
// always add `Connection: keep-alive`), and reports the response itself
// (autocannon skips its 'response' event on the reconnect path).
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
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

const WRK = '/usr/bin/wrk';

/** The load generator `runLoad` uses: wrk where it runs, else autocannon. */
export const loadGenerator: 'wrk' | 'autocannon' =
  process.env.BENCH_LOAD !== 'autocannon' && spawnSync(WRK, ['--version']).error === undefined ? 'wrk' : 'autocannon';

export function loadGeneratorVersion(): string {
  if (loadGenerator === 'autocannon') return `autocannon ${(require('autocannon/package.json') as { version: string }).version}`;
  const out = spawnSync(WRK, ['--version'], { encoding: 'utf8' });
  return `${out.stdout}${out.stderr}`.split('\n')[0]!.trim();
}

/** wrk's Lua setup for a POST with a body of `length` copies of `byte`. */
function wrkPostScript(body: Uint8Array): string {
  const byte = body[0] ?? 0x79;
  if (!body.every((b) => b === byte)) throw new Error('bench: wrk bodies are one repeated byte');
  return [
    'wrk.method = "POST"',
    `wrk.body = string.rep(string.char(${byte}), ${body.length})`,
    'wrk.headers["Content-Type"] = "application/octet-stream"',
  ].join('\n');
}

const WRK_UNITS: Record<string, number> = { us: 1e-3, ms: 1, s: 1000, m: 60_000 };

function wrkMillis(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '');
  return match ? Number(match[1]) * WRK_UNITS[match[2]!]! : NaN;
}

/** The figures of wrk's `--latency` report. */
export function parseWrk(output: string, seconds: number): LoadResult {
  const completed = Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  const errorCodes: Record<string, number> = {};
  if (connect) errorCodes.connect = connect;
  if (read) errorCodes.read = read;
  if (write) errorCodes.write = write;
  const duration = /requests in ([\d.]+)(us|ms|s|m)/.exec(output);
  const elapsed = duration ? wrkMillis(`${duration[1]}${duration[2]}`) / 1000 : seconds;
  return {
    requestsPerSecond: completed / elapsed,
    p50: wrkMillis(/^\s+50%\s+(\S+)/m.exec(output)?.[1]),
    p99: wrkMillis(/^\s+99%\s+(\S+)/m.exec(output)?.[1]),
    completed,
    errors: connect! + read! + write!,
    timeouts: timeout!,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errorCodes,
  };
}

/** Runs wrk (one thread: the server under test needs the other core; whole seconds) against 127.0.0.1:port. */
async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
  const args = ['-t1', `-c${options.connections}`, `-d${Math.max(1, Math.round(options.seconds))}s`, '--timeout', '10s', '--latency', '-H', 'Connection: close'];
  if (options.method === 'POST') {
    const script = join(dir, 'post.lua');
    writeFileSync(script, wrkPostScript(options.body ?? new Uint8Array(0)));
    args.push('-s', script);
  }
  args.push(`http://127.0.0.1:${options.port}${options.path}`);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      execFile(WRK, args, { encoding: 'utf8', maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
        error ? reject(new Error(`wrk failed: ${stderr || error.message}`)) : resolve(stdout));
    });
    return parseWrk(output, options.seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drives 127.0.0.1:port with `loadGenerator` and summarises the result. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return loadGenerator === 'wrk' ? runWrk(options) : runAutocannon(options);
}
