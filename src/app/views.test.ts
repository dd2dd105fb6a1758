import { LANGS } from '../i18n/lang';
import { viewTitle } from './views';

describe('viewTitle', () => {
  it('names the number of outcomes in the timeline heading, in the language’s plural', () => {
    expect(viewTitle('timeline', 8, 'en')).toBe('Day by day and the 8 outcomes');
    expect(viewTitle('timeline', 1, 'en')).toBe('Day by day and the outcome');
    expect(viewTitle('timeline', 3, 'zh-Hant')).toBe('逐日行程與3大成果');
  });

  it('leaves no placeholder in any view’s title in any language', () => {
    for (const lang of LANGS) {
      for (const view of ['map', 'agreements', 'timeline', 'voices', 'economy', 'notes'] as const) {
        expect(viewTitle(view, 5, lang)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
