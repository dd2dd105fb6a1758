import { russianMessages } from '../../i18n/lang';
import type { voicesMessages } from './messages';

export default russianMessages<typeof voicesMessages>('voices', {
  intro:
    'Что названные поимённо люди говорили о миссии — нашими словами (это не цитаты), у каждого высказывания указан источник. Имена даны в устоявшемся русском написании; где его нет — в нашей транскрипции, с пометкой и с китайским оригиналом.',
  romanised: 'наша транскрипция',
  scopeAll: 'Все высказывания ({count}).',
  scopeCountry: '{country}: {count, plural, one {# высказывание} few {# высказывания} many {# высказываний} other {# высказывания}} — об этой стране, о поездке в целом или о регионе «{region}».',
  aboutBoth: 'Поездка в целом',
  onDay: '{date}',
  byReport: 'Публикация от {date}',
  empty: 'В публикациях нет высказываний об этой стране.',
});
