/** Entering and leaving presentation mode: small, so the header has them without loading the deck. */
import { setSlide } from '../../store/appStore';

export function exitPresentation() {
  setSlide(null);
  if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Enter at slide 1, full screen where the browser allows it (it must be called from a click). */
export function enterPresentation() {
  setSlide(1);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) void root.requestFullscreen().catch(() => {});
}
