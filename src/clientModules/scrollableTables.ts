/**
 * Tables that scroll sideways (custom.css makes wide ones scroll inside
 * themselves) must be reachable with the keyboard to be scrolled (WCAG
 * 2.1.1; axe's scrollable-region-focusable): each one that overflows gets
 * tabindex="0", and loses it when it fits again (after a resize).
 */
const SELECTOR = '.markdown table';

function markScrollable(): void {
  for (const table of Array.from(document.querySelectorAll<HTMLElement>(SELECTOR))) {
    const scrolls = table.scrollWidth > table.clientWidth + 1;
    if (scrolls && table.getAttribute('tabindex') !== '0') table.setAttribute('tabindex', '0');
    if (!scrolls && table.getAttribute('tabindex') === '0') table.removeAttribute('tabindex');
  }
}

let frame = 0;
function schedule(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(markScrollable);
}

if (typeof window !== 'undefined') window.addEventListener('resize', schedule);

export function onRouteDidUpdate(): void {
  schedule();
}
