import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type ReactNode } from 'react';
import { downloadBlob } from '../../components/export/download';
import { fill, pickMessages, type Lang } from '../../i18n/lang';
import { briefingMessages } from './messages';
import { deckMoveForKey, type SlideId } from './slides';
import './deck.css';

export interface DeckSlide {
  id: SlideId;
  title: string;
  takeaway: string;
  /** The slide's source line, in words. */
  source: string;
  content: ReactNode;
}

interface SlideDeckProps {
  slides: readonly DeckSlide[];
  /** 1-based; clamped to the deck. */
  current: number;
  lang: Lang;
  onGo: (slide: number) => void;
  onExit: () => void;
  /** "Mission Atlas · …" beside the counter of an exported PNG. */
  credit?: string;
  /** More controls for the footer, before "Leave presentation" (the PowerPoint download). */
  actions?: ReactNode;
}

/** The frame every slide is laid out in, and the size of its PNG. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** Keys typed into a field are not deck moves. Everything else in the deck is: the map included. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"]');
}

/** How far a slide's content may shrink to fit before it scrolls instead (a safety net: slides are made to fit). */
const MIN_FIT = 0.5;
const FIT_SLACK_PX = 12;

/**
 * Shrinks the slide's content (CSS zoom) if it would not fit the frame; what fits stays at full
 * size. Each step starts from the current zoom and scales by what is measured now.
 */
function useShrinkToFit(bodyRef: RefObject<HTMLDivElement | null>, fitRef: RefObject<HTMLDivElement | null>, slideKey: string) {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const content = fitRef.current;
    if (!body || !content) return;
    const fit = () => {
      const zoom = Number(content.style.zoom || 1);
      const drawn = body.getBoundingClientRect().height;
      if (body.clientHeight === 0 || drawn === 0) return;
      const needed = Math.max(content.getBoundingClientRect().height, body.scrollHeight * (drawn / body.clientHeight));
      let next = zoom;
      if (needed > drawn + 1) next = Math.max(MIN_FIT, (zoom * (drawn - FIT_SLACK_PX)) / needed);
      else if (zoom < 1 && needed < drawn - 3 * FIT_SLACK_PX) next = Math.min(1, (zoom * (drawn - FIT_SLACK_PX)) / needed);
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
    const resize = new ResizeObserver(refit);
    resize.observe(body);
    resize.observe(content);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
    };
  }, [bodyRef, fitRef, slideKey]);
}

/** A phone held upright (or any narrow portrait window): the slide stacks instead of being a tiny frame. */
const STACK_QUERY = '(orientation: portrait) and (max-width: 900px)';
/** A small screen (a phone either way up): the controls leave the frame, where they would be too small to tap. */
const COMPACT_QUERY = '(max-width: 900px), (max-height: 500px)';

interface DeckFit {
  fit: 'frame' | 'stack';
  compact: boolean;
}

function measureFit(): DeckFit {
  const matches = (query: string) => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches;
  return { fit: matches(STACK_QUERY) ? 'stack' : 'frame', compact: matches(COMPACT_QUERY) };
}

/**
 * Scales the 1920 × 1080 frame to the window (letterboxed at 16:9), or says the slide should stack.
 * The scale is a custom property the stylesheet applies, so the layout inside never changes.
 */
function useFrameScale(deckRef: RefObject<HTMLDivElement | null>): DeckFit {
  const [fit, setFit] = useState<DeckFit>(measureFit);
  useLayoutEffect(() => {
    const deck = deckRef.current;
    if (!deck || typeof window === 'undefined') return;
    const update = () => {
      const scale = Math.min(window.innerWidth / SLIDE_WIDTH, window.innerHeight / SLIDE_HEIGHT);
      deck.style.setProperty('--deck-scale', scale.toFixed(5));
      const next = measureFit();
      setFit((now) => (now.fit === next.fit && now.compact === next.compact ? now : next));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [deckRef]);
  return fit;
}

/** A horizontal swipe of at least this many pixels, more sideways than up or down, moves the deck. */
const SWIPE_PX = 50;

/**
 * The deck: one 16:9 slide at a time with its title, takeaway, source line and `N / total` counter.
 * Keyboard (what clickers send): Right/Left, PageDown/PageUp, Space/Shift+Space, Home/End, wherever
 * focus is in the deck (text fields aside; the slide's map does not keep them), Escape to leave.
 * Swipe left or right on a touch screen. Each change is announced in a live region.
 */
export function SlideDeck({ slides, current, lang, onGo, onExit, credit = 'Mission Atlas', actions }: SlideDeckProps) {
  const t = pickMessages(briefingMessages, lang);
  const total = slides.length;
  const index = Math.min(total, Math.max(1, current));
  const slide = slides[index - 1];
  const deckRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const fitRef = useRef<HTMLDivElement>(null);
  const { fit, compact } = useFrameScale(deckRef);
  useShrinkToFit(bodyRef, fitRef, `${slide?.id ?? ''}-${fit}`);
  // The message belongs to the slide it was about; moving on hides it.
  const [exportMessage, setExportMessage] = useState<{ slide: number; text: string } | null>(null);
  const exportStatus = exportMessage?.slide === index ? exportMessage.text : '';

  useEffect(() => {
    deckRef.current?.focus();
  }, []);

  useEffect(() => {
    // In the capture phase, so a focused map (which pans on arrow keys) never sees a deck key.
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'Escape' && isTextField(event.target)) return;
      const move = deckMoveForKey(event.key, index, total, event.shiftKey);
      if (move === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      if (move === null) return;
      if (move.kind === 'exit') onExit();
      else onGo(move.slide);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [index, total, onGo, onExit]);

  // Swipe: a touch that moves mostly sideways. The map pans under a finger, so swipes start outside it.
  useEffect(() => {
    const deck = deckRef.current;
    if (!deck) return;
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = touch && event.touches.length === 1 && !(event.target instanceof Element && event.target.closest('.leaflet-container')) ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      const next = dx < 0 ? index + 1 : index - 1;
      if (next >= 1 && next <= total) onGo(next);
    };
    deck.addEventListener('touchstart', onStart, { passive: true });
    deck.addEventListener('touchend', onEnd, { passive: true });
    return () => {
      deck.removeEventListener('touchstart', onStart);
      deck.removeEventListener('touchend', onEnd);
    };
  }, [index, total, onGo]);

  if (!slide) return null;
  const counter = fill(t.slideCounter, { n: index, total });

  const onExport = async () => {
    try {
      const stage = stageRef.current;
      if (!stage) return;
      // The picture is the frame as drawn: the same DOM and styles, at 1920 × 1080, without the deck's buttons.
      const { renderNodePng } = await import('./renderNodePng');
      const blob = await renderNodePng(stage, SLIDE_WIDTH, SLIDE_HEIGHT, (clone) => {
        for (const name of ['transform', 'position', 'left', 'top', 'min-height', 'padding-bottom']) clone.style.removeProperty(name);
        clone.style.setProperty('width', `${SLIDE_WIDTH}px`);
        clone.style.setProperty('height', `${SLIDE_HEIGHT}px`);
      });
      downloadBlob(blob, `mission-atlas-slide-${index}-${slide.id}-${lang}.png`);
      setExportMessage({ slide: index, text: fill(t.exportDone, { n: index }) });
    } catch (err) {
      setExportMessage({ slide: index, text: fill(t.exportFailed, { detail: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const previous = (
    <button type="button" className="deck__button" onClick={() => onGo(index - 1)} disabled={index === 1} aria-label={t.previous}>
      ←
    </button>
  );
  const next = (
    <button type="button" className="deck__button" onClick={() => onGo(index + 1)} disabled={index === total} aria-label={t.next}>
      →
    </button>
  );
  const more = (
    <>
      <button type="button" className="deck__button" onClick={() => void onExport()} title={t.exportPngHint}>
        {t.exportPng}
      </button>
      {actions}
      <button type="button" className="deck__button deck__exit" onClick={onExit} aria-label={t.exit}>
        <span className="deck__exit-full">{t.exit}</span>
        <span className="deck__exit-short" aria-hidden="true">
          {t.exitShort}
        </span>
      </button>
    </>
  );

  return (
    <div
      ref={deckRef}
      className="deck"
      role="region"
      aria-roledescription="carousel"
      aria-label={t.deckLabel}
      tabIndex={-1}
      data-slide={slide.id}
      data-fit={fit}
    >
      <div ref={stageRef} className="deck__stage" data-fit={fit}>
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
              <span className="slide__credit" data-export="show">
                {credit}
              </span>
              {compact ? null : <span data-export="skip">{previous}</span>}
              {/* A stacked slide scrolls: its counter stands in the bar, always on screen. */}
              {fit === 'stack' ? null : (
                <span id="slide-counter" className="slide__counter">
                  {counter}
                </span>
              )}
              {compact ? null : (
                <>
                  <span data-export="skip">{next}</span>
                  <span data-export="skip" className="slide__actions">
                    {more}
                  </span>
                </>
              )}
            </div>
          </footer>
        </section>
      </div>
      {/* On a phone: the same controls, large and always on screen, outside the scaled frame. */}
      {compact ? (
        <>
          <div className="deck__nav deck__nav--previous">
            {previous}
            {more}
          </div>
          <div className="deck__nav deck__nav--next">
            {fit === 'stack' ? (
              <span id="slide-counter" className="slide__counter deck__counter">
                {counter}
              </span>
            ) : null}
            {next}
          </div>
        </>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {fill(t.slideAnnounce, { n: index, total, title: slide.title })}
      </p>
      <p className="deck__export-status" role="status">
        {exportStatus}
      </p>
    </div>
  );
}
