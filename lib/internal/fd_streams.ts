/**
 * The process's standard streams as Python's `sys.stdin.buffer`,
 * `sys.stdout.buffer` and `sys.stderr`: file descriptors 0, 1 and 2 read
 * and written synchronously through `node:fs`, reached with
 * `process.getBuiltinModule` so that loading this file needs no Node.
 * CGIHandler and IISCGIHandler use them. Internal helper: not re-exported
 * by index.ts.
 *
 * @internal
 * @module
 */

import type { ErrorStream, InputStream, OutputStream } from '../types';
import { bilingual } from './messages';
import { nodeProcess, type SyncFs } from './runtime';

const utf8 = new TextEncoder();

/** Python's `sys.stdin.buffer`: fd 0 read synchronously, with a buffer. */
class FdInput implements InputStream {
  private buffered = new Uint8Array(0);
  private eof = false;

  constructor(
    private readonly fs: SyncFs,
    private readonly fd: number,
  ) {}

  read(size?: number | null): Uint8Array {
    const unbounded = size === undefined || size === null || size < 0;
    while (!this.eof && (unbounded || this.buffered.length < (size as number))) this.fill();
    return this.take(unbounded ? this.buffered.length : Math.min(size as number, this.buffered.length));
  }

  readline(size?: number | null): Uint8Array {
    const unbounded = size === undefined || size === null || size < 0;
    for (;;) {
      const newline = this.buffered.indexOf(0x0a);
      const limit = unbounded ? Infinity : (size as number);
      if (newline !== -1 && newline + 1 <= limit) return this.take(newline + 1);
      if (this.buffered.length >= limit || this.eof) {
        return this.take(Math.min(limit, this.buffered.length));
      }
      this.fill();
    }
  }

  readlines(hint?: number | null): Uint8Array[] {
    const lines: Uint8Array[] = [];
    let total = 0;
    for (let line = this.readline(); line.length > 0; line = this.readline()) {
      lines.push(line);
      total += line.length;
      if (hint !== undefined && hint !== null && hint > 0 && total >= hint) break;
    }
    return lines;
  }

  *[Symbol.iterator](): Iterator<Uint8Array> {
    for (let line = this.readline(); line.length > 0; line = this.readline()) yield line;
  }

  private fill(): void {
    const chunk = new Uint8Array(65536);
    let count: number;
    try {
      count = this.fs.readSync(this.fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EAGAIN') return;
      if (code === 'EOF') count = 0;
      else throw error;
    }
    if (count === 0) {
      this.eof = true;
      return;
    }
    const joined = new Uint8Array(this.buffered.length + count);
    joined.set(this.buffered);
    joined.set(chunk.subarray(0, count), this.buffered.length);
    this.buffered = joined;
  }

  private take(count: number): Uint8Array {
    const out = this.buffered.slice(0, count);
    this.buffered = this.buffered.slice(count);
    return out;
  }
}

/** Python's `sys.stdout.buffer`: writes everything, so no partial writes. */
class FdOutput implements OutputStream {
  constructor(
    private readonly fs: SyncFs,
    private readonly fd: number,
  ) {}

  write(data: Uint8Array): void {
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += this.fs.writeSync(this.fd, data, offset, data.length - offset);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EAGAIN') throw error;
      }
    }
  }

  flush(): void {}
}

/** Python's `sys.stderr`: text, written as UTF-8. */
class FdErrors implements ErrorStream {
  constructor(private readonly output: FdOutput) {}

  write(s: string): void {
    this.output.write(utf8.encode(s));
  }

  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }

  flush(): void {}
}

export interface ProcessStreams {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: ErrorStream;
}

/** The process's stdin/stdout/stderr, reached through `globalThis.process`. */
export function processStreams(): ProcessStreams {
  const fs = nodeProcess()?.getBuiltinModule?.('fs') as SyncFs | undefined;
  if (!fs) {
    throw new Error(
      bilingual(
        'CGIHandler necesita Node.js (process.getBuiltinModule) para usar stdin, stdout y stderr; usa BaseCGIHandler con tus propios flujos.',
        'CGIHandler needs Node.js (process.getBuiltinModule) for stdin/stdout/stderr; use BaseCGIHandler with your own streams.',
      ),
    );
  }
  const stdout = new FdOutput(fs, 1);
  return { stdin: new FdInput(fs, 0), stdout, stderr: new FdErrors(new FdOutput(fs, 2)) };
}
