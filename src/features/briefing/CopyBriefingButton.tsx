import { useEffect, useRef, useState } from 'react';
import { pickMessages } from '../../i18n/lang';
import { useAppStore } from '../../store/appStore';
import './copy-briefing.css';
import { briefingControlMessages } from './controlMessages';

type CopyState = { status: 'idle' } | { status: 'copied'; key: string } | { status: 'failed'; key: string; text: string };

/** "Copy as briefing text": a short summary of the current selection, with sources, on the clipboard. */
export function CopyBriefingButton({ className = 'button' }: { className?: string }) {
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const day = useAppStore((s) => s.day);
  const outcome = useAppStore((s) => s.outcome);
  const level = useAppStore((s) => s.level);
  const field = useAppStore((s) => s.field);
  const status = useAppStore((s) => s.status);
  const q = useAppStore((s) => s.q);
  const dataset = useAppStore((s) => s.dataset);
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const t = pickMessages(briefingControlMessages, lang);
  // A new selection makes the last message stale: it is shown only for the selection it was about.
  const key = [lang, country, day, outcome, level, field, status, q].join('|');
  const state: CopyState = copy.status !== 'idle' && copy.key !== key ? { status: 'idle' } : copy;
  // When copying failed, the text is shown selected, ready for Ctrl+C.
  useEffect(() => {
    if (copy.status === 'failed') fallbackRef.current?.select();
  }, [copy]);

  if (dataset.status !== 'ready') return null;
  const onCopy = async () => {
    // The text builder and the clipboard code load on the click (they are not needed for the first
    // screen); the click's user activation lasts long enough for the clipboard.
    const [{ buildBriefingText }, { copyText }] = await Promise.all([import('./buildBriefingText'), import('./copyText')]);
    const text = buildBriefingText(dataset.model, { lang, country, day, outcome, level, field, status, q, url: window.location.href });
    const ok = await copyText(text);
    setCopy(ok ? { status: 'copied', key } : { status: 'failed', key, text });
  };
  return (
    <div className="copy-briefing">
      <button type="button" className={className} title={t.copyBriefingHint} onClick={() => void onCopy()}>
        {t.copyBriefing}
      </button>
      <p role="status" className="copy-briefing__status">
        {state.status === 'copied' ? t.copied : state.status === 'failed' ? t.copyFailed : ''}
      </p>
      {state.status === 'failed' ? (
        <textarea ref={fallbackRef} className="copy-briefing__fallback" readOnly value={state.text} aria-label={t.copyBriefing} rows={8} />
      ) : null}
    </div>
  );
}
