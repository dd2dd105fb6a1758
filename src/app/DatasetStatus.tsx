import { fill, pickMessages, type Lang } from '../i18n/lang';
import { loadTripDataset, useAppStore } from '../store/appStore';
import { appMessages } from './messages';

/** The dataset's loading line, or what went wrong with a Retry: the dashboard's and the embed page's. */
export function DatasetStatus({ lang }: { lang: Lang }) {
  const dataset = useAppStore((s) => s.dataset);
  const t = pickMessages(appMessages, lang);
  if (dataset.status === 'loading') {
    return (
      <div className="status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t.loading}
      </div>
    );
  }
  if (dataset.status === 'error') {
    return (
      <div className="status status--error" role="alert">
        <h2 className="status__title">{t.loadFailed}</h2>
        <p>{fill(t[`error-${dataset.kind}`], { detail: dataset.detail })}</p>
        <details className="status__detail">
          <summary>{t.errorDetail}</summary>
          <code>{dataset.detail}</code>
        </details>
        <button type="button" className="button button--primary" onClick={() => void loadTripDataset()}>
          {t.retry}
        </button>
      </div>
    );
  }
  return null;
}

