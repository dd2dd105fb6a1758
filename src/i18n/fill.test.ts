/**
 * Messages that cannot be shown unfilled. The `@ts-expect-error` lines are the type test: `tsc`
 * (npm run typecheck) fails if any of them compiles, that is if a message with a placeholder could
 * be shown, passed on as text or filled without one of its values.
 */
import { defineMessages, fill, pickMessages, russianMessages, type PlaceholderNames } from './lang';
import { formatPlural } from './format';
import { installRussian } from './russian';

const messages = defineMessages('fillTest', {
  en: { plain: 'Sources', counted: '{count} outcomes', pair: '{shown} of {total}', oneOrMany: 'one outcome', countedOf: '{count} of {total} outcomes' },
  zhHant: { plain: '資料來源', counted: '{count}大成果', pair: '{total}項中的{shown}項', oneOrMany: '一項成果', countedOf: '{total}項中的{count}項成果' },
});
// As a bundle's messages.ru.ts declares it.
const messagesRu = russianMessages<typeof messages>('fillTest', {
  plain: 'Источники',
  counted: '{count, plural, one {# итог} few {# итога} many {# итогов} other {# итога}}',
  pair: '{shown} из {total}',
  oneOrMany: 'один итог',
  countedOf: '{count} из {total} итогов',
});
installRussian([messagesRu]);

function showText(text: string): string {
  return text;
}

describe('typed messages', () => {
  it('reads the placeholder names from the text', () => {
    expectTypeOf<PlaceholderNames<'{shown} of {total}'>>().toEqualTypeOf<'shown' | 'total'>();
    expectTypeOf<PlaceholderNames<'Sources'>>().toEqualTypeOf<never>();
  });

  it('gives a message without placeholders as a string, and one with them only through fill', () => {
    const t = pickMessages(messages, 'zh-Hant');
    expect(showText(t.plain)).toBe('資料來源');
    expect(fill(t.counted, { count: 8 })).toBe('8大成果');
    expect(fill(t.pair, { shown: 3, total: 96 })).toBe('96項中的3項');
    expect(formatPlural(1, { one: t.oneOrMany, other: t.counted }, 'en')).toBe('一項成果');
    expect(fill(formatPlural(3, { other: t.countedOf }, 'zh-Hant'), { total: 8 })).toBe('8項中的3項成果');
  });

  it('does not compile a message shown with a placeholder left unfilled', () => {
    const t = pickMessages(messages, 'en');
    // Each line below is a compile error: the function is here for tsc and never runs.
    const unfilled = () => {
      // @ts-expect-error: a message with {count} is not text until filled
      showText(t.counted);
      // @ts-expect-error: every placeholder needs its value ({total} is missing)
      fill(t.pair, { shown: 3 });
      // @ts-expect-error: a value for a placeholder the message does not have
      fill(t.counted, { count: 8, total: 96 });
      // @ts-expect-error: a literal text is read the same way
      fill('{count} of {total}', { count: 8 });
      // @ts-expect-error: the plural fills {count}, and {total} is still to fill
      showText(formatPlural(2, { other: t.countedOf }, 'en'));
    };
    expect(typeof unfilled).toBe('function');
  });

  it('gives the Russian texts from their own file, with the same placeholder types and plural blocks', () => {
    const t = pickMessages(messages, 'ru');
    expect(fill(t.counted, { count: 5 })).toBe('5 итогов');
    expect(fill(t.pair, { shown: 3, total: 96 })).toBe('3 из 96');
    // Each line below is a compile error: the function is here for tsc and never runs.
    const wrong = () => {
      // @ts-expect-error: every placeholder needs its value, in Russian too
      fill(t.pair, { shown: 3 });
      // @ts-expect-error: a Russian file without one of the bundle's keys
      russianMessages<typeof messages>('fillTest', { plain: 'Источники', counted: '', pair: '', oneOrMany: '' });
      russianMessages<typeof messages>('fillTest', {
        plain: 'Источники',
        counted: '',
        pair: '',
        oneOrMany: '',
        countedOf: '',
        // @ts-expect-error: a key the English bundle does not have
        extra: 'лишний',
      });
      // @ts-expect-error: the id of another bundle
      russianMessages<typeof messages>('otherBundle', messagesRu.texts as never);
    };
    expect(typeof wrong).toBe('function');
  });

  it('leaves an unknown placeholder of a run-time text as it is, so the sweep can see it', () => {
    const runtimeText: string = 'Figures from {sources}';
    expect(fill(runtimeText, {})).toBe('Figures from {sources}');
  });
});
