/**
 * Where a view is drawn: on the dashboard page, on a 16:9 slide, or for print. The app (or the deck)
 * provides it; each view reads it, marks its root with `data-variant` and keeps the styles of each
 * variant in its own folder, so the app composes views without styling their insides.
 */
import { createContext, useContext } from 'react';

export type ViewVariant = 'page' | 'slide' | 'print';

export const ViewVariantContext = createContext<ViewVariant>('page');

export function useViewVariant(): ViewVariant {
  return useContext(ViewVariantContext);
}
