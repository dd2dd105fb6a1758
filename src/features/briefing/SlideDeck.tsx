import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type ReactNode } from 'react';
import { downloadBlob } from '../../components/export';
import { fill, pickMessages, type Lang } from '../../i18n/lang';
import { briefingMessages } from './messages';
import { renderSlidePng, type SlideArt } from './slidePng';
import { deckMoveForKey, type SlideId } from './slides';

export interface DeckSlide {
  id: SlideId;
  title: string;
  takeaway: string;
  /** The slide's source line, in words. */
  source: string;
  content: ReactNode;
  /**
   * The picture for the PNG export. Without it the slide's largest chart <svg> is used, if any.
   * May be async (the map slide loads the base map on demand).
   */
  art?: () => SlideArt | null | Promise<SlideArt | null>;
}

interface SlideDeckProps {
  slides: readonly DeckSlide[];
  /** 1-based; clamped to the deck. */
  current: number;
  lang: Lang;
  onGo: (slide: number) => void;
  onExit: () => void;
  /** "Mission Atlas · …" under the counter of an exported PNG. */
  credit?: string;
  /** More controls for the footer, before "Leave presentation" (the PowerPoint download). */
  actions?: ReactNode;
}

/** Keys typed into a field, or used to pan a map, are not deck moves. */
function isOwnKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"], .leaflet-container');
}

function largestSvg(root: HTMLElement | null): SVGSVGElement | null {
  if (!root) return null;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.closest('.leaflet-container')) continue;
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  // Icons are not charts.
  return bestArea > 20_000 ? best : null;
}

/** How far a slide's content may shrink to fit the screen before it scrolls instead. */
const MIN_FIT = 0.5;
/** Room left under the content once shrunk, so a chart that re-lays itself out a little taller still fits. */
const FIT_SLACK_PX = 12;

/**
 * Shrinks the slide's content (CSS zoom on its wrapper) just enough that the body does not scroll;
 * what fits at full size stays at full size. A chart inside re-lays itself out for the width the
 * zoom gives it, so each step starts from the current zoom and scales by what is measured now
 * (never back to 1 first, which made the chart jump between two layouts). Runs again when the
 * screen or the content changes: a chart switched to seven bars, another language, a laptop.
 */
function useShrinkToFit(bodyRef: RefObject<HTMLDivElement | null>, fitRef: RefObject<HTMLDivElement | null>, slideKey: string) {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const content = fitRef.current;
    if (!body || !content) return;
    const fit = () => {
      const zoom = Number(content.style.zoom || 1);
      // In drawn pixels throughout: a slide body may carry a zoom of its own (the agreements slide),
      // and client/scroll sizes are in the element's own, unzoomed pixels.
      const drawn = body.getBoundingClientRect().height;
      if (body.clientHeight === 0 || drawn === 0) return;
      const available = drawn;
      const needed = Math.max(content.getBoundingClientRect().height, body.scrollHeight * (drawn / body.clientHeight));
      let next = zoom;
      if (needed > available + 1) next = Math.max(MIN_FIT, (zoom * (available - FIT_SLACK_PX)) / needed);
      else if (zoom < 1 && needed < available - 3 * FIT_SLACK_PX) next = Math.min(1, (zoom * (available - FIT_SLACK_PX)) / needed);
      if (Math.abs(next - zoom) < 0.005) return;
      if (next >= 1) content.style.removeProperty('zoom');
      else content.style.zoom = next.toFixed(3);
    };
    let frame = 0;
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // The screen (the body) and the content (a lazy view arriving, a chart re-laid out) changing size.
    const resize = new ResizeObserver(refit);
    resize.observe(body);
    resize.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
    };
  }, [bodyRef, fitRef, slideKey]);
}

/**
 * The deck: one 16:9 slide at a time with its title, takeaway, source line and `N / total` counter.
 * Keyboard: Left/Right and PageUp/PageDown (what clickers send), Home/End, Escape to leave.
 * Focus goes to the deck on entry; each change is announced in a live region.
 */
export function SlideDeck({ slides, current, lang, onGo, onExit, credit = 'Mission Atlas', actions }: SlideDeckProps) {
  const t = pickMessages(briefingMessages, lang);
  const total = slides.length;
  const index = Math.min(total, Math.max(1, current));
  const slide = slides[index - 1];
  const deckRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const fitRef = useRef<HTMLDivElement>(null);
  useShrinkToFit(bodyRef, fitRef, slide?.id ?? '');
  // The message belongs to the slide it was about; moving on hides it.
  const [exportMessage, setExportMessage] = useState<{ slide: number; text: string } | null>(null);
  const exportStatus = exportMessage?.slide === index ? exportMessage.text : '';

  useEffect(() => {
    deckRef.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'Escape' && isOwnKeyTarget(event.target)) return;
      const move = deckMoveForKey(event.key, index, total);
      if (!move) return;
      event.preventDefault();
      if (move.kind === 'exit') onExit();
      else onGo(move.slide);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, total, onGo, onExit]);

  if (!slide) return null;
  const counter = fill(t.slideCounter, { n: index, total });

  const onExport = async () => {
    try {
      const art = slide.art ? await slide.art() : null;
      const svg = art ? null : largestSvg(bodyRef.current);
      const blob = await renderSlidePng(
        { title: slide.title, takeaway: slide.takeaway, source: slide.source, counter, credit, lang },
        art ?? (svg ? { kind: 'svg', svg } : null),
      );
      downloadBlob(blob, `mission-atlas-slide-${index}-${slide.id}-${lang}.png`);
      setExportMessage({ slide: index, text: fill(t.exportDone, { n: index }) });
    } catch (err) {
      setExportMessage({ slide: index, text: fill(t.exportFailed, { detail: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <div
      ref={deckRef}
      className="deck"
      role="region"
      aria-roledescription="carousel"
      aria-label={t.deckLabel}
      tabIndex={-1}
      data-slide={slide.id}
    >
      {/* Named by its title and position: the headline slide's title is also the name of a region inside it. */}
      <section className="slide" aria-roledescription="slide" aria-labelledby="slide-title slide-counter" data-slide-id={slide.id}>
        <header className="slide__header">
          <h2 id="slide-title" className="slide__title">
            {slide.title}
          </h2>
          <p className="slide__takeaway">{slide.takeaway}</p>
        </header>
        <div ref={bodyRef} className={`slide__body slide__body--${slide.id}`}>
          <div ref={fitRef} className="slide__fit">
            {slide.content}
          </div>
        </div>
        <footer className="slide__footer">
          <p className="slide__source">{slide.source}</p>
          <div className="slide__controls">
            <button type="button" className="deck__button" onClick={() => onGo(index - 1)} disabled={index === 1} aria-label={t.previous}>
              ←
            </button>
            <span id="slide-counter" className="slide__counter">
              {counter}
            </span>
            <button type="button" className="deck__button" onClick={() => onGo(index + 1)} disabled={index === total} aria-label={t.next}>
              →
            </button>
            <button type="button" className="deck__button" onClick={() => void onExport()} title={t.exportPngHint}>
              {t.exportPng}
            </button>
            {actions}
            <button type="button" className="deck__button" onClick={onExit}>
              {t.exit}
            </button>
          </div>
        </footer>
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">
        {fill(t.slideAnnounce, { n: index, total, title: slide.title })}
      </p>
      <p className="deck__export-status" role="status">
        {exportStatus}
      </p>
    </div>
  );
}
