import type { Lang } from './lang';

/**
 * How each language joins the parts of a sentence: Chinese writes full-width marks with no space
 * around them, English half-width marks followed by a space. One record per locale, so a new
 * language is one more entry here and no code outside src/i18n asks which language it is.
 */
export interface Punctuation {
  /** Between clauses or the parts of a citation: ", " / "，". */
  comma: string;
  /** Between list items that hold commas themselves: "; " / "；". */
  semicolon: string;
  /** After a label: ": " / "：". */
  colon: string;
  /** Before an aside: " — " / "——". */
  dash: string;
  /** Around an aside: " (" … ")" / "（" … "）". */
  openParen: string;
  closeParen: string;
  /** Between short items of the same kind (names, places): ", " / "、". */
  enumeration: string;
  /** Between items on one line that may hold commas themselves (a report's sections): " · " / "、". */
  itemBreak: string;
  /** Between two sentences: " " / "" (Chinese sentences end with 。 and need no space). */
  sentenceGap: string;
  /** Between a headline and its second part: " — " / " ". */
  titleBreak: string;
}

const CHINESE: Punctuation = { comma: '，', semicolon: '；', colon: '：', dash: '——', openParen: '（', closeParen: '）', enumeration: '、', itemBreak: '、', sentenceGap: '', titleBreak: ' ' };

const PUNCTUATION: Record<Lang, Punctuation> = {
  en: { comma: ', ', semicolon: '; ', colon: ': ', dash: ' — ', openParen: ' (', closeParen: ')', enumeration: ', ', itemBreak: ' · ', sentenceGap: ' ', titleBreak: ' — ' },
  'zh-Hant': CHINESE,
  'zh-Hans': CHINESE,
  // Russian sets a dash with spaces around it and keeps a space after every mark, as English does.
  ru: { comma: ', ', semicolon: '; ', colon: ': ', dash: ' — ', openParen: ' (', closeParen: ')', enumeration: ', ', itemBreak: ' · ', sentenceGap: ' ', titleBreak: ' — ' },
};

export const punctuation = (lang: Lang): Punctuation => PUNCTUATION[lang];

/** "text (aside)" / "text（aside）". */
export function withAside(text: string, aside: string, lang: Lang): string {
  const p = PUNCTUATION[lang];
  return `${text}${p.openParen}${aside}${p.closeParen}`;
}
