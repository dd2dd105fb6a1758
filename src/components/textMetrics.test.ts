import { describe, expect, it } from 'vitest';
import { wrapText } from './textMetrics';

describe('wrapText with a measurer', () => {
  const measure = (s: string) => s.length * 10;
  it('breaks at spaces, and between characters only for a word wider than the line', () => {
    expect(wrapText('Nursultan Nazarbayev International Airport', 210, 10, false, measure)).toEqual(['Nursultan Nazarbayev', 'International Airport']);
    expect(wrapText('Supercalifragilistic', 100, 10, false, measure)).toEqual(['Supercalif', 'ragilistic']);
    expect(wrapText('一二三四五六七八', 50, 10, false, measure)).toEqual(['一二三四五', '六七八']);
    expect(wrapText('Hub', 200, 10, false, measure)).toEqual(['Hub']);
  });
});
