/**
 * What the slides show live, handed to the deck in features/briefing (features never import each
 * other): the headline figures and the views the dashboard shows.
 */
import type { SlideViews } from '../features/briefing/PresentationMode';
import { useAppStore } from '../store/appStore';
import { HeadlineFigures } from './Header';
import { VIEW_COMPONENTS } from './views';

function HeadlineSlide() {
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  if (dataset.status !== 'ready') return null;
  // The slide's title names the figures; the slide has its own source line.
  return <HeadlineFigures model={dataset.model} lang={lang} country={country} showSource={false} labelledBy="slide-title" />;
}

export const SLIDE_VIEWS: SlideViews = {
  headline: HeadlineSlide,
  map: VIEW_COMPONENTS.map,
  agreements: VIEW_COMPONENTS.agreements,
  timeline: VIEW_COMPONENTS.timeline,
  economy: VIEW_COMPONENTS.economy,
};
