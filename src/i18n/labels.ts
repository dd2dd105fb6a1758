/** Names of the dataset's codes, shared by every view, in every language (Russian: labels.ru.ts, in the Russian pack). */
import type { AgreementStatus, CountryCode, Field, Level, TripEvent } from '../data/schema';
import { countryText } from '../data/mission';
import { defineMessages, pickMessages, pickText, type Bundle, type Lang } from './lang';

export const levelNames = defineMessages('levelNames', {
  en: {
    government: 'Government',
    'non-government': 'Non-government',
  },
  zhHant: {
    government: '政府層面',
    'non-government': '非政府層面',
  },
}) satisfies Bundle<string, Record<Level, string>, Record<Level, string>>;

export const fieldNames = defineMessages('fieldNames', {
  en: {
    'trade-investment': 'Trade and investment',
    finance: 'Finance',
    'innovation-technology': 'Innovation and technology',
    aviation: 'Aviation',
    education: 'Education',
    'tax-customs': 'Tax and customs',
    travel: 'Travel and visas',
    diplomatic: 'Official representation',
    industry: 'Industry',
  },
  zhHant: {
    'trade-investment': '經貿投資',
    finance: '金融',
    'innovation-technology': '創新科技',
    aviation: '航空',
    education: '教育',
    'tax-customs': '稅務及海關',
    travel: '出入境及簽證',
    diplomatic: '官方駐點',
    industry: '實業',
  },
}) satisfies Bundle<string, Record<Field, string>, Record<Field, string>>;

export const statusNames = defineMessages('statusNames', {
  en: {
    signed: 'Signed',
    initialled: 'Initialled',
    agreed: 'Agreed',
    'talks-to-start': 'Talks to start',
    planned: 'Planned',
  },
  zhHant: {
    signed: '已簽署',
    initialled: '已草簽',
    agreed: '已達成共識',
    'talks-to-start': '將展開磋商',
    planned: '籌劃中',
  },
}) satisfies Bundle<string, Record<AgreementStatus, string>, Record<AgreementStatus, string>>;

export const eventKindNames = defineMessages('eventKindNames', {
  en: {
    arrival: 'Arrival',
    departure: 'Departure',
    meeting: 'Meeting',
    'press-conference': 'Press conference',
    'site-visit': 'Site visit',
    announcement: 'Announcement',
  },
  zhHant: {
    arrival: '抵達',
    departure: '啟程',
    meeting: '會晤',
    'press-conference': '記者會',
    'site-visit': '實地參觀',
    announcement: '公布',
  },
}) satisfies Bundle<string, Record<TripEvent['kind'], string>, Record<TripEvent['kind'], string>>;

/** A country's name as the mission's data gives it (trip.json countries and home). */
export const countryName = (code: CountryCode, lang: Lang) => pickText(countryText(code), lang);
export const levelName = (level: Level, lang: Lang): string => pickMessages(levelNames, lang)[level];
export const fieldName = (field: Field, lang: Lang): string => pickMessages(fieldNames, lang)[field];
export const statusName = (status: AgreementStatus, lang: Lang): string => pickMessages(statusNames, lang)[status];
export const eventKindName = (kind: TripEvent['kind'], lang: Lang): string => pickMessages(eventKindNames, lang)[kind];
