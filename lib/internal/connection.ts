// Node only: one connection of simple_server's WSGIServer, from accept to
// close, and the buffer its response is written to. The server (in
// lib/simple_server.ts) decides what to answer; this file keeps the socket
// plumbing out of its way.
//
// The shape is chosen for the bench's hello rows (`npm run bench`): no
// closure, timer or promise is created per connection (the listeners are
// shared, timeouts are one sweep per server, promises exist only when
// someone awaits one), and the whole response of a small request leaves in
// one write(2) followed by shutdown(2), as node:http's does.
import { writevSync } from 'node:fs';
import type { Socket } from 'node:net';
import { bilingual } from './messages';
import { DIRECT_BODY_MIN, RequestBody, socketDescriptor } from './request_body';
import { MAX_SLAB_ALLOCATION, Slab } from './slab';
import type { RequestHeadReader } from '../request_head';
import type { OutputStream } from '../types';

/** What a Connection asks of its server. */
export interface ConnectionOwner {
  /** The request's bytes have all arrived, or its head is already decided. */
  answer(connection: Connection): void;
  /** The request did not arrive within its time. */
  timedOut(connection: Connection): void;
  /** The socket closed: the connection is over. */
  closed(connection: Connection): void;
}

/** Where a connection stands. */
type Stage = 'reading' | 'answered' | 'closed';

/** How long a response waits for the client to close its side (lingering close). */
const LINGER_MS = 2000;

/** The connection a socket belongs to, so one listener serves every socket. */
const CONNECTION = Symbol('connection');
type ServedSocket = Socket & { [CONNECTION]?: Connection };

function connectionOf(socket: Socket): Connection | undefined {
  return (socket as ServedSocket)[CONNECTION];
}

// A socket outlives its connection only once closed (see forgetRequest),
// when no more events come; the checks keep a stray one harmless.
function onData(this: Socket, chunk: Buffer): void {
  connectionOf(this)?.receive(chunk);
}

function onEnd(this: Socket): void {
  const connection = connectionOf(this);
  if (connection?.stage === 'reading') connection.answerNow();
}

function onClose(this: Socket): void {
  connectionOf(this)?.settle();
}

/**
 * A connection being served: the request's chunks as they came, then the
 * answered socket until it closes. `deadline` is when the server's sweep
 * gives up on it (request timeout while reading; backstop or linger after).
 */
export class Connection {
  stage: Stage = 'reading';
  /** The request's bytes as they arrived (Buffer views, not copied). */
  readonly chunks: Uint8Array[] = [];
  received = 0;
  /** Bytes to wait for once the head is complete (head + Content-Length), or -1. */
  needed = -1;
  /** Date.now() after which the sweep acts; Infinity: never. */
  deadline: number;
  private done = false;
  private waiters: (() => void)[] | null = null;
  /** A large body being read into one buffer (see RequestBody), until it is answered. */
  private body: RequestBody | null = null;

  constructor(
    readonly owner: ConnectionOwner,
    readonly socket: Socket,
    /** Decides, chunk by chunk, whether to wait, answer or refuse; null once closed. */
    public reader: RequestHeadReader | null,
    timeoutMs: number,
  ) {
    this.deadline = timeoutMs > 0 ? Date.now() + timeoutMs : Infinity;
    (socket as ServedSocket)[CONNECTION] = this;
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('close', onClose);
    socket.resume();
  }

  /** The client's `[address, port]`. */
  get address(): [string, number] {
    return [this.socket.remoteAddress ?? '', this.socket.remotePort ?? 0];
  }

  receive(chunk: Buffer): void {
    if (this.stage !== 'reading') return;
    if (this.body !== null) {
      this.received += this.body.receive(chunk);
    } else {
      this.chunks.push(chunk);
      this.received += chunk.length;
      if (this.needed < 0) {
        // The reader goes on from where the previous chunk left it.
        const head = this.reader!.push(chunk);
        if (head.state === 'incomplete') return;
        if (head.state !== 'complete') return this.answerNow();
        this.needed = head.head.headLength + head.head.contentLength;
        if (this.needed - this.received >= DIRECT_BODY_MIN) this.startBody(head.head.headLength);
      }
    }
    if (this.received >= this.needed) this.answerNow();
  }

  /** Answers with what has arrived: `chunks` then hold the head and the body. */
  answerNow(): void {
    this.sealBody();
    this.owner.answer(this);
  }

  /** From here on the body is read into one buffer; `chunks` keep only the head. */
  private startBody(headLength: number): void {
    const head: Uint8Array[] = [];
    const body: Uint8Array[] = [];
    let headLeft = headLength;
    for (const chunk of this.chunks) {
      const inHead = Math.min(headLeft, chunk.length);
      if (inHead > 0) head.push(inHead === chunk.length ? chunk : chunk.subarray(0, inHead));
      if (inHead < chunk.length) body.push(chunk.subarray(inHead));
      headLeft -= inHead;
    }
    this.chunks.length = 0;
    this.chunks.push(...head);
    this.body = new RequestBody(this.socket, this.needed - headLength, body);
    this.received += this.body.readWaiting();
  }

  private sealBody(): void {
    if (this.body === null) return;
    this.chunks.push(...this.body.parts());
    this.body = null;
  }

  /** Stops reading the request: its bytes are all there is to answer. */
  stopReading(): void {
    // The listeners stay: past this stage they drop what comes (a refused
    // body, extra bytes), so the socket keeps flowing until it closes.
    this.stage = 'answered';
  }

  /** Closes at once, without an answer (timeout, shutdown, client gone). */
  drop(): void {
    this.stopReading();
    this.socket.destroy();
  }

  /**
   * Sends the response and closes. A request read to its last byte is
   * closed as socketserver's `shutdown_request` does: shutdown(SHUT_WR),
   * then close once the response is flushed, without waiting for the
   * client. When bytes beyond the request are still coming, closing then
   * could reset the connection before the client reads the answer: the
   * rest is drained and the socket closes when the client closes (or after
   * LINGER_MS).
   */
  finish(response: ResponseBuffer, backstopMs: number): void {
    const socket = this.socket;
    if (socket.destroyed) return;
    // A client that never reads its response must not hold the socket forever.
    this.deadline = backstopMs > 0 ? Date.now() + backstopMs : Infinity;
    const lingering = this.received !== this.needed;
    response.sendAndEnd(() => {
      if (!lingering) return socket.destroy();
      this.release();
      // Node destroys the socket once the client ends too; this is for one that never does.
      if (!socket.destroyed) this.deadline = Math.min(this.deadline, Date.now() + LINGER_MS);
    });
  }

  /** Called by the server's sweep: past the deadline, time out or close. */
  expire(now: number): void {
    if (now < this.deadline) return;
    this.sealBody();
    if (this.stage === 'reading') this.owner.timedOut(this);
    else this.socket.destroy();
  }

  /** The socket closed. */
  settle(): void {
    if (this.stage === 'closed') return;
    this.stage = 'closed';
    this.owner.closed(this);
    this.release();
    this.forgetRequest();
  }

  /**
   * Lets go of the request once the socket is closed. Under load V8
   * allocates Node's sockets straight in the old generation (allocation-
   * site pretenuring), where a dead one stays until the next full
   * collection and, until then, keeps alive through every young-generation
   * collection whatever it points to: this connection, its chunks and its
   * head reader's state were copied and promoted each time (bench hello
   * rows: 1.9 → 1.4 MB promoted per young-generation collection).
   */
  private forgetRequest(): void {
    (this.socket as ServedSocket)[CONNECTION] = undefined;
    this.chunks.length = 0;
    this.reader = null;
  }

  /**
   * Resolves once the connection is over for its server: closed, or its
   * response flushed while it lingers.
   */
  whenDone(): Promise<void> {
    if (this.done) return Promise.resolve();
    return new Promise((resolve) => (this.waiters ??= []).push(resolve));
  }

  private release(): void {
    this.done = true;
    for (const resolve of this.waiters ?? []) resolve();
    this.waiters = null;
  }
}

/** An error that the handlers recognise as "the client went away". */
function clientGone(): Error {
  return Object.assign(new Error(bilingual('El cliente cerró la conexión.', 'Broken pipe.')), { code: 'EPIPE' });
}

// Writes up to this size are copied into one buffer: the status line, the
// headers and a small body then leave in one write(2) (bench: hello rows).
const SMALL_WRITE = 4 * 1024;
// That buffer comes from a slab of its own, taken at the largest size and
// shrunk to what it holds when the response is complete: a hello response
// costs the slab about 150 bytes (a new 64 KiB slab every ~400 responses)
// instead of half of a new 8 KiB Buffer pool (bench hello rows).
const SMALL_BUFFER = MAX_SLAB_ALLOCATION;
const responseSlab = new Slab();

// Large response chunks the kernel does not take at once are copied into
// recycled buffers: a fresh 1 MiB allocation costs its page faults on every
// response (about three times the copy itself), while a buffer whose write
// has completed can be reused at once. Wins the bench's 1 MiB response row
// when the client reads slower than the server writes.
const POOLED_MIN = 64 * 1024;
const POOL_MAX_BYTES = 16 * 1024 * 1024;
const spareBuffers: Buffer[] = [];
let spareBytes = 0;

function takeLargeBuffer(size: number): Buffer {
  const index = spareBuffers.findIndex((spare) => spare.length >= size);
  if (index === -1) return Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
  const [buffer] = spareBuffers.splice(index, 1);
  spareBytes -= buffer!.length;
  return buffer!;
}

function giveBack(buffer: Buffer): void {
  if (spareBytes + buffer.length > POOL_MAX_BYTES) return;
  spareBuffers.push(buffer);
  spareBytes += buffer.length;
}

/**
 * The socket's file descriptor when bytes may go straight to it (nothing
 * of this socket waits in Node's or libuv's queue ahead of them), else -1.
 * -1 too where the handle has none (Windows, TLS).
 */
function idleDescriptor(socket: Socket): number {
  if (socket.writableLength !== 0 || socket.writableCorked !== 0 || socket.connecting) return -1;
  return socketDescriptor(socket);
}

/**
 * Hands `parts` to the kernel now, as Python's `sendall` does on its
 * blocking socket, without waiting for room: returns how many bytes the
 * kernel took (0 when it took none, or the write failed; the caller then
 * queues them the usual way, where any error surfaces). Bytes the kernel
 * took are sent: the application may refill its array at once. Wins the
 * bench's 1 MiB response row: the status line, headers and body leave in
 * one writev(2), as node:http's do, and the body is not copied first
 * (server CPU and peak RSS, see the commit message).
 */
function writeToKernelNow(fd: number, parts: Uint8Array[]): number {
  try {
    return writevSync(fd, parts);
  } catch {
    return 0;
  }
}

/**
 * The output stream a request handler writes its response to. A
 * Uint8Array, unlike Python's bytes, can be refilled by the application
 * for its next chunk (or on a later request), so no byte written may
 * depend on the array once `write` returns: a large chunk goes to the
 * kernel at once when the socket has room (nothing else queued), and
 * what the kernel does not take, like every smaller chunk, is copied.
 * `sendAndEnd` then hands what is left to the socket at once.
 */
export class ResponseBuffer implements OutputStream {
  private readonly parts: Uint8Array[] = [];
  /** For each part, the pooled buffer it is a view of, or null. */
  private readonly pooled: (Buffer | null)[] = [];
  private small: Uint8Array | null = null;
  private smallUsed = 0;

  constructor(private readonly socket: Socket) {}

  write(data: Uint8Array): number {
    if (this.socket.destroyed) throw clientGone();
    const length = data.length;
    if (length === 0) return 0;
    if (length <= SMALL_WRITE) {
      if (this.small === null || this.smallUsed + length > this.small.length) {
        this.closeSmall();
        this.small = responseSlab.take(Math.max(SMALL_BUFFER, length));
      }
      this.small.set(data, this.smallUsed);
      this.smallUsed += length;
      return length;
    }
    const rest = length >= POOLED_MIN ? this.sendNow(data) : data;
    this.closeSmall();
    if (rest.length > 0) this.keepCopy(rest);
    return length;
  }

  flush(): void {}

  /** Writes everything and ends the socket (shutdown(SHUT_WR)); `finished` runs once it is flushed. */
  sendAndEnd(finished: () => void): void {
    const socket = this.socket;
    this.closeSmall();
    const parts = this.parts;
    if (parts.length <= 1 && this.pooled[0] == null) {
      socket.end(parts[0], finished);
      return;
    }
    socket.cork();
    parts.forEach((part, index) => {
      const pooled = this.pooled[index];
      // Back to the pool as soon as libuv no longer needs it (written, or dropped with the socket).
      if (pooled) socket.write(part, () => giveBack(pooled));
      else socket.write(part);
    });
    socket.end(finished);
    socket.uncork();
  }

  /**
   * With nothing queued before it, writes the pending small bytes (the
   * head) and `data` to the kernel now (see writeToKernelNow); returns the
   * part of `data` still to be sent. Pending bytes the kernel left stay
   * queued (they are this buffer's own).
   */
  private sendNow(data: Uint8Array): Uint8Array {
    if (this.parts.length > 0) return data;
    const fd = idleDescriptor(this.socket);
    if (fd < 0) return data;
    const head = this.small === null ? null : responseSlab.shrink(this.small, this.smallUsed);
    const sent = writeToKernelNow(fd, head === null || head.length === 0 ? [data] : [head, data]);
    const headSent = Math.min(sent, head?.length ?? 0);
    this.small = null;
    this.smallUsed = 0;
    if (head !== null && headSent < head.length) this.keep(head.subarray(headSent), null);
    return data.subarray(sent - headSent);
  }

  private keepCopy(data: Uint8Array): void {
    const length = data.length;
    const copy = length < POOLED_MIN ? Buffer.allocUnsafe(length) : takeLargeBuffer(length);
    copy.set(data);
    this.keep(copy.length === length ? copy : copy.subarray(0, length), length >= POOLED_MIN ? copy : null);
  }

  private keep(part: Uint8Array, pooled: Buffer | null): void {
    this.parts.push(part);
    this.pooled.push(pooled);
  }

  private closeSmall(): void {
    if (this.small === null || this.smallUsed === 0) return;
    this.keep(responseSlab.shrink(this.small, this.smallUsed), null);
    this.small = null;
    this.smallUsed = 0;
  }
}
