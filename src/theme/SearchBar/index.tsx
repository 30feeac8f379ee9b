/**
 * The local search bar (@easyops-cn/docusaurus-search-local), with the
 * ARIA its autocomplete.js dropdown gets wrong fixed in place:
 * - the "see all results" footer link sits inside the role="listbox"
 *   element, which may only hold options: the listbox role moves to the
 *   options' own container;
 * - the combobox input names the listbox it controls (aria-controls).
 */
import React, { useEffect, useRef, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { fixListbox } from './fixListbox';

export default function SearchBarWrapper(props: Record<string, unknown>): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    fixListbox(root);
    const observer = new MutationObserver(() => fixListbox(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
