/** Names of the dataset's codes, shared by every view, in both languages. */
import type { AgreementStatus, CountryCode, Field, Level, TripEvent } from '../data/schema';
import { countryText } from '../data/mission';
import { pickText, type Lang } from './lang';

type Labels<K extends string> = Record<K, { en: string; zhHant: string; ru: string }>;

const LEVEL_NAMES: Labels<Level> = {
  government: { en: 'Government', zhHant: '政府層面', ru: 'Межправительственные' },
  'non-government': { en: 'Non-government', zhHant: '非政府層面', ru: 'Неправительственные' },
};

const FIELD_NAMES: Labels<Field> = {
  'trade-investment': { en: 'Trade and investment', zhHant: '經貿投資', ru: 'Торговля и инвестиции' },
  finance: { en: 'Finance', zhHant: '金融', ru: 'Финансы' },
  'innovation-technology': { en: 'Innovation and technology', zhHant: '創新科技', ru: 'Инновации и технологии' },
  aviation: { en: 'Aviation', zhHant: '航空', ru: 'Авиация' },
  education: { en: 'Education', zhHant: '教育', ru: 'Образование' },
  'tax-customs': { en: 'Tax and customs', zhHant: '稅務及海關', ru: 'Налоги и таможня' },
  travel: { en: 'Travel and visas', zhHant: '出入境及簽證', ru: 'Поездки и визы' },
  diplomatic: { en: 'Official representation', zhHant: '官方駐點', ru: 'Официальные представительства' },
  industry: { en: 'Industry', zhHant: '實業', ru: 'Промышленность' },
};

const STATUS_NAMES: Labels<AgreementStatus> = {
  signed: { en: 'Signed', zhHant: '已簽署', ru: 'Подписано' },
  initialled: { en: 'Initialled', zhHant: '已草簽', ru: 'Парафировано' },
  agreed: { en: 'Agreed', zhHant: '已達成共識', ru: 'Достигнута договорённость' },
  'talks-to-start': { en: 'Talks to start', zhHant: '將展開磋商', ru: 'Предстоят переговоры' },
  planned: { en: 'Planned', zhHant: '籌劃中', ru: 'Планируется' },
};

const EVENT_KIND_NAMES: Labels<TripEvent['kind']> = {
  arrival: { en: 'Arrival', zhHant: '抵達', ru: 'Прибытие' },
  departure: { en: 'Departure', zhHant: '啟程', ru: 'Отъезд' },
  meeting: { en: 'Meeting', zhHant: '會晤', ru: 'Встреча' },
  'press-conference': { en: 'Press conference', zhHant: '記者會', ru: 'Пресс-конференция' },
  'site-visit': { en: 'Site visit', zhHant: '實地參觀', ru: 'Осмотр на месте' },
  announcement: { en: 'Announcement', zhHant: '公布', ru: 'Объявление' },
};

const pick = (label: { en: string; zhHant: string; ru?: string }, lang: Lang) => pickText(label, lang);

/** A country's name as the mission's data gives it (trip.json countries and home). */
export const countryName = (code: CountryCode, lang: Lang) => pick(countryText(code), lang);
export const levelName = (level: Level, lang: Lang) => pick(LEVEL_NAMES[level], lang);
export const fieldName = (field: Field, lang: Lang) => pick(FIELD_NAMES[field], lang);
export const statusName = (status: AgreementStatus, lang: Lang) => pick(STATUS_NAMES[status], lang);
export const eventKindName = (kind: TripEvent['kind'], lang: Lang) => pick(EVENT_KIND_NAMES[kind], lang);
