import { describe, expect, it } from 'vitest';
import { CSV_BOM, buildExportSvg, csvCell, exportFileName, toCsv, wrapText } from './index';

describe('csv', () => {
  it('starts with a BOM and ends records with CRLF', () => {
    const csv = toCsv([
      ['Country', 'Count'],
      ['哈薩克斯坦', 61],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Country,Count\r\n哈薩克斯坦,61\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
  });
});

describe('file names', () => {
  it('are lower-case words with the date', () => {
    expect(exportFileName('Agreements by Country!', '2026-06-06', 'png')).toBe('agreements-by-country-2026-06-06.png');
    expect(exportFileName('協議', '2026-06-06', 'svg')).toBe('chart-2026-06-06.svg');
  });
});

describe('wrapText', () => {
  it('breaks Latin text at spaces within the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });
  it('never starts a line with closing Chinese punctuation', () => {
    const lines = wrapText('一二三四五六七八九十，一二三', 100, 10);
    expect(lines.some((line) => line.startsWith('，'))).toBe(false);
  });
  it('breaks Chinese text between characters', () => {
    const lines = wrapText('香港與哈薩克斯坦及烏茲別克斯坦簽署九十六份協議', 100, 10);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
    expect(lines.join('')).toBe('香港與哈薩克斯坦及烏茲別克斯坦簽署九十六份協議');
  });
});

describe('buildExportSvg', () => {
  function chart() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 400 120');
    svg.setAttribute('tabindex', '0');
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('width', '50');
    rect.setAttribute('height', '20');
    rect.setAttribute('tabindex', '0');
    rect.style.fill = 'rgb(0, 115, 158)';
    const ring = document.createElementNS(ns, 'rect');
    ring.setAttribute('data-export', 'exclude');
    svg.append(rect, ring);
    document.body.append(svg);
    return svg;
  }

  it('draws title, takeaway, source and credit as text, inlines fills and drops interactive hooks', () => {
    const svg = chart();
    const out = buildExportSvg(svg, {
      title: 'Agreements <by> country',
      takeaway: '96 in all',
      source: 'Source: Ta Kung Pao',
      credit: 'Mission Atlas · exported 6 June 2026',
      lang: 'en',
    });
    expect(out.width).toBe(400 + 2 * 20);
    expect(out.height).toBeGreaterThan(120);
    const doc = new DOMParser().parseFromString(out.markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['Agreements <by> country', '96 in all', 'Source: Ta Kung Pao', 'Mission Atlas · exported 6 June 2026']);
    expect(doc.documentElement.getAttribute('width')).toBe('440');
    expect(doc.documentElement.querySelector('svg')!.getAttribute('width')).toBe('400');
    const inner = doc.documentElement.querySelector('svg')!;
    expect(inner.querySelectorAll('rect')).toHaveLength(1);
    // Styles become presentation attributes: a style attribute would break under the app's CSP.
    expect(inner.querySelector('rect')!.getAttribute('fill')).toBe('rgb(0, 115, 158)');
    expect(out.markup).not.toContain('style=');
    expect(out.markup).not.toContain('tabindex');
    svg.remove();
  });

  it('draws the legend shown beside the chart under it: each swatch as drawn and its words', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = chart();
    const swatch = (dashed: boolean) => {
      const s = document.createElementNS(ns, 'svg');
      s.setAttribute('width', '34');
      s.setAttribute('height', '14');
      s.setAttribute('class', 'swatch');
      const rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('width', '30');
      rect.setAttribute('height', '12');
      rect.style.fill = 'rgb(227, 231, 237)';
      if (dashed) rect.style.strokeDasharray = '4, 3';
      s.append(rect);
      document.body.append(s);
      return s;
    };
    const legend = [
      { swatch: swatch(false), label: 'Exact figure' },
      { swatch: swatch(true), label: 'Approximate (“about”)' },
    ];
    const plain = buildExportSvg(svg, { title: 'Growth', takeaway: '', source: 'Source', credit: 'Credit', lang: 'en' });
    const out = buildExportSvg(svg, { title: 'Growth', takeaway: '', source: 'Source', credit: 'Credit', lang: 'en' }, legend);
    const doc = new DOMParser().parseFromString(out.markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['Growth', 'Source', 'Credit'].flatMap((t) => (t === 'Source' ? ['Exact figure', 'Approximate (“about”)', t] : [t])));
    // The chart and two swatches, each a nested <svg> with its look as attributes.
    const swatches = [...doc.documentElement.querySelectorAll(':scope > svg')].slice(1);
    expect(swatches).toHaveLength(2);
    expect(swatches[1]!.querySelector('rect')!.getAttribute('stroke-dasharray')).toMatch(/4,? 3/);
    expect(swatches[0]!.getAttribute('class')).toBeNull();
    expect(out.height).toBeGreaterThan(plain.height);
    expect(out.markup).not.toContain('style=');
    for (const item of legend) item.swatch.remove();
    svg.remove();
  });

  it('names fonts of the reader\'s script: Simplified Chinese fonts for 简体中文, Traditional/HK ones otherwise', () => {
    for (const [lang, wanted, unwanted] of [
      ['zh-Hans', /Noto Sans SC|PingFang SC|Microsoft YaHei/, /CJK TC|PingFang TC|JhengHei/],
      ['zh-Hant', /CJK TC|PingFang (TC|HK)|JhengHei/, /Noto Sans SC|PingFang SC|YaHei/],
    ] as const) {
      const svg = chart();
      svg.setAttribute('font-family', "'Noto Sans CJK TC', 'PingFang TC', sans-serif");
      const out = buildExportSvg(svg, { title: '協議', takeaway: '', source: '', credit: '', lang });
      // The stacks that name Chinese fonts (jsdom computes no font for some elements).
      const fonts = [...out.markup.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]!.replace(/&apos;|&#39;/g, "'")).filter((f) => /CJK|PingFang|YaHei|JhengHei|Noto Sans SC/.test(f));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatch(wanted);
        expect(font).not.toMatch(unwanted);
      }
      svg.remove();
    }
  });
});
