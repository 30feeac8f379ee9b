/**
 * Fence meta words of ```python blocks:
 * - `norun` (or `norun=server`, `norun=fragment`, `norun=shell`): the page
 *   does not run it and says why;
 * - `continues`: the block uses names an earlier Python block of the page
 *   defines; running it runs that one first, in the same namespace.
 */
export type NoRunReason = 'server' | 'fragment' | 'shell' | 'other';

export interface PythonMeta {
  noRun?: NoRunReason;
  continues: boolean;
}

export function parsePythonMeta(metastring: string | undefined): PythonMeta {
  const words = (metastring ?? '').split(/\s+/);
  const noRunWord = words.find((word) => word === 'norun' || word.startsWith('norun='));
  const reason = noRunWord?.split('=')[1];
  const noRun: NoRunReason | undefined =
    noRunWord === undefined
      ? undefined
      : reason === 'server' || reason === 'fragment' || reason === 'shell'
        ? reason
        : 'other';
  return { ...(noRun && { noRun }), continues: words.includes('continues') };
}
