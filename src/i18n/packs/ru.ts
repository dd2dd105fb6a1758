/**
 * The Russian language pack: every bundle's `*.ru.ts` file, in one chunk that loads only when a
 * reader chooses Russian (loadLanguage('ru') in ../languagePacks.ts). The files are found by name,
 * not imported one by one: each sits beside its own bundle (in a feature, the app or the shared
 * components) and holds nothing but that bundle's Russian texts, so the pack depends on no code
 * above i18n. A bundle without its file is caught by russianPack.test.ts.
 */
import type { RussianTable } from '../russian';

// Russian messages are the ones with plural blocks: their reader comes with them.
export { fillPluralBlocks } from '../plurals';

// Each file's default export: its bundle's table, or the tables of the several bundles beside it.
const files = import.meta.glob<RussianTable | readonly RussianTable[]>(['/src/**/*.ru.ts', '!**/*.test.ts'], { eager: true, import: 'default' });

export const russianTables: readonly RussianTable[] = Object.values(files).flat();
