import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { formatPlural } from '../i18n/format';
import { pickMessages, type Lang } from '../i18n/lang';
import { appMessages } from './messages';

export type ViewId = 'map' | 'agreements' | 'timeline' | 'voices' | 'economy' | 'notes';

// Views load lazily: the first paint needs only the shell and the headline figures. The dashboard
// and the slides share these, so a view loaded for one is ready for the other.
export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  map: lazy(() => import('../features/map/MapView')),
  agreements: lazy(() => import('../features/agreements/AgreementsView')),
  timeline: lazy(() => import('../features/timeline/TimelineView')),
  voices: lazy(() => import('../features/voices/VoicesView')),
  economy: lazy(() => import('../features/economy/EconomyView')),
  notes: lazy(() => import('../features/notes/NotesView')),
};

/**
 * A view's heading, as the dashboard, the embed and the embed code's frame title all give it: the
 * timeline's names the number of outcomes, in the language's plural.
 */
export function viewTitle(view: ViewId, outcomeCount: number, lang: Lang): string {
  const t = pickMessages(appMessages, lang);
  switch (view) {
    case 'map':
      return t.viewMap;
    case 'agreements':
      return t.viewAgreements;
    case 'timeline':
      return formatPlural(outcomeCount, { one: t.viewTimelineOne, other: t.viewTimeline }, lang);
    case 'voices':
      return t.viewVoices;
    case 'economy':
      return t.viewEconomy;
    case 'notes':
      return t.viewNotes;
  }
}
