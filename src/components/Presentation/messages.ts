// What the presentation says, Spanish first.
import type { SlideLocale } from './slideParam';

export const PRESENTATION_UI = {
  es: {
    present: 'Presentar',
    presentLabel: (title: string) => `Presentar «${title}» como diapositivas`,
    stage: (title: string) => `Presentación: ${title}`,
    controls: 'Controles de la presentación',
    previous: 'Anterior',
    previousLabel: 'Diapositiva anterior',
    next: 'Siguiente',
    nextLabel: 'Diapositiva siguiente',
    fullscreen: 'Pantalla completa',
    exit: 'Salir',
    exitLabel: 'Salir de la presentación (Esc)',
    keys: '← → o espacio para avanzar; Esc sale del editor y luego de la presentación',
    announce: (n: number, total: number, title: string) =>
      `Diapositiva ${n} de ${total}${title ? `: ${title}` : ''}`,
  },
  en: {
    present: 'Present',
    presentLabel: (title: string) => `Present “${title}” as slides`,
    stage: (title: string) => `Presentation: ${title}`,
    controls: 'Presentation controls',
    previous: 'Previous',
    previousLabel: 'Previous slide',
    next: 'Next',
    nextLabel: 'Next slide',
    fullscreen: 'Full screen',
    exit: 'Exit',
    exitLabel: 'Exit the presentation (Esc)',
    keys: '← → or space to move; Esc leaves an editor, then the presentation',
    announce: (n: number, total: number, title: string) => `Slide ${n} of ${total}${title ? `: ${title}` : ''}`,
  },
} as const satisfies Record<SlideLocale, unknown>;

export type PresentationUi = (typeof PRESENTATION_UI)[SlideLocale];
