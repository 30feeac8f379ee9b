/**
 * Folds a search word for accent-insensitive matching: canonical
 * decomposition (NFD), then every combining mark removed, so "según",
 * "segun" and "SEGÚN" (once lower-cased) meet. One code point in, one out
 * for precomposed Latin letters, so token positions stay valid.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
