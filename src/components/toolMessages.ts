import { defineMessages } from '../i18n/lang';

/**
 * The views' tools: chart frame, downloads and exports, source toggles. Only the views use them, so
 * their words load with the views' chunks, not with the first screen (componentMessages).
 */
export const toolMessages = defineMessages('tools', {
  en: {
    showSource: 'Show source',
    hideSource: 'Hide source',
    download: 'Download',
    downloadSvgHint: 'Download the chart as an SVG file (for editing and slides)',
    downloadPngHint: 'Download the chart as a PNG image at double resolution',
    downloadCsvHint: 'Download the data as a CSV file (opens in Excel)',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    tableCaption: '{title}: the data as a table',
    exportCredit: 'Mission Atlas · exported {date}',
    exportFailed: 'The download could not be made: {detail}',
    exportDone: '{format} file downloaded.',
  },
  zhHant: {
    showSource: '顯示來源',
    hideSource: '隱藏來源',
    download: '下載',
    downloadSvgHint: '以SVG檔下載圖表（可供編輯及簡報）',
    downloadPngHint: '以雙倍解像度PNG圖片下載圖表',
    downloadCsvHint: '以CSV檔下載數據（可用Excel開啟）',
    showTable: '以表格顯示',
    hideTable: '隱藏表格',
    tableCaption: '{title}：數據表',
    exportCredit: '出訪圖鑑 · {date}匯出',
    exportFailed: '未能下載：{detail}',
    exportDone: '已下載{format}檔。',
  },
});
