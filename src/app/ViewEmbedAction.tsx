import { EmbedAction } from '../components/EmbedAction';
import { buildEmbedUrl, EMBED_HEIGHTS, isEmbedView } from '../store/embedUrl';
import { pickMessages, type Lang } from '../i18n/lang';
import { selectSelection, useAppStore } from '../store/appStore';
import { useShallow } from 'zustand/react/shallow';
import { appMessages } from './messages';
import type { ViewId } from './views';

/** A view's "Embed" action, for the view as the reader has it now (the selection goes into the URL). */
export function ViewEmbedAction({ view, title, lang }: { view: ViewId; title: string; lang: Lang }) {
  const selection = useAppStore(useShallow(selectSelection));
  if (!isEmbedView(view)) return null;
  const src = buildEmbedUrl(window.location.href, view, selection);
  const frameTitle = `${title} · ${pickMessages(appMessages, lang).appTitle}`;
  return <EmbedAction lang={lang} src={src} frameTitle={frameTitle} height={EMBED_HEIGHTS[view]} />;
}
