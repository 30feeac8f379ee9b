// The slide number in the URL's query (`?diapositiva=3`, `?slide=3` in
// English), 1-based for people, 0-based in the code. Works the same with
// the browser router and the hash router (whose query lives after the #).

export const SLIDE_PARAMS = { es: 'diapositiva', en: 'slide' } as const;
export type SlideLocale = keyof typeof SLIDE_PARAMS;

/** The 0-based slide in `search`, or null when the page is not presented. */
export function readSlide(search: string): number | null {
  const params = new URLSearchParams(search);
  for (const name of Object.values(SLIDE_PARAMS)) {
    const value = params.get(name);
    if (value === null) continue;
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) && n >= 1 ? n - 1 : 0;
  }
  return null;
}

/** `search` with the slide set (0-based `index`) or removed (null). */
export function writeSlide(search: string, index: number | null, locale: SlideLocale): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(SLIDE_PARAMS)) params.delete(name);
  if (index !== null) params.set(SLIDE_PARAMS[locale], String(index + 1));
  const text = params.toString();
  return text ? `?${text}` : '';
}
