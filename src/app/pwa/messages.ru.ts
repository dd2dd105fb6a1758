import { russianMessages } from '../../i18n/lang';
import type { pwaMessages } from './messages';

export default russianMessages<typeof pwaMessages>('pwa', {
  updateAvailable: 'Доступна новая версия:',
  reload: 'обновить',
  offlineSaved: 'Нет сети: показана копия, сохранённая {date}',
  offlineLoaded: 'Нет сети: показана копия, загруженная {date}',
});
