/**
 * Small byte arrays carved from shared slabs.
 * Internal helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

// Small byte arrays carved from shared slabs, as Node's Buffer pool does,
// in any runtime: in V8 every typed array over 64 bytes gets its own
// backing store, about 1 µs per allocation (new Uint8Array(65) vs 40 ns
// for 64), more than the rest of a small write costs. The slab is only
// ever handed out in disjoint views, so the sharing is seen only through
// `.buffer`, as with Node's Buffer.allocUnsafe; a slab is freed once no
// view of it is left.
const SLAB_SIZE = 64 * 1024;
/** Larger arrays get their own storage: carving them would waste the slab. */
export const MAX_SLAB_ALLOCATION = 4 * 1024;

/** Hands out disjoint views of one slab at a time. */
export class Slab {
  private slab = new ArrayBuffer(SLAB_SIZE);
  private used = 0;

  /** A new, zeroed array of `size` bytes (slab memory is never handed out twice). */
  take(size: number): Uint8Array {
    if (size > MAX_SLAB_ALLOCATION) return new Uint8Array(size);
    if (this.used + size > SLAB_SIZE) {
      this.slab = new ArrayBuffer(SLAB_SIZE);
      this.used = 0;
    }
    const bytes = new Uint8Array(this.slab, this.used, size);
    this.used += aligned(size);
    return bytes;
  }

  /**
   * The first `length` bytes of `bytes`, whose rest was never written;
   * when `bytes` is the last array taken, that rest goes back to the slab
   * (still zeroed) for the next one, as Node's pool does after
   * Buffer.from (an array taken at its largest size, then filled, costs
   * the slab only what it holds).
   */
  shrink(bytes: Uint8Array, length: number): Uint8Array {
    if (bytes.buffer === this.slab && bytes.byteOffset + aligned(bytes.length) === this.used) {
      this.used = bytes.byteOffset + aligned(length);
    }
    return bytes.subarray(0, length);
  }
}

// Views start at 8-byte boundaries, as Node's pool aligns its buffers.
function aligned(size: number): number {
  return (size + 7) & ~7;
}

const shared = new Slab();

/** A new, zeroed array of `size` bytes from the shared slab. */
export function smallBytes(size: number): Uint8Array {
  return shared.take(size);
}

/** A copy of `bytes` in storage of its own (from a slab when small). */
export function copyOfBytes(bytes: Uint8Array): Uint8Array {
  const copy = smallBytes(bytes.length);
  copy.set(bytes);
  return copy;
}
