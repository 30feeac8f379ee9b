/**
 * The Python blocks mounted on the page, so a `continues` block can find the
 * block before it (document order) and its current, possibly edited, code.
 */
export interface RegisteredBlock {
  element: HTMLElement;
  code: () => string;
  continues: boolean;
}

const blocks = new Set<RegisteredBlock>();

export function registerBlock(block: RegisteredBlock): () => void {
  blocks.add(block);
  return () => blocks.delete(block);
}

function previousBlock(block: RegisteredBlock): RegisteredBlock | undefined {
  let best: RegisteredBlock | undefined;
  for (const other of blocks) {
    if (other === block || !other.element.isConnected) continue;
    const before = other.element.compareDocumentPosition(block.element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!before) continue;
    const later = best && best.element.compareDocumentPosition(other.element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!best || later) best = other;
  }
  return best;
}

/** The code of the blocks `block` continues, oldest first. */
export function preludeOf(block: RegisteredBlock): string[] {
  const prelude: string[] = [];
  let current = block;
  const seen = new Set<RegisteredBlock>([block]);
  while (current.continues) {
    const previous = previousBlock(current);
    if (!previous || seen.has(previous)) break;
    seen.add(previous);
    prelude.unshift(previous.code());
    current = previous;
  }
  return prelude;
}
