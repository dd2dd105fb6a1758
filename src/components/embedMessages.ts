import { defineMessages } from '../i18n/lang';

export const embedMessages = defineMessages('embed', {
  en: {
    embed: 'Embed',
    embedHint: 'Code to show this view, as it is now, on another website',
    close: 'Close',
    openDashboard: 'Open the full dashboard',
  },
  zhHant: {
    embed: '嵌入',
    embedHint: '在其他網站展示此視圖（按目前的選擇）的代碼',
    close: '關閉',
    openDashboard: '開啟完整資訊板',
  },
});
