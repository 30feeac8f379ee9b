/**
 * Presentation mode of a guide page: the page's own content, shown one
 * slide at a time over the whole window (full screen when asked by a
 * click). Nothing is re-rendered: the blocks outside the slide are hidden
 * with CSS, so live examples and HTTP exchanges stay mounted, editable and
 * running, and keep what the reader typed from slide to slide.
 */
import React, { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { splitSlides, type SlideRange } from './slides';
import type { SlideLocale } from './slideParam';
import { PRESENTATION_UI } from './messages';
import {
  blocksOf,
  isEditable,
  isShown,
  markdownOf,
  ownsArrows,
  ownsSpace,
  replaceSlideInUrl,
  slideCss,
  slideTitle,
} from './dom';
import './presentation.css';

interface Props {
  root: RefObject<HTMLDivElement | null>;
  title: string;
  locale: SlideLocale;
  startSlide: number;
  fullscreen: boolean;
  onExit: () => void;
}

function useSlides(root: RefObject<HTMLDivElement | null>): SlideRange[] {
  const [slides, setSlides] = useState<SlideRange[]>([]);
  useLayoutEffect(() => {
    const markdown = root.current && markdownOf(root.current);
    if (!markdown) return undefined;
    const measure = () => setSlides(splitSlides(blocksOf(markdown)));
    measure();
    // A live block replaces its placeholder when its chunk arrives.
    const observer = new MutationObserver(measure);
    observer.observe(markdown, { childList: true });
    return () => observer.disconnect();
  }, [root]);
  return slides;
}

/** Marks the page as presenting while mounted; returns the style element for the slide. */
function useStage(root: RefObject<HTMLDivElement | null>, label: string): RefObject<HTMLStyleElement | null> {
  const style = useRef<HTMLStyleElement | null>(null);
  useLayoutEffect(() => {
    const stage = root.current;
    if (!stage) return undefined;
    const sheet = document.createElement('style');
    sheet.setAttribute('data-presentation-slide', '');
    document.head.appendChild(sheet);
    style.current = sheet;
    document.documentElement.setAttribute('data-presenting', '');
    stage.setAttribute('data-presenting', '');
    stage.setAttribute('role', 'region');
    stage.setAttribute('aria-label', label);
    stage.tabIndex = -1;
    stage.focus({ preventScroll: true });
    return () => {
      sheet.remove();
      style.current = null;
      document.documentElement.removeAttribute('data-presenting');
      stage.removeAttribute('data-presenting');
      stage.removeAttribute('role');
      stage.removeAttribute('aria-label');
      stage.removeAttribute('tabindex');
    };
  }, [root, label]);
  return style;
}

/** After leaving: the page scrolled to where the slide was, its heading focused. */
function returnTo(el: Element | undefined): void {
  if (!(el instanceof HTMLElement)) {
    window.scrollTo(0, 0);
    return;
  }
  el.scrollIntoView({ block: 'start' });
  if (/^H[1-6]$/.test(el.tagName)) {
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus({ preventScroll: true });
  }
}

export default function Presenter({ root, title, locale, startSlide, fullscreen, onExit }: Props): ReactNode {
  const t = PRESENTATION_UI[locale];
  const hashRouter = useDocusaurusContext().siteConfig.future.experimental_router === 'hash';
  const slides = useSlides(root);
  const style = useStage(root, t.stage(title));
  const [index, setIndex] = useState(startSlide);
  const [announcement, setAnnouncement] = useState('');
  const leaving = useRef(false);
  const ownFullscreenExit = useRef(false);
  const total = slides.length;
  const current = total === 0 ? 0 : Math.min(Math.max(index, 0), total - 1);

  const go = useCallback((next: number) => setIndex(Math.min(Math.max(next, 0), Math.max(total - 1, 0))), [total]);

  // Show the slide, say it, keep it in the URL.
  useLayoutEffect(() => {
    const stage = root.current;
    const markdown = stage && markdownOf(stage);
    if (!stage || !markdown || total === 0 || !style.current) return;
    const slide = slides[current];
    style.current.textContent = slideCss(slide);
    stage.scrollTop = 0;
    if (!isShown(document.activeElement) || document.activeElement === document.body) {
      stage.focus({ preventScroll: true });
    }
    setAnnouncement(t.announce(current + 1, total, slideTitle(markdown, slide)));
    replaceSlideInUrl(current, locale, hashRouter);
    // Runs when the slide changes; the rest does not change while presenting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, slides, total]);

  const exit = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    const markdown = root.current && markdownOf(root.current);
    const first = markdown && slides[current] ? markdown.children[slides[current].start] : undefined;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    replaceSlideInUrl(null, locale, hashRouter);
    onExit();
    // After the page is back (the stage's styles are gone).
    requestAnimationFrame(() => returnTo(first));
  }, [root, slides, current, hashRouter, locale, onExit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      let move: number | 'exit' | null = null;
      if (isEditable(target)) {
        // Esc leaves the editor first (its Tab indents): then the keys move slides again.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        root.current?.focus({ preventScroll: true });
        return;
      }
      if (event.key === 'Escape') move = 'exit';
      else if (event.key === ' ' && !ownsSpace(target)) move = event.shiftKey ? current - 1 : current + 1;
      else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && ownsArrows(target)) return;
      else if (event.key === 'ArrowRight' || event.key === 'PageDown') move = current + 1;
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move = current - 1;
      else if (event.key === 'Home') move = 0;
      else if (event.key === 'End') move = total - 1;
      if (move === null) return;
      event.preventDefault();
      if (move === 'exit') exit();
      else go(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root, current, total, go, exit]);

  // Leaving full screen (the browser's own Esc) leaves the presentation.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (ownFullscreenExit.current) ownFullscreenExit.current = false;
      else exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [exit]);

  useEffect(() => {
    if (fullscreen && document.fullscreenEnabled && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(() => undefined);
    }
  }, [fullscreen]);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      ownFullscreenExit.current = true;
      document.exitFullscreen().catch(() => undefined);
    } else document.documentElement.requestFullscreen().catch(() => undefined);
  };

  return (
    <nav className="presentation-controls" aria-label={t.controls} data-presentation-controls="">
      <button
        type="button"
        className="button button--secondary"
        aria-label={t.previousLabel}
        aria-disabled={current === 0}
        aria-keyshortcuts="ArrowLeft PageUp"
        onClick={() => go(current - 1)}>
        <span aria-hidden="true">← </span>
        {t.previous}
      </button>
      <span className="presentation-counter" aria-hidden="true" data-presentation-counter="">
        {current + 1} / {Math.max(total, 1)}
      </span>
      <button
        type="button"
        className="button button--primary"
        aria-label={t.nextLabel}
        aria-disabled={current >= total - 1}
        aria-keyshortcuts="ArrowRight PageDown Space"
        onClick={() => go(current + 1)}>
        {t.next}
        <span aria-hidden="true"> →</span>
      </button>
      <span className="presentation-keys">{t.keys}</span>
      {typeof document !== 'undefined' && document.fullscreenEnabled && (
        <button type="button" className="button button--secondary" onClick={toggleFullscreen}>
          {t.fullscreen}
        </button>
      )}
      <button
        type="button"
        className="button button--secondary"
        aria-label={t.exitLabel}
        aria-keyshortcuts="Escape"
        onClick={exit}>
        {t.exit}
      </button>
      <p className="presentation-sr-only" aria-live="polite" aria-atomic="true" data-presentation-status="">
        {announcement}
      </p>
    </nav>
  );
}
