// npm run bench: the same application served three ways on 127.0.0.1 —
// Python's wsgiref.simple_server, lib/simple_server.ts and bare node:http —
// each in its own child process, driven with one request per connection
// (`Connection: close`) by wrk when installed (a C client), else by
// autocannon (bench/load.ts; the table says which). The servers take turns
// in BENCH_ROUNDS interleaved rounds, so that a burst of load on the shared
// machine hits every peer alike; each cell keeps its best round. Prints
// requests/s, p50/p99 latency, the server's CPU time per request
// (/proc/<pid>/stat), its peak RSS (VmHWM), errors, and ratios vs Python
// and node:http.
//
// Env: BENCH_SECONDS (default 5) per measurement, BENCH_WARMUP (default 3),
// BENCH_ROUNDS (default 3), BENCH_ROWS (comma list of row ids),
// BENCH_SERVERS (comma list), BENCH_LOAD=autocannon forces autocannon,
// BENCH_PROFILE=1 runs the port's hello row under --cpu-prof and prints its
// top five functions by self time (profiles in test-artifacts/bench-profiles/).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadGeneratorVersion, runLoad, type LoadOptions, type LoadResult } from './load';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// Steady state is what a server runs in: after 1 s of the 1 MiB rows (about
// a thousand requests) V8 was still compiling the port's code on its
// background threads (10.6% of the port's CPU vs 3.3% for node:http's), and
// that CPU was counted. Every peer gets the same warm-up; Python has no JIT.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PROFILE = process.env.BENCH_PROFILE === '1';
const PROFILE_DIR = join(ROOT, 'test-artifacts', 'bench-profiles');
const MIB = 1 << 20;
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

interface ServerKind { id: string; label: string; command: string; args: string[] }

// Each peer takes [port] [quiet]: `quiet` turns the access log off.
const SERVERS: ServerKind[] = [
  { id: 'python', label: 'Python wsgiref', command: 'python3', args: [join(HERE, 'peers', 'wsgiref_server.py')] },
  { id: 'port', label: 'lib/simple_server', command: process.execPath, args: ['--import', 'tsx', join(HERE, 'peers', 'port_server.ts')] },
  { id: 'node', label: 'node:http', command: process.execPath, args: ['--import', 'tsx', join(HERE, 'peers', 'node_http_server.ts')] },
];

interface Row {
  id: string;
  label: string;
  load: Omit<LoadOptions, 'port' | 'seconds'>;
  /** Access log off in Python and the port (node:http never logs). */
  quiet?: boolean;
}

const ROWS: Row[] = [
  { id: 'hello', label: 'hello world, c=32', load: { path: '/', connections: 32 } },
  { id: 'quiet', label: 'hello world, c=32, no access log', load: { path: '/', connections: 32 }, quiet: true },
  { id: 'big', label: '1 MiB response, c=32', load: { path: '/big', connections: 32 } },
  {
    id: 'post',
    label: '1 MiB POST echoed, c=32',
    load: { path: '/echo', method: 'POST', body: new Uint8Array(MIB).fill(0x79), connections: 32 },
  },
  { id: 'c256', label: 'hello world, c=256', load: { path: '/', connections: 256 } },
];

function pick<T extends { id: string }>(all: T[], env: string | undefined): T[] {
  if (!env) return all;
  const wanted = new Set(env.split(',').map((s) => s.trim()));
  return all.filter((item) => wanted.has(item.id));
}

interface Running { child: ChildProcess; port: number }

/** Only the port's hello row is profiled. */
const profiled = (kind: ServerKind, row: Row): boolean => PROFILE && kind.id === 'port' && row.id === 'hello';

async function start(kind: ServerKind, row: Row): Promise<Running> {
  const args = [...kind.args, '0', ...(row.quiet ? ['quiet'] : [])];
  if (profiled(kind, row)) args.unshift('--cpu-prof', '--cpu-prof-dir', PROFILE_DIR);
  const child = spawn(kind.command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind.label} exited early (${code})`)));
    lines.once('line', (line) => resolve(Number(line)));
  });
  lines.close();
  return { child, port };
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Peak resident set size of a process in MiB (VmHWM), or NaN. */
function peakRssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process has used so far, in seconds, or NaN. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

interface Measurement extends LoadResult {
  rssMiB: number;
  /** Peak RSS right after start-up (Node children include the tsx loader, about 30 MiB). */
  startRssMiB: number;
  /** Server CPU per completed request: steadier than req/s on a shared machine. */
  cpuMicros: number;
}

async function measure(kind: ServerKind, row: Row): Promise<Measurement> {
  const running = await start(kind, row);
  const startRssMiB = peakRssMiB(running.child.pid);
  try {
    if (WARMUP > 0) await runLoad({ ...row.load, port: running.port, seconds: WARMUP });
    const cpuBefore = cpuSeconds(running.child.pid);
    const result = await runLoad({ ...row.load, port: running.port, seconds: SECONDS });
    const cpu = cpuSeconds(running.child.pid) - cpuBefore;
    return { ...result, rssMiB: peakRssMiB(running.child.pid), startRssMiB, cpuMicros: (cpu * 1e6) / result.completed };
  } finally {
    await stop(running);
  }
}

/** The better of two rounds of one cell: more requests/s, less CPU per request. */
function better(a: Measurement | undefined, b: Measurement): Measurement {
  if (!a) return b;
  const best = b.requestsPerSecond > a.requestsPerSecond ? b : a;
  return { ...best, cpuMicros: Math.min(a.cpuMicros, b.cpuMicros), rssMiB: Math.max(a.rssMiB, b.rssMiB) };
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Not functions: time the process waited, or V8 could not attribute. */
const NOT_FUNCTIONS = new Set(['(idle)', '(program)', '(root)']);

/** The top `count` functions by self time (share of busy time) of the profiles in PROFILE_DIR, merged. */
function topFunctions(count: number): string {
  const selfMicros = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(PROFILE_DIR).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(PROFILE_DIR, file), 'utf8')) as CpuProfile;
    const nameOf = new Map(profile.nodes.map((node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '')}:${lineNumber + 1}` : '';
      return [node.id, `${functionName || '(anonymous)'} ${where}`.trim()];
    }));
    profile.samples.forEach((id, i) => {
      const name = nameOf.get(id) ?? '?';
      if (NOT_FUNCTIONS.has(name)) return;
      const micros = profile.timeDeltas[i] ?? 0;
      selfMicros.set(name, (selfMicros.get(name) ?? 0) + micros);
      total += micros;
    });
  }
  return [...selfMicros]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `  ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n');
}

function versionOf(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  return `${out.stdout}${out.stderr}`.trim();
}

function machine(): string {
  const cpu = cpus();
  return [
    `CPU: ${cpu.length} x ${cpu[0]?.model ?? '?'}`,
    `RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `load average at start: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
    `Node.js ${process.version}`,
    versionOf('python3', ['--version']),
    `load generator: ${loadGeneratorVersion()}`,
    `${SECONDS} s per measurement after ${WARMUP} s warm-up, best of ${ROUNDS} interleaved rounds; ` +
      'one request per connection (Connection: close)',
  ].join('\n');
}

const errorsCell = (m: Measurement): string => {
  const codes = Object.entries(m.errorCodes).map(([code, n]) => `${code} ${n}`).join(', ');
  return codes ? `${m.errors} (${codes})` : String(m.errors);
};
const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const ratio = (a: number, b: number | undefined): string =>
  b && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-';

function table(results: Map<string, Map<string, Measurement>>, rows: Row[], servers: ServerKind[]): string {
  const header = ['row', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'RSS MiB start/peak', 'errors', 'timeouts', 'non-2xx', 'vs Python', 'vs node:http'];
  const lines = [header];
  for (const row of rows) {
    const byServer = results.get(row.id);
    if (!byServer) continue;
    for (const kind of servers) {
      const m = byServer.get(kind.id);
      if (!m) continue;
      lines.push([
        row.label, kind.label, fmt(m.requestsPerSecond), fmt(m.p50, 2), fmt(m.p99, 2), fmt(m.cpuMicros), `${fmt(m.startRssMiB)}/${fmt(m.rssMiB)}`,
        errorsCell(m), String(m.timeouts), String(m.non2xx),
        ratio(m.requestsPerSecond, byServer.get('python')?.requestsPerSecond),
        ratio(m.requestsPerSecond, byServer.get('node')?.requestsPerSecond),
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(lines[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(render)].join('\n');
}

async function main(): Promise<void> {
  const rows = pick(ROWS, process.env.BENCH_ROWS);
  const servers = pick(SERVERS, process.env.BENCH_SERVERS);
  if (PROFILE) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  console.log(machine());
  const results = new Map<string, Map<string, Measurement>>(rows.map((row) => [row.id, new Map()]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const row of rows) {
      const byServer = results.get(row.id)!;
      for (const kind of servers) {
        const m = await measure(kind, row);
        process.stderr.write(`round ${round}: ${row.label} / ${kind.label}: ${fmt(m.requestsPerSecond)} req/s, ${fmt(m.cpuMicros)} µs/req\n`);
        byServer.set(kind.id, better(byServer.get(kind.id), m));
      }
    }
  }
  console.log(`\n${table(results, rows, servers)}`);
  if (PROFILE) console.log(`\nTop five self-time functions, the port's hello row (${PROFILE_DIR}):\n${topFunctions(5)}`);
}

await main();
