import { defineMessages } from '../i18n/lang';

/**
 * The embed dialog's words (EmbedPanel.tsx, which loads when the dialog opens); the Embed button's
 * own are in embedMessages, on the first screen.
 */
export const embedPanelMessages = defineMessages('embedPanel', {
  en: {
    embedLabel: 'Embed this view: paste this code into your page',
    heightLabel: 'So that the frame’s height follows its content, add this script once to the page',
    copy: 'Copy code',
    copyScript: 'Copy script',
    copied: 'Copied to the clipboard.',
    copyFailed: 'The clipboard is not available: select the code and copy it.',
  },
  zhHant: {
    embedLabel: '嵌入此視圖：把這段代碼貼到你的網頁',
    heightLabel: '如要框架高度隨內容調整，請在網頁加入以下指令碼一次',
    copy: '複製代碼',
    copyScript: '複製指令碼',
    copied: '已複製到剪貼簿。',
    copyFailed: '無法使用剪貼簿：請選取代碼再複製。',
  },
});
