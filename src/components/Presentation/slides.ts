// Which blocks of a page make each slide: one slide per `##` section (the
// blocks before the first `##`, with the title, are the first slide); a
// section longer than `maxChars` that has `###` subsections is split at
// each `###`. Pure, so it is tested without a browser.

export interface Block {
  /** Upper-case tag name of the element (H1, H2, P, DIV…). */
  tag: string;
  /** Characters of text in the block, a measure of how long it is. */
  chars: number;
}

/** A slide: blocks [start, end) of the page. */
export interface SlideRange {
  start: number;
  end: number;
}

export const LONG_SECTION_CHARS = 1500;

function splitAt(blocks: Block[], range: SlideRange, tag: string): SlideRange[] {
  const cuts: number[] = [range.start];
  for (let i = range.start + 1; i < range.end; i += 1) {
    if (blocks[i].tag === tag) cuts.push(i);
  }
  return cuts.map((start, k) => ({ start, end: cuts[k + 1] ?? range.end }));
}

function chars(blocks: Block[], range: SlideRange): number {
  let total = 0;
  for (let i = range.start; i < range.end; i += 1) total += blocks[i].chars;
  return total;
}

export function splitSlides(blocks: Block[], maxChars = LONG_SECTION_CHARS): SlideRange[] {
  if (blocks.length === 0) return [{ start: 0, end: 0 }];
  const sections = splitAt(blocks, { start: 0, end: blocks.length }, 'H2');
  // A page that opens with its `##` has no separate opening slide.
  if (sections.length > 1 && sections[0].start === sections[0].end) sections.shift();
  return sections.flatMap((section) =>
    chars(blocks, section) > maxChars ? splitAt(blocks, section, 'H3') : [section],
  );
}

/** The slide that holds block `index` (0 when none does). */
export function slideOfBlock(slides: SlideRange[], index: number): number {
  const found = slides.findIndex((s) => index >= s.start && index < s.end);
  return found < 0 ? 0 : found;
}
