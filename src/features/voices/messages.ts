import { defineMessages } from '../../i18n/lang';

export const voicesMessages = defineMessages('voices', {
  en: {
    intro:
      'What named people said about the mission, in our own words (not quotations), each with its source. Names are given in their official English form where one is well established; otherwise in our own romanisation, marked as such, with the Chinese.',
    romanised: 'our romanisation',
    scopeAll: 'All {count} remarks.',
    scopeCountry: '{count} remarks: those about {country} and those about the trip or {region} as a whole.',
    aboutBoth: 'The trip as a whole',
    onDay: 'on {date}',
    byReport: 'Reported {date}',
    empty: 'No remarks about this country in the reports.',
  },
  zhHant: {
    intro: '具名人士對此行的看法，以我們自己的文字轉述（並非引文），逐一附上出處。人名如有通用的正式英文名稱即採用，否則由我們按粵語拼音拼寫並附中文，並註明。',
    romanised: '本站拼音',
    scopeAll: '共{count}則言論。',
    scopeCountry: '{count}則言論：與{country}有關，以及談及整個行程或{region}的言論。',
    aboutBoth: '整個行程',
    onDay: '{date}',
    byReport: '{date}報道',
    empty: '報道中沒有關於這個國家的言論。',
  },
});
