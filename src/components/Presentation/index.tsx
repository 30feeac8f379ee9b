/**
 * The "Presentar" control of a guide page. Only this file and its small
 * stylesheet are in the page's bundle: the presenter (keys, slides, its
 * styles) is its own chunk, loaded on the first click or when the URL
 * already names a slide (a reload keeps the place).
 */
import React, { lazy, Suspense, useEffect, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { readSlide, type SlideLocale } from './slideParam';
import { PRESENTATION_UI } from './messages';
import styles from './styles.module.css';

const Presenter = lazy(() => import(/* webpackChunkName: "presentation" */ './Presenter'));

interface Start {
  slide: number;
  /** Started by a click: the presenter may ask for full screen. */
  byUser: boolean;
}

export function usePresentation(
  root: RefObject<HTMLDivElement | null>,
  title: string,
): { button: ReactNode; presenter: ReactNode } {
  const location = useLocation();
  const { i18n } = useDocusaurusContext();
  const locale: SlideLocale = i18n.currentLocale === 'en' ? 'en' : 'es';
  const t = PRESENTATION_UI[locale];
  const [start, setStart] = useState<Start | null>(null);

  useEffect(() => {
    const fromUrl = readSlide(location.search);
    if (fromUrl !== null) setStart({ slide: fromUrl, byUser: false });
    // Only the URL the page was opened with: later changes are the presenter's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const button = (
    <div className={styles.bar} data-present-button="">
      <button
        type="button"
        className="button button--secondary button--sm"
        aria-label={t.presentLabel(title)}
        onClick={() => setStart({ slide: 0, byUser: true })}>
        <span aria-hidden="true">▶ </span>
        {t.present}
      </button>
    </div>
  );
  const presenter =
    start === null ? null : (
      <Suspense fallback={null}>
        <Presenter
          root={root}
          title={title}
          locale={locale}
          startSlide={start.slide}
          fullscreen={start.byUser}
          onExit={() => setStart(null)}
        />
      </Suspense>
    );
  return { button, presenter };
}
