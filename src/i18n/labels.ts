/** Names of the dataset's codes, shared by every view, in both languages. */
import type { AgreementStatus, CountryCode, Field, Level, TripEvent } from '../data/schema';
import { countryText } from '../data/mission';
import { pickText, type Lang } from './lang';

type Labels<K extends string> = Record<K, { en: string; zhHant: string }>;

const LEVEL_NAMES: Labels<Level> = {
  government: { en: 'Government', zhHant: '政府層面' },
  'non-government': { en: 'Non-government', zhHant: '非政府層面' },
};

const FIELD_NAMES: Labels<Field> = {
  'trade-investment': { en: 'Trade and investment', zhHant: '經貿投資' },
  finance: { en: 'Finance', zhHant: '金融' },
  'innovation-technology': { en: 'Innovation and technology', zhHant: '創新科技' },
  aviation: { en: 'Aviation', zhHant: '航空' },
  education: { en: 'Education', zhHant: '教育' },
  'tax-customs': { en: 'Tax and customs', zhHant: '稅務及海關' },
  travel: { en: 'Travel and visas', zhHant: '出入境及簽證' },
  diplomatic: { en: 'Official representation', zhHant: '官方駐點' },
  industry: { en: 'Industry', zhHant: '實業' },
};

const STATUS_NAMES: Labels<AgreementStatus> = {
  signed: { en: 'Signed', zhHant: '已簽署' },
  initialled: { en: 'Initialled', zhHant: '已草簽' },
  agreed: { en: 'Agreed', zhHant: '已達成共識' },
  'talks-to-start': { en: 'Talks to start', zhHant: '將展開磋商' },
  planned: { en: 'Planned', zhHant: '籌劃中' },
};

const EVENT_KIND_NAMES: Labels<TripEvent['kind']> = {
  arrival: { en: 'Arrival', zhHant: '抵達' },
  departure: { en: 'Departure', zhHant: '啟程' },
  meeting: { en: 'Meeting', zhHant: '會晤' },
  'press-conference': { en: 'Press conference', zhHant: '記者會' },
  'site-visit': { en: 'Site visit', zhHant: '實地參觀' },
  announcement: { en: 'Announcement', zhHant: '公布' },
};

const pick = (label: { en: string; zhHant: string }, lang: Lang) => pickText(label, lang);

/** A country's name as the mission's data gives it (trip.json countries and home). */
export const countryName = (code: CountryCode, lang: Lang) => pick(countryText(code), lang);
export const levelName = (level: Level, lang: Lang) => pick(LEVEL_NAMES[level], lang);
export const fieldName = (field: Field, lang: Lang) => pick(FIELD_NAMES[field], lang);
export const statusName = (status: AgreementStatus, lang: Lang) => pick(STATUS_NAMES[status], lang);
export const eventKindName = (kind: TripEvent['kind'], lang: Lang) => pick(EVENT_KIND_NAMES[kind], lang);
