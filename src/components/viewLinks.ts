/**
 * Where a link to another view goes. On the dashboard every view is on the page (`#view-voices`);
 * the embed page shows one view, so it provides links to the embed of that view instead. A feature
 * asks for the link here and never needs to know which page it is on.
 */
import { createContext, useContext } from 'react';

export const viewAnchor = (view: string): string => `#view-${view}`;

export const ViewLinkContext = createContext<(view: string) => string>(viewAnchor);

export function useViewLink(view: string): string {
  return useContext(ViewLinkContext)(view);
}
