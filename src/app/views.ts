import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

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
