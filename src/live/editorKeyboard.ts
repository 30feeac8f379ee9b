/**
 * Leaving the live editor with the keyboard (WCAG 2.1.2, no keyboard trap).
 * The editor (react-live on use-editable) indents on Tab, so Tab alone never
 * leaves it. After Esc, the next Tab or Shift+Tab is kept from the editor's
 * window-level key handler and moves the focus as anywhere else.
 * The editor also gets a name, a textbox role and the hint that says so.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

export interface EditorKeyboard {
  ref: RefObject<HTMLDivElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

function isEditor(target: EventTarget | null): target is HTMLElement {
  return target instanceof HTMLElement && target.isContentEditable;
}

export function useEditorKeyboard(label: string, hintId: string): EditorKeyboard {
  const ref = useRef<HTMLDivElement>(null);
  const escaped = useRef(false);
  useEffect(() => {
    for (const editor of Array.from(ref.current?.querySelectorAll<HTMLElement>('[contenteditable]') ?? [])) {
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('aria-multiline', 'true');
      editor.setAttribute('aria-label', label);
      editor.setAttribute('aria-describedby', hintId);
    }
  });
  return {
    ref,
    onKeyDown(event) {
      if (!isEditor(event.target) || MODIFIERS.has(event.key)) return;
      if (event.key === 'Escape') {
        escaped.current = true;
        return;
      }
      if (event.key === 'Tab' && escaped.current) event.stopPropagation();
      escaped.current = false;
    },
  };
}
