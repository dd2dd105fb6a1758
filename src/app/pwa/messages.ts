import { defineMessages } from '../../i18n/lang';

export const pwaMessages = defineMessages('pwa', {
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
});
