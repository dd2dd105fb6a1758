/**
 * The code a host page pastes to embed one view (embed.html), and the small script that lets the
 * frame's height follow its content. Pure text builders: the Embed action shows them, the README
 * quotes them, and the browser test pastes them into a page on another origin.
 */

/** The message embed.html posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'mission-atlas:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** CSS pixels, whole. */
  height: number;
}

export function heightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.max(0, Math.ceil(height)) };
}

/** What a host page should accept: our type, and a finite height within reason. */
export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= 20_000;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface IframeCodeInput {
  /** The embed page's absolute URL, with the view and the selection in its query. */
  src: string;
  /** The frame's accessible name (e.g. the view's title and the site's name). */
  title: string;
  /** A first height in pixels, until the frame reports its own. */
  height: number;
}

/** One <iframe> element, ready to paste. */
export function buildIframeCode({ src, title, height }: IframeCodeInput): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" ` +
    `loading="lazy" style="border:0;max-width:100%" data-mission-atlas-embed></iframe>`
  );
}

/**
 * The host page's listener: it takes height messages only from the embed's origin and only for the
 * frame that sent them.
 */
export function buildHostScript(embedOrigin: string): string {
  return [
    '<script>',
    "window.addEventListener('message', function (event) {",
    `  if (event.origin !== ${JSON.stringify(embedOrigin)}) return;`,
    '  var data = event.data;',
    `  if (!data || data.type !== ${JSON.stringify(EMBED_HEIGHT_MESSAGE)} || typeof data.height !== 'number') return;`,
    "  document.querySelectorAll('iframe[data-mission-atlas-embed]').forEach(function (frame) {",
    "    if (frame.contentWindow === event.source) frame.style.height = Math.min(data.height, 20000) + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
