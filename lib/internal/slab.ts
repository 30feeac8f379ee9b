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

let slab = new ArrayBuffer(SLAB_SIZE);
let slabUsed = 0;

/** A new, zeroed array of `size` bytes (slab memory is never handed out twice). */
export function smallBytes(size: number): Uint8Array {
  if (size > MAX_SLAB_ALLOCATION) return new Uint8Array(size);
  if (slabUsed + size > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabUsed = 0;
  }
  const bytes = new Uint8Array(slab, slabUsed, size);
  // Views start at 8-byte boundaries, as Node's pool aligns its buffers.
  slabUsed += (size + 7) & ~7;
  return bytes;
}

/** A copy of `bytes` in storage of its own (from a slab when small). */
export function copyOfBytes(bytes: Uint8Array): Uint8Array {
  const copy = smallBytes(bytes.length);
  copy.set(bytes);
  return copy;
}
