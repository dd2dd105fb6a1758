import { describe, expect, it } from 'vitest';
import { computePopupLimits } from './usePopupLimits';

describe('computePopupLimits', () => {
  it('keeps a popup, with its margins, inside a phone-sized map', () => {
    const limits = computePopupLimits(322, 360);
    expect(limits.maxWidth + 30).toBeLessThan(322);
    expect(limits.minWidth).toBeLessThanOrEqual(limits.maxWidth);
    expect(limits.maxHeight + 40).toBeLessThan(360);
  });

  it('caps a wide map at a readable popup size', () => {
    expect(computePopupLimits(1316, 468)).toMatchObject({ maxWidth: 320, maxHeight: 320 });
  });
});
