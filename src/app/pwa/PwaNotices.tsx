import { useEffect, useState } from 'react';
import { pickMessages, type Lang } from '../../i18n/lang';
import { pwaMessages } from './messages';
import { offlineLine, type CopySource } from './offlineText';
import { trackOnlineStatus, usePwaStore } from './pwaStore';
import { currentCopy } from './savedCopy';
import './pwa.css';

/**
 * Follows the network, and registers the service worker once the page has loaded: saving the
 * offline copy must not compete with the first view (its code loads then, too).
 */
export function useServiceWorker() {
  useEffect(() => {
    trackOnlineStatus();
    const register = () => void import('./registerServiceWorker').then((m) => m.registerServiceWorker(), () => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
}

/** "A new version is available: reload", while a newer build waits. */
function UpdatePrompt({ lang }: { lang: Lang }) {
  const applyUpdate = usePwaStore((s) => s.applyUpdate);
  const t = pickMessages(pwaMessages, lang);
  if (!applyUpdate) return null;
  return (
    <p className="pwa-notice pwa-notice--update">
      {t.updateAvailable}{' '}
      <button type="button" className="button button--primary pwa-notice__button" onClick={applyUpdate}>
        {t.reload}
      </button>
    </p>
  );
}

/** A quiet line while the network is gone, saying which copy is on screen. */
function OfflineLine({ lang }: { lang: Lang }) {
  const online = usePwaStore((s) => s.online);
  const [copy, setCopy] = useState<CopySource | null>(null);
  useEffect(() => {
    if (online) return;
    let current = true;
    void currentCopy().then((found) => {
      if (current) setCopy(found);
    });
    return () => {
      current = false;
    };
  }, [online]);
  if (online || !copy) return null;
  return <p className="pwa-notice pwa-notice--offline">{offlineLine(copy, lang)}</p>;
}

/** The page's notes about its offline copy, in a live region so they are announced when they appear. */
export function PwaNotices({ lang }: { lang: Lang }) {
  return (
    <div className="pwa-notices" role="status" aria-live="polite">
      <UpdatePrompt lang={lang} />
      <OfflineLine lang={lang} />
    </div>
  );
}
