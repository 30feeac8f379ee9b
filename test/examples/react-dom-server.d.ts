// @types/react-dom is not installed; the harness needs one function of it.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToString(element: ReactNode): string;
}
