import { describe, expect, it } from 'vitest';
import { labelFormatCode, setPointLabels } from './finishPptx';

describe('data labels written as the dashboard writes them', () => {
  it('keep the qualifier and unit as text around the value, with its decimals and grouping', () => {
    expect(labelFormatCode('over 5%', 5)).toBe('"over "0"%"');
    expect(labelFormatCode('about 6%', 6)).toBe('"about "0"%"');
    expect(labelFormatCode('7.7%', 7.7)).toBe('0.0"%"');
    expect(labelFormatCode('超過5%', 5)).toBe('"超過"0"%"');
    expect(labelFormatCode('US$79.1 billion', 79.1)).toBe('"US$"0.0" billion"');
    expect(labelFormatCode('1,650 million', 1650)).toBe('#,##0" million"');
  });

  it('show a label whose number is not the value as text, and never leave a quote mark open', () => {
    expect(labelFormatCode('1st in Asia', 4)).toBe('"1st in Asia"');
    expect(labelFormatCode('said "about" 5', 5)).toBe('"said "\\""about"\\"" "0');
    expect(labelFormatCode('', 0)).toBe('""');
  });

  it('put one <c:dLbl> per bar at the head of the series labels, with the series text style', () => {
    const xml =
      '<c:ser><c:idx val="0"/><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:txPr><a:p>style</a:p></c:txPr><c:showVal val="1"/></c:dLbls><c:cat/></c:ser>' +
      '<c:ser><c:idx val="1"/><c:dLbls><c:showVal val="1"/></c:dLbls></c:ser>';
    const out = setPointLabels(xml, [{ labels: ['over 5%', '7.7%'], values: [5, 7.7] }, undefined]);
    const first = out.split('</c:ser>')[0]!;
    expect(first).toContain('<c:dLbls><c:dLbl><c:idx val="0"/><c:numFmt formatCode="&quot;over &quot;0&quot;%&quot;" sourceLinked="0"/>');
    expect(first).toContain('<c:dLbl><c:idx val="1"/><c:numFmt formatCode="0.0&quot;%&quot;" sourceLinked="0"/>');
    expect(first.match(/<c:txPr><a:p>style<\/a:p><\/c:txPr>/g)).toHaveLength(3);
    // The series without labels is left as it was.
    expect(out.split('</c:ser>')[1]).toBe('<c:ser><c:idx val="1"/><c:dLbls><c:showVal val="1"/></c:dLbls>');
  });
});
