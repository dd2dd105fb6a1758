import { russianMessages } from './lang';
import type { eventKindNames, fieldNames, levelNames, statusNames } from './labels';

export default [
  russianMessages<typeof levelNames>('levelNames', {
    government: 'Межправительственные',
    'non-government': 'Неправительственные',
  }),
  russianMessages<typeof fieldNames>('fieldNames', {
    'trade-investment': 'Торговля и инвестиции',
    finance: 'Финансы',
    'innovation-technology': 'Инновации и технологии',
    aviation: 'Авиация',
    education: 'Образование',
    'tax-customs': 'Налоги и таможня',
    travel: 'Поездки и визы',
    diplomatic: 'Официальные представительства',
    industry: 'Промышленность',
  }),
  russianMessages<typeof statusNames>('statusNames', {
    signed: 'Подписано',
    initialled: 'Парафировано',
    agreed: 'Достигнута договорённость',
    'talks-to-start': 'Предстоят переговоры',
    planned: 'Планируется',
  }),
  russianMessages<typeof eventKindNames>('eventKindNames', {
    arrival: 'Прибытие',
    departure: 'Отъезд',
    meeting: 'Встреча',
    'press-conference': 'Пресс-конференция',
    'site-visit': 'Осмотр на месте',
    announcement: 'Объявление',
  }),
];
