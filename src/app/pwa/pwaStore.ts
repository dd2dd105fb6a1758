/**
 * What the page knows about its offline copy: whether the network is there, and whether a newer
 * build is waiting. A store of its own: the reader's selection (store/appStore.ts) does not depend on it.
 */
import { create } from 'zustand';

export interface PwaState {
  online: boolean;
  /** Set while a new build is installed and waiting: calling it switches to it and reloads. */
  applyUpdate: (() => void) | null;
}

export const usePwaStore = create<PwaState>()(() => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine !== false,
  applyUpdate: null,
}));

export const setOnline = (online: boolean) => usePwaStore.setState({ online });
export const offerUpdate = (applyUpdate: () => void) => usePwaStore.setState({ applyUpdate });

let tracking = false;

/** Follows the browser's online and offline events (once per page). */
export function trackOnlineStatus(win: Window = window): void {
  if (tracking) return;
  tracking = true;
  win.addEventListener('online', () => setOnline(true));
  win.addEventListener('offline', () => setOnline(false));
  setOnline(win.navigator.onLine !== false);
}
