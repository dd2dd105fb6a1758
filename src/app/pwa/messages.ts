import { defineMessages } from '../../i18n/lang';

export const pwaMessages = defineMessages({
  en: {
    updateAvailable: 'A new version is available:',
    reload: 'reload',
    offlineSaved: 'Offline: showing the copy saved on {date}',
    offlineLoaded: 'Offline: showing the copy loaded on {date}',
  },
  zhHant: {
    updateAvailable: '有新版本可用：',
    reload: '重新載入',
    offlineSaved: '離線：顯示於 {date} 儲存的版本',
    offlineLoaded: '離線：顯示於 {date} 載入的版本',
  },
  ru: {
    updateAvailable: 'Доступна новая версия:',
    reload: 'обновить',
    offlineSaved: 'Нет сети: показана копия, сохранённая {date}',
    offlineLoaded: 'Нет сети: показана копия, загруженная {date}',
  },
});
