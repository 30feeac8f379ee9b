// DOM helpers of the presenter: the page's blocks, and which keys belong
// to the element that has the focus rather than to the slides.
import type { Block, SlideRange } from './slides';
import { writeSlide, type SlideLocale } from './slideParam';

export function markdownOf(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(':scope > .markdown');
}

export function blocksOf(markdown: HTMLElement): Block[] {
  return Array.from(markdown.children, (el) => ({ tag: el.tagName, chars: el.textContent?.length ?? 0 }));
}

/** The title of a slide: its first heading, without the anchor link. */
export function slideTitle(markdown: HTMLElement, slide: SlideRange): string {
  for (let i = slide.start; i < slide.end; i += 1) {
    const el = markdown.children[i];
    const heading = /^H[1-3]$/.test(el.tagName) ? el : el.querySelector('h1');
    if (heading) return (heading.textContent ?? '').replace(/\u200b/g, '').trim();
  }
  return '';
}

/** CSS that hides every block of the page outside [start, end). */
export function slideCss(slide: SlideRange): string {
  const sel = '[data-presentation-root][data-presenting] > .markdown > ';
  const rules = [`${sel}:nth-child(n+${slide.end + 1})`];
  if (slide.start > 0) rules.push(`${sel}:nth-child(-n+${slide.start})`);
  return `${rules.join(',\n')} { display: none !important; }`;
}

/** Keys typed into an editor or a form field are the field's. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Space on these activates them; arrows on a tab move between tabs. */
export function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="tab"], [role="button"]') !== null;
}

export function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="tab"], [role="tablist"]') !== null;
}

export function isShown(el: Element | null): boolean {
  return el instanceof HTMLElement && el.getClientRects().length > 0;
}

/**
 * Writes the slide into the address bar without a router navigation: a
 * navigation would re-render the whole page on every slide (and a live
 * editor that had the focus would take it back). With the hash router the
 * route, and its query, live after the #.
 */
export function replaceSlideInUrl(index: number | null, locale: SlideLocale, hashRouter: boolean): void {
  const { pathname, search, hash } = window.location;
  let url: string;
  if (hashRouter) {
    const route = hash.replace(/^#/, '') || '/';
    const q = route.indexOf('?');
    const routePath = q < 0 ? route : route.slice(0, q);
    url = `${pathname}${search}#${routePath}${writeSlide(q < 0 ? '' : route.slice(q), index, locale)}`;
  } else {
    url = `${pathname}${writeSlide(search, index, locale)}${hash}`;
  }
  window.history.replaceState(window.history.state, '', url);
}
