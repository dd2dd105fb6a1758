/**
 * The Russian language pack, installed before every test file, as the app installs it before it
 * shows a Russian word (src/i18n/languagePacks.ts). Tests of the loading state remove it themselves.
 */
import { loadLanguage } from '../../src/i18n/languagePacks';

await loadLanguage('ru');
