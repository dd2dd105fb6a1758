import { defineMessages } from '../../i18n/lang';

export const notesMessages = defineMessages('notes', {
  en: {
    sourcesHeading: 'Sources',
    notesHeading: 'Data notes ({count})',
    notesIntro: 'Where the reports disagree with each other or with well-known facts, both values are kept. Each note says which one the dashboard shows and why.',
    used: 'Shown here:',
    why: 'Why:',
  },
  zhHant: {
    sourcesHeading: '資料來源',
    notesHeading: '數據註釋（{count}則）',
    notesIntro: '各篇報道互有出入，或與公認事實不符之處，兩個數值均予保留；每則註釋說明本站採用哪一個及原因。',
    used: '本站採用：',
    why: '原因：',
  },
});
