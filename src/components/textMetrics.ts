/**
 * Text measured without a canvas (none in tests or workers): the charts lay out labels with it, and
 * the SVG export wraps its title and takeaway with it. Apart from the export code, so a view's chunk
 * carries these few lines and not the exporter.
 */

/** The font stack of the app (app.css --font), repeated here because the exported file has no CSS. */
export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK TC', 'PingFang TC', 'PingFang HK', 'Microsoft JhengHei', sans-serif";

/** The same stack for Simplified Chinese: mainland glyph shapes (app.css does the same for zh-Hans). */
export const EXPORT_FONT_SIMPLIFIED =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * For Cyrillic: faces that carry it on every system (Segoe UI and Arial on Windows, Helvetica Neue on
 * macOS, Roboto on Android, Noto Sans, Liberation Sans and DejaVu Sans on Linux), named before any fallback.
 */
export const EXPORT_FONT_CYRILLIC =
  "'Segoe UI', -apple-system, 'Helvetica Neue', Roboto, 'Noto Sans', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** The font stack an exported file names for texts in `lang` (a BCP 47 tag): fonts of the reader's script. */
export function exportFont(lang: string): string {
  if (/^ru/i.test(lang)) return EXPORT_FONT_CYRILLIC;
  return /^zh-(Hans|CN|SG)/i.test(lang) ? EXPORT_FONT_SIMPLIFIED : EXPORT_FONT;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated advance of one character: CJK glyphs are a full em; Latin averages under 0.6 em in sans fonts. */
function charWidth(char: string, fontSize: number, bold: boolean): number {
  if (CJK.test(char)) return fontSize;
  if (char === ' ') return fontSize * 0.3;
  return fontSize * (bold ? 0.62 : 0.57);
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let width = 0;
  for (const char of text) width += charWidth(char, fontSize, bold);
  return width;
}

/**
 * Break text into lines no wider than maxWidth (estimated: no canvas in tests or workers, unless a
 * `measure` is given, such as a canvas's measureText). Latin text breaks at spaces, CJK text between
 * any two characters; a Latin word wider than the line alone breaks between its characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, measure?: (s: string) => number): string[] {
  const width = measure ?? ((s: string) => estimateTextWidth(s, fontSize, bold));
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    // Chinese closing punctuation never starts a line (kinsoku): it stays on the line it closes.
    const closing = /^[，。、；：？！」』）》〉】,.;:!?)]$/.test(token);
    if (!closing && line.trim() !== '' && width(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(token) ? '' : token;
    } else {
      line = candidate;
    }
    // A word too wide for any line: fill lines with it character by character.
    if (line === token && [...token].length > 1 && width(token) > maxWidth) {
      let rest = '';
      for (const char of line) {
        if (rest && width(rest + char) > maxWidth) {
          lines.push(rest);
          rest = char;
        } else rest += char;
      }
      line = rest;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
