/**
 * The Embed action's open panel: the iframe code and the host script, each with a Copy button.
 * Loaded when a reader first opens it, so the dashboard's first load does not carry it.
 */
import { useId, useRef, useState } from 'react';
import { pickMessages, type Lang } from '../i18n/lang';
import { buildHostScript, buildIframeCode } from './embedCode';
import { embedPanelMessages } from './embedPanelMessages';

type CopyStatus = 'idle' | 'copied' | 'failed';


function CodeBox({ label, code, copyLabel, lang }: { label: string; code: string; copyLabel: string; lang: Lang }) {
  const t = pickMessages(embedPanelMessages, lang);
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async () => {
    ref.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="embed-action__code">
      <label htmlFor={id} className="embed-action__label">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        className="embed-action__textarea"
        readOnly
        value={code}
        rows={Math.min(10, code.split('\n').length + 2)}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-action__row">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span className="embed-action__status" role="status">
          {status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

export interface EmbedPanelProps {
  lang: Lang;
  src: string;
  frameTitle: string;
  height: number;
}

export default function EmbedPanel({ lang, src, frameTitle, height }: EmbedPanelProps) {
  const t = pickMessages(embedPanelMessages, lang);
  return (
    <>
      <CodeBox label={t.embedLabel} code={buildIframeCode({ src, title: frameTitle, height })} copyLabel={t.copy} lang={lang} />
      <CodeBox label={t.heightLabel} code={buildHostScript(new URL(src).origin)} copyLabel={t.copyScript} lang={lang} />
    </>
  );
}
