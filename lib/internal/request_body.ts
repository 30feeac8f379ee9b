// Node only: a large request body read into one buffer of its final size,
// straight from the socket when the kernel has it, as Python's rfile.read
// does with recv_into on its blocking socket. Node alone reads 64 KiB per
// 'data' event (a new buffer, a callback and a stream push each, then a
// copy of them all into one array for wsgi.input); this takes the bytes
// in a few read(2) calls of all there is. Wins the bench's 1 MiB POST row.
import { readSync } from 'node:fs';
import type { Socket } from 'node:net';

/** Bodies smaller than this still to come are gathered chunk by chunk as they arrive. */
export const DIRECT_BODY_MIN = 64 * 1024;

/**
 * The socket's file descriptor when bytes may be read straight from it:
 * nothing of this socket waits in Node's stream ahead of the kernel's
 * bytes. -1 where the handle has none (Windows, TLS).
 */
function readableDescriptor(socket: Socket): number {
  return socket.readableLength === 0 ? socketDescriptor(socket) : -1;
}

/** The file descriptor of a socket's libuv handle (not in Node's public API), or -1. */
export function socketDescriptor(socket: Socket): number {
  const fd = (socket as Socket & { _handle?: { fd?: unknown } })._handle?.fd;
  return typeof fd === 'number' && fd >= 0 ? fd : -1;
}

export class RequestBody {
  /** Bytes of the body so far; only these are ever seen (the rest is uninitialised). */
  private filled = 0;
  /** What came after the body in the same chunk (a pipelined request…), kept as it came. */
  private readonly after: Uint8Array[] = [];
  private readonly bytes: Buffer;

  /** `received`: the body's bytes already read with the head. */
  constructor(private readonly socket: Socket, length: number, received: readonly Uint8Array[]) {
    this.bytes = Buffer.allocUnsafe(length);
    for (const part of received) this.take(part);
  }

  get complete(): boolean {
    return this.filled === this.bytes.length;
  }

  /** Takes a chunk Node read, then what the kernel holds; returns how many bytes came in all. */
  receive(chunk: Uint8Array): number {
    this.take(chunk);
    return chunk.length + this.readWaiting();
  }

  /**
   * Reads what the kernel already has, up to the body's end, without
   * waiting; returns how many bytes came. A read that would block, the
   * client's end of stream or an error stop it, and Node's own read sees
   * them next (libuv polls the socket level-triggered), so 'data', 'end'
   * and 'error' come as before.
   */
  readWaiting(): number {
    const fd = readableDescriptor(this.socket);
    let read = 0;
    while (fd >= 0 && !this.complete) {
      let count: number;
      try {
        count = readSync(fd, this.bytes, this.filled, this.bytes.length - this.filled, null);
      } catch {
        break; // EAGAIN: nothing more yet
      }
      if (count <= 0) break;
      this.filled += count;
      read += count;
    }
    return read;
  }

  /** The body as read so far, then anything after it. */
  parts(): Uint8Array[] {
    return [this.bytes.subarray(0, this.filled), ...this.after];
  }

  private take(part: Uint8Array): void {
    const room = this.bytes.length - this.filled;
    if (part.length > room) this.after.push(part.subarray(room));
    this.bytes.set(room >= part.length ? part : part.subarray(0, room), this.filled);
    this.filled += Math.min(room, part.length);
  }
}
