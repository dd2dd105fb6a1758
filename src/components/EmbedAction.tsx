/**
 * The "Embed" action of a view: a disclosure with ready-to-paste iframe code for the view as it is
 * now (the selection is in the embed URL), and the host-page script that lets its height follow
 * the content (EmbedPanel, loaded on first open). Props only: the app builds the URL from the selection.
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { pickMessages, type Lang } from '../i18n/lang';
import { embedMessages } from './embedMessages';
import './embed-action.css';

const EmbedPanel = lazy(() => import('./EmbedPanel'));

export interface EmbedActionProps {
  lang: Lang;
  /** Absolute URL of embed.html with the view and the selection. */
  src: string;
  /** The frame's title (its accessible name on the host page). */
  frameTitle: string;
  /** A first height for the frame, in pixels. */
  height: number;
}

export function EmbedAction({ lang, src, frameTitle, height }: EmbedActionProps) {
  const t = pickMessages(embedMessages, lang);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="embed-action">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        title={t.embedHint}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {t.embed}
      </button>
      {open ? (
        <div
          id={panelId}
          className="embed-action__panel"
          role="group"
          aria-label={t.embed}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <Suspense fallback={<p className="embed-action__status">…</p>}>
            <EmbedPanel lang={lang} src={src} frameTitle={frameTitle} height={height} />
          </Suspense>
          <button type="button" className="button embed-action__close" onClick={close}>
            {t.close}
          </button>
        </div>
      ) : null}
    </div>
  );
}
