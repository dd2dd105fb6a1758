import { useState } from 'react';
import type { TripModel } from '../../data/buildTripModel';
import type { CountryCode } from '../../data/schema';
import { fill, pickMessages, type Lang } from '../../i18n/lang';
import { useAppStore } from '../../store/appStore';
import type { DeckParts } from './deck/types';
import { briefingControlMessages } from './controlMessages';
import './pptx.css';

type PptxState = { status: 'idle' } | { status: 'busy' } | { status: 'done' | 'failed'; key: string; text: string };

interface DownloadPptxButtonProps {
  /**
   * Loads the maker of the deck's parts from other features (the app's): on demand, so the charts'
   * code stays out of the first load.
   */
  loadParts: () => Promise<(model: TripModel, lang: Lang, country: CountryCode | null) => DeckParts>;
  className?: string;
  /** 'deck' puts the message at the foot of the screen, as the slide PNG's is. */
  placement?: 'header' | 'deck';
}

/** "Download PowerPoint (.pptx)": the whole deck, in the reader's language and selection. */
export function DownloadPptxButton({ loadParts, className = 'button', placement = 'header' }: DownloadPptxButtonProps) {
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const dataset = useAppStore((s) => s.dataset);
  const [state, setState] = useState<PptxState>({ status: 'idle' });
  const t = pickMessages(briefingControlMessages, lang);
  // A message is about the selection it was made for; a new one makes it stale.
  const key = `${lang}|${country ?? 'all'}`;
  if (dataset.status !== 'ready') return null;
  const busy = state.status === 'busy';
  const message = state.status === 'busy' ? t.pptxBusy : state.status !== 'idle' && state.key === key ? state.text : '';

  // Pointing at the button (or tabbing to it) starts loading the code, so the click waits less.
  const prefetch = () => {
    void import('./pptx/makePptxFile').catch(() => {});
    void loadParts().catch(() => {});
  };

  const onDownload = async () => {
    if (busy) return;
    setState({ status: 'busy' });
    try {
      // pptxgenjs (with JSZip) and the download code load only now, when someone asks for the file:
      // never in the first load.
      const [{ makePptxFile }, buildParts, { savePptxFile }] = await Promise.all([
        import('./pptx/makePptxFile'),
        loadParts(),
        import('./pptx/savePptxFile'),
      ]);
      const { deck, blob } = await makePptxFile(dataset.model, lang, country, buildParts);
      savePptxFile(deck, blob);
      setState({ status: 'done', key, text: fill(t.pptxDone, { slides: deck.slides.length }) });
    } catch (err) {
      setState({ status: 'failed', key, text: fill(t.pptxFailed, { detail: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <div className={`pptx-download pptx-download--${placement}`}>
      <button
        type="button"
        className={className}
        title={t.downloadPptxHint}
        aria-disabled={busy}
        aria-busy={busy}
        data-busy={busy ? 'true' : undefined}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => void onDownload()}
      >
        {busy ? <span className="pptx-download__spinner" aria-hidden="true" /> : null}
        {t.downloadPptx}
      </button>
      <p role="status" className={`pptx-download__status${state.status === 'failed' && message ? ' pptx-download__status--failed' : ''}`}>
        {message}
      </p>
    </div>
  );
}
