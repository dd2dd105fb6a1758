import { setSlide } from '../store/appStore';

/** Starts the slides (full screen where the browser allows). Apart from PresentationMode, which loads only then. */
export function enterPresentation() {
  setSlide(1);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) void root.requestFullscreen().catch(() => {});
}
