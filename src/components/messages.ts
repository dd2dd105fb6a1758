import { defineMessages } from '../i18n/lang';

export const componentMessages = defineMessages('component', {
  en: {
    viewFailed: 'This view could not be shown.',
    viewFailedDetail: 'The rest of the dashboard still works. Details: {detail}',
    tryAgain: 'Try again',
    loadingView: 'Loading view…',
    source: 'Source',
    sources: 'Sources',
    page: 'page {page}',
    pageUnknown: 'page not stated',
    reportName: '{publisher}',
    fullCitation: 'Full citation',
    dataNote: 'Data note',
  },
  zhHant: {
    viewFailed: '此視圖未能顯示。',
    viewFailedDetail: '儀表板其他部分仍可使用。詳情：{detail}',
    tryAgain: '再試一次',
    loadingView: '正在載入視圖…',
    source: '資料來源',
    sources: '資料來源',
    page: '第{page}版',
    pageUnknown: '未註明版次',
    reportName: '《{publisher}》',
    fullCitation: '完整出處',
    dataNote: '數據註釋',
  },
});
