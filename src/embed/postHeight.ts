/**
 * The embed tells the page that frames it how tall it is, whenever that changes, so the host's
 * script (README, "Embedding a view") can size the iframe to its content. The height is not secret
 * and the host is any site, so the message goes to any origin; the host checks ours.
 */
import { heightMessage } from '../components/embedCode';

export function postHeightToParent(content: Element, win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  let last = -1;
  const post = () => {
    const message = heightMessage(content.getBoundingClientRect().height);
    if (message.height === last) return;
    last = message.height;
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  post();
  return () => observer.disconnect();
}
