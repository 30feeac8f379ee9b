// See index.tsx: moves role="listbox" from autocomplete.js's dropdown to the
// element that holds the options, and points the input at it. Idempotent
// (it runs on every DOM change of the search bar).
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function fixListbox(root: HTMLElement): void {
  const input = root.querySelector('input[role="combobox"], input.navbar__search-input');
  for (const dropdown of Array.from(root.querySelectorAll('[role="listbox"], [data-search-dropdown]'))) {
    const options = dropdown.querySelector('[role="option"]')?.parentElement;
    if (!options || options === dropdown) continue;
    if (dropdown.getAttribute('role') === 'listbox') {
      dropdown.removeAttribute('role');
      setIfChanged(dropdown, 'data-search-dropdown', '');
    }
    const id = `${dropdown.id || 'search'}-options`;
    setIfChanged(options, 'id', id);
    setIfChanged(options, 'role', 'listbox');
    if (input) {
      setIfChanged(input, 'aria-controls', id);
      if (input.hasAttribute('aria-owns')) setIfChanged(input, 'aria-owns', id);
    }
  }
}
