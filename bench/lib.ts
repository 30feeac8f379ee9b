// npm run bench:lib: the same in-process work timed in the port and in
// CPython's wsgiref, in one run:
//   handler: a full SimpleHandler run of a hello app (environ from
//            setupTestingDefaults, BytesIO in and out, StringIO errors);
//   headers: Headers construction + set/get/addHeader/toString.
// The Python side is bench/peers/lib_bench.py (time.perf_counter, the same
// loop shape: 1000 warm-up runs, then batches of 200 until the time is up).
// The machine is shared and noisy, so the two sides alternate for
// BENCH_LIB_ROUNDS rounds and each side's best round is kept.
// Env: BENCH_LIB_SECONDS (default 1) per workload, side and round;
// BENCH_LIB_ROUNDS (default 3).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SimpleHandler } from '../lib/handlers';
import { Headers } from '../lib/headers';
import { BytesIO, StringIO } from '../lib/io';
import type { WSGIApplication, WSGIEnvironment } from '../lib/types';
import { setupTestingDefaults } from '../lib/util';

const HERE = dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_LIB_SECONDS ?? 1);
const ROUNDS = Number(process.env.BENCH_LIB_ROUNDS ?? 3);
const TARGET = 5;

const HELLO = new TextEncoder().encode('Hello world!\n');

const helloApp: WSGIApplication = (_environ, startResponse) => {
  startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
  return [HELLO];
};

function handlerRun(): BytesIO {
  const environ: WSGIEnvironment = {};
  setupTestingDefaults(environ);
  const stdout = new BytesIO();
  new SimpleHandler(new BytesIO(new Uint8Array(0)), stdout, new StringIO(), environ).run(helloApp);
  return stdout;
}

function headersWork(): string {
  const headers = new Headers([['Content-Type', 'text/html']]);
  headers.set('X-Frame-Options', 'DENY');
  headers.addHeader('Content-Disposition', 'attachment', { filename: 'informe.pdf' });
  headers.addHeader('Set-Cookie', 'a=1', { Path: '/', HttpOnly: null });
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  headers.get('content-disposition');
  headers.get('x-missing', 'default');
  return headers.toString();
}

/** Runs per wall-clock second and per CPU second (the latter is steadier on a shared machine). */
interface Rate { wall: number; cpu: number }

const cpuSecondsUsed = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Runs/s of fn: 1000 warm-up runs, then batches of 200 until `seconds` pass. */
function measure(fn: () => unknown, seconds: number): Rate {
  for (let i = 0; i < 1000; i++) fn();
  let runs = 0;
  const start = performance.now();
  const cpuStart = cpuSecondsUsed();
  const deadline = start + seconds * 1000;
  for (;;) {
    for (let i = 0; i < 200; i++) fn();
    runs += 200;
    const now = performance.now();
    if (now >= deadline) return { wall: runs / ((now - start) / 1000), cpu: runs / (cpuSecondsUsed() - cpuStart) };
  }
}

interface PythonResult { python: string; handler: Rate; headers: Rate; headersText: string }

function runPython(): PythonResult {
  const out = spawnSync('python3', [join(HERE, 'peers', 'lib_bench.py'), String(SECONDS)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`lib_bench.py failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as PythonResult;
}

function sanityCheck(python: PythonResult): void {
  const response = new TextDecoder('latin1').decode(handlerRun().getvalue());
  if (!response.startsWith('HTTP/1.0 200 OK\r\n') || !response.endsWith('Hello world!\n')) {
    throw new Error(`unexpected handler output: ${JSON.stringify(response)}`);
  }
  if (headersWork() !== python.headersText) {
    throw new Error(`Headers differ from Python's:\n${headersWork()}\n---\n${python.headersText}`);
  }
}

interface Scores { handler: Rate; headers: Rate }

const bestRate = (a: Rate, b: Rate): Rate => ({ wall: Math.max(a.wall, b.wall), cpu: Math.max(a.cpu, b.cpu) });
const best = (a: Scores | undefined, b: Scores): Scores =>
  a ? { handler: bestRate(a.handler, b.handler), headers: bestRate(a.headers, b.headers) } : b;

function main(): void {
  console.log(`CPU: ${cpus().length} x ${cpus()[0]?.model ?? '?'}; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  let python: PythonResult | undefined;
  let pythonBest: Scores | undefined;
  let port: Scores | undefined;
  for (let round = 1; round <= ROUNDS; round++) {
    const p = runPython();
    if (!python) sanityCheck(p);
    python = p;
    pythonBest = best(pythonBest, p);
    const ours = { handler: measure(handlerRun, SECONDS), headers: measure(headersWork, SECONDS) };
    port = best(port, ours);
    process.stderr.write(
      `round ${round}: port ${ours.handler.wall.toFixed(0)} / ${ours.headers.wall.toFixed(0)}, ` +
        `CPython ${p.handler.wall.toFixed(0)} / ${p.headers.wall.toFixed(0)} runs/s (handler / headers)\n`,
    );
  }
  if (!python || !pythonBest || !port) throw new Error('BENCH_LIB_ROUNDS must be >= 1');
  console.log(`Node.js ${process.version} vs ${python.python}; best of ${ROUNDS} alternating rounds of ${SECONDS} s per workload\n`);
  const rows: [string, Rate, Rate][] = [
    ['SimpleHandler run, hello app', port.handler, pythonBest.handler],
    ['Headers build + set/get/addHeader/toString', port.headers, pythonBest.headers],
  ];
  console.log('| workload | port runs/s | CPython runs/s | port / CPython | same, per CPU second |');
  console.log('|---|---|---|---|---|');
  for (const [label, ours, theirs] of rows) {
    const ratio = ours.wall / theirs.wall;
    const mark = ratio >= TARGET ? '' : ` (target ${TARGET}x)`;
    const cpuRatio = ours.cpu / theirs.cpu;
    // On a shared machine the CPU-second ratio is the steadier of the two.
    const cpuMark = cpuRatio >= TARGET ? '' : ` (target ${TARGET}x)`;
    console.log(
      `| ${label} | ${ours.wall.toFixed(0)} | ${theirs.wall.toFixed(0)} | ${ratio.toFixed(2)}x${mark} | ` +
        `${ours.cpu.toFixed(0)} vs ${theirs.cpu.toFixed(0)}: ${cpuRatio.toFixed(2)}x${cpuMark} |`,
    );
  }
}

main();
