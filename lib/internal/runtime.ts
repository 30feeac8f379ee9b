/**
 * The JavaScript runtime the port runs on: its name and version for the
 * `Server` header, and its standard error for the log. Internal helper:
 * not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { StringIO } from '../io';
import type { ErrorStream } from '../types';

/**
 * The software part of the `Server` header for the runtime in use:
 * `Node.js/20.20.2`, `Deno/2.0.0`, `Bun/1.1.0`, or `JavaScript` in a browser.
 */
export function runtimeVersion(): string {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
  };
  if (g.Deno?.version?.deno) return `Deno/${g.Deno.version.deno}`;
  if (g.process?.versions?.bun) return `Bun/${g.process.versions.bun}`;
  if (g.process?.versions?.node) return `Node.js/${g.process.versions.node}`;
  return 'JavaScript';
}

let processStderr: ErrorStream | null = null;

/**
 * Python's `sys.stderr` for the runtime in use: `process.stderr` where
 * there is one (Node, Deno, Bun), else a fresh StringIO (a browser).
 */
export function standardError(): ErrorStream {
  const stderr = (globalThis as { process?: { stderr?: { write?: unknown } } }).process?.stderr;
  if (!stderr || typeof stderr.write !== 'function') return new StringIO();
  processStderr ??= {
    write: (s: string) => (stderr as { write(s: string): unknown }).write(s),
    writelines: (lines: Iterable<string>) => {
      for (const line of lines) (stderr as { write(s: string): unknown }).write(line);
    },
    flush: () => undefined,
  };
  return processStderr;
}

/** The few parts of Node's `process` the handlers use, when it exists. */
export interface NodeLikeProcess {
  env: Record<string, string | undefined>;
  platform?: string;
  getBuiltinModule?: (id: string) => unknown;
  emitWarning?: (message: string, type?: string) => void;
}

/** The part of `node:fs` CGIHandler needs (reached without importing it). */
export interface SyncFs {
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: null): number;
  writeSync(fd: number, buffer: Uint8Array, offset?: number, length?: number): number;
}

/** The runtime's `process`, or `null` where there is none (a browser). */
export function nodeProcess(): NodeLikeProcess | null {
  const candidate = (globalThis as { process?: Partial<NodeLikeProcess> }).process;
  if (candidate && typeof candidate.env === 'object' && candidate.env !== null) {
    return candidate as NodeLikeProcess;
  }
  return null;
}

/** Python's `warnings.warn(message, DeprecationWarning)`: Node's own warning, else the console. */
export function warnDeprecated(message: string): void {
  const proc = nodeProcess();
  if (proc?.emitWarning) proc.emitWarning(message, 'DeprecationWarning');
  else console.warn(`DeprecationWarning: ${message}`);
}
