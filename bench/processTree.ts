// Runs a command and samples its whole process tree (Linux /proc): peak
// resident memory (the sum over the tree at each sample) and CPU time
// (user + system of the tree). CPU time says what a build costs even on a
// machine shared with other work, where the wall time does not.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  code: number;
  wallMs: number;
  /** User + system CPU seconds of the tree (null without /proc). */
  cpuSeconds: number | null;
  /** Peak summed RSS in bytes (null without /proc). */
  peakRss: number | null;
  /** Wall time (ms from the start) at which each watched text first appeared. */
  marks: Record<string, number>;
}

const TICKS = 100; // USER_HZ on Linux

interface ProcStat {
  pid: number;
  ppid: number;
  /** The process's own user + system time (all its threads), not its children's. */
  cpuTicks: number;
  rssPages: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
      rssPages: Number(fields[21]),
    };
  } catch {
    return null;
  }
}

function treeOf(root: number): ProcStat[] {
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(name);
    if (stat) stats.set(Number(name), stat);
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!inTree.has(pid) && inTree.has(stat.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  return [...inTree].map((pid) => stats.get(pid)).filter((s): s is ProcStat => Boolean(s));
}

export async function runTree(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; watch?: string[]; intervalMs?: number },
): Promise<TreeRun> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
  const marks: Record<string, number> = {};
  const watch = (chunk: Buffer) => {
    const text = chunk.toString();
    for (const w of options.watch ?? []) if (!(w in marks) && text.includes(w)) marks[w] = performance.now() - start;
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const proc = existsSync('/proc/self/stat');
  const pageSize = 4096;
  let peakRss = 0;
  // The tree's CPU time: the last sampled own time of every process seen
  // in it (a chain such as npm -> node -> docusaurus -> docusaurus would
  // only reach the root's cutime once the root has exited, too late for a
  // sampler). What a process spends after its last sample is lost (at
  // most one interval).
  const lastCpu = new Map<number, number>();
  const sample = () => {
    if (!proc || !child.pid) return;
    let rss = 0;
    for (const stat of treeOf(child.pid)) {
      rss += stat.rssPages * pageSize;
      lastCpu.set(stat.pid, stat.cpuTicks);
    }
    peakRss = Math.max(peakRss, rss);
  };
  const timer = setInterval(sample, options.intervalMs ?? 250);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) console.error(output);
  const cpuTicks = [...lastCpu.values()].reduce((a, b) => a + b, 0);
  return {
    code,
    wallMs: performance.now() - start,
    cpuSeconds: proc && lastCpu.size > 0 ? cpuTicks / TICKS : null,
    peakRss: proc ? peakRss : null,
    marks,
  };
}
