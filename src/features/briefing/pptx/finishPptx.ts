/**
 * What pptxgenjs cannot say itself, written into the file's XML afterwards:
 *  - East Asian text: pptxgenjs writes one typeface for Latin, East Asian and complex scripts. Chinese
 *    runs need their own <a:ea> font, and every run the language tag (zh-HK, zh-CN), so PowerPoint,
 *    Keynote, LibreOffice and Google Slides pick CJK glyphs of the right script instead of boxes.
 *    Microsoft JhengHei / YaHei come with Windows and with Office for Mac; where they are missing
 *    (Keynote, LibreOffice on Linux) the panose, charset and language let the app substitute its own
 *    Traditional or Simplified sans (PingFang HK / SC on macOS, Noto Sans CJK on Linux).
 *  - Bars coloured by their country within one series (<c:dPt>), as the dashboard colours them.
 *  - Data labels written as the dashboard writes them ("over 5%"): a number format per bar (<c:dLbl>)
 *    that keeps the qualifier and unit as text around the value, so the value stays editable.
 */
import JSZip from 'jszip';
import type { Lang } from '../../../i18n/lang';
import type { DeckDescription } from '../deck/types';

export interface DeckFonts {
  latin: string;
  /** The run language for PowerPoint's proofing and font choice. */
  lang: string;
  /**
   * The Latin face's character set when the text is not Western European: Russian runs name Arial with
   * charset 204 (RUSSIAN_CHARSET, written as the signed byte -52) and Arial's panose, so an app without
   * Arial substitutes a sans with Cyrillic (Liberation Sans, DejaVu Sans) instead of falling back by charset 0.
   */
  latinCharset?: { charset: string; panose: string };
  eastAsian?: { typeface: string; panose: string; charset: string; macFallback: string };
}

export function fontsFor(lang: Lang): DeckFonts {
  switch (lang) {
    case 'zh-Hant':
      // charset -120: Big5 (Traditional); panose of Microsoft JhengHei.
      return { latin: 'Arial', lang: 'zh-HK', eastAsian: { typeface: 'Microsoft JhengHei', panose: '020B0604030504040204', charset: '-120', macFallback: 'PingFang HK' } };
    case 'zh-Hans':
      // charset -122: GB2312 (Simplified); panose of Microsoft YaHei.
      return { latin: 'Arial', lang: 'zh-CN', eastAsian: { typeface: 'Microsoft YaHei', panose: '020B0503020204020204', charset: '-122', macFallback: 'PingFang SC' } };
    case 'ru':
      return { latin: 'Arial', lang: 'ru-RU', latinCharset: { charset: '-52', panose: '020B0604020202020204' } };
    default:
      return { latin: 'Arial', lang: 'en-GB' };
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every run of a slide, chart or notes page: East Asian typeface, Cyrillic charset and language set. */
export function setEastAsianRuns(xml: string, fonts: DeckFonts): string {
  let out = xml
    .replace(/ lang="en-(US|GB)"/g, ` lang="${fonts.lang}"`)
    // Chart text carries its language on the default run properties.
    .replace(/<a:defRPr(?![^>]* lang=)/g, `<a:defRPr lang="${fonts.lang}"`);
  const cyrillic = fonts.latinCharset;
  if (cyrillic) {
    const latin = `<a:latin typeface="${fonts.latin}" panose="${cyrillic.panose}" pitchFamily="34" charset="${cyrillic.charset}"/>`;
    out = out.replace(new RegExp(`<a:latin typeface="${escapeRegExp(fonts.latin)}"[^>]*/>`, 'g'), latin);
    // Chart text names no face of its own: give its default run properties the Cyrillic-capable one.
    out = out.replace(/<a:defRPr([^>]*?)\/>/g, `<a:defRPr$1>${latin}</a:defRPr>`);
  }
  const ea = fonts.eastAsian;
  if (!ea) return out;
  const eaElement = `<a:ea typeface="${ea.typeface}" panose="${ea.panose}" pitchFamily="34" charset="${ea.charset}"/>`;
  // pptxgenjs's copy of the Latin face as the East Asian one.
  out = out.replace(new RegExp(`<a:ea typeface="${escapeRegExp(fonts.latin)}"[^>]*/>`, 'g'), eaElement);
  // Latin faces without an East Asian one beside them (chart text).
  out = out.replace(/(<a:latin typeface="[^"]*"[^>]*\/>)(?!<a:ea)/g, `$1${eaElement}`);
  return out;
}

/** The theme's fonts: East Asian text with no face of its own (notes, new text boxes) gets ours too. */
export function setThemeFonts(xml: string, fonts: DeckFonts): string {
  const ea = fonts.eastAsian;
  if (!ea) return xml;
  const script = fonts.lang === 'zh-HK' ? 'Hant' : 'Hans';
  return xml
    .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${ea.typeface}" panose="${ea.panose}" charset="${ea.charset}"/>`)
    .replace(new RegExp(`<a:font script="${script}" typeface="[^"]*"/>`, 'g'), `<a:font script="${script}" typeface="${ea.typeface}"/>`);
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** A look per bar of one series: <c:dPt> elements before the series' data labels. */
export function setPointStyles(xml: string, pointStyles: readonly (readonly { color: string; outline?: string }[] | undefined)[]): string {
  let serIndex = 0;
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, inner: string) => {
    const styles = pointStyles[serIndex++];
    if (!styles) return whole;
    const points = styles
      .map((style, i) => {
        const line = style.outline
          ? `<a:ln w="19050"><a:solidFill><a:srgbClr val="${hex(style.outline)}"/></a:solidFill><a:prstDash val="dash"/></a:ln>`
          : '';
        return `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${hex(style.color)}"/></a:solidFill>${line}</c:spPr></c:dPt>`;
      })
      .join('');
    const at = inner.search(/<c:dLbls>|<c:cat>/);
    if (at < 0) return whole;
    return `<c:ser>${inner.slice(0, at)}${points}${inner.slice(at)}</c:ser>`;
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text shown as it is in an Excel number format: in quotes, a quote mark itself as \". */
const literal = (text: string) =>
  text
    .split('"')
    .map((part) => (part ? `"${part}"` : ''))
    .join('\\"');

/**
 * The Excel number format that shows `value` as `label` does: "over 5%" -> "over "0"%". The label's
 * number becomes the value's placeholder (with its decimals and grouping) when it reads as the value;
 * otherwise the whole label is shown as text.
 */
export function labelFormatCode(label: string, value: number): string {
  const match = /\d[\d,]*(?:\.(\d+))?/.exec(label);
  if (!match || Math.abs(Number(match[0].replace(/,/g, '')) - value) > 1e-9) return literal(label) || '""';
  const decimals = match[1]?.length ?? 0;
  const placeholder = `${match[0].includes(',') ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  return `${literal(label.slice(0, match.index))}${placeholder}${literal(label.slice(match.index + match[0].length))}`;
}

/** A data label per bar (<c:dLbl>), with the series' label text style, in each series that has labels. */
export function setPointLabels(xml: string, labelsBySeries: readonly ({ labels: readonly string[]; values: readonly number[] } | undefined)[]): string {
  let serIndex = 0;
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, inner: string) => {
    const series = labelsBySeries[serIndex++];
    const at = inner.indexOf('<c:dLbls>');
    if (!series || at < 0) return whole;
    const textStyle = /<c:txPr>[\s\S]*?<\/c:txPr>/.exec(inner.slice(at))?.[0] ?? '';
    const position = /<c:dLblPos val="[^"]*"\/>/.exec(inner.slice(at))?.[0] ?? '';
    const labels = series.labels
      .map(
        (label, i) =>
          `<c:dLbl><c:idx val="${i}"/><c:numFmt formatCode="${escapeXml(labelFormatCode(label, series.values[i] ?? 0))}" sourceLinked="0"/>` +
          `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textStyle}${position}` +
          '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>',
      )
      .join('');
    const start = at + '<c:dLbls>'.length;
    return `<c:ser>${inner.slice(0, start)}${labels}${inner.slice(start)}</c:ser>`;
  });
}

const chartNumber = (path: string) => Number(/chart(\d+)\.xml$/.exec(path)?.[1] ?? 0);

export async function finishPptx(bytes: Uint8Array, deck: DeckDescription, fonts: DeckFonts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = deck.slides.flatMap((s) => (s.body.kind === 'charts' ? s.body.charts : []));
  const chartFiles = Object.keys(zip.files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => chartNumber(a) - chartNumber(b));
  const edits: Promise<void>[] = [];
  const edit = (path: string, change: (xml: string) => string) =>
    edits.push(
      zip
        .file(path)!
        .async('string')
        .then((xml) => {
          zip.file(path, change(xml));
        }),
    );
  for (const path of Object.keys(zip.files)) {
    if (/^ppt\/(slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(path)) edit(path, (xml) => setEastAsianRuns(xml, fonts));
    if (/^ppt\/theme\/theme\d+\.xml$/.test(path)) edit(path, (xml) => setThemeFonts(xml, fonts));
  }
  // pptxgenjs numbers the charts in the order they were added: the deck's order.
  chartFiles.forEach((path, i) => {
    const spec = charts[i];
    edit(path, (xml) => {
      const withFonts = setEastAsianRuns(xml, fonts);
      if (!spec) return withFonts;
      const styled = setPointStyles(withFonts, spec.series.map((s) => s.points));
      return setPointLabels(styled, spec.series.map((s) => (s.labels ? { labels: s.labels, values: s.values } : undefined)));
    });
  });
  await Promise.all(edits);
  // Pictures are compressed already: stored as they are, which saves most of the time spent zipping.
  for (const path of Object.keys(zip.files).filter((p) => /^ppt\/media\/./.test(p) && !zip.files[p]!.dir)) {
    edits.push(
      zip
        .file(path)!
        .async('uint8array')
        .then((data) => {
          zip.file(path, data, { compression: 'STORE' });
        }),
    );
  }
  await Promise.all(edits);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
