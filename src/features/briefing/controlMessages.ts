import { defineMessages } from '../../i18n/lang';

/**
 * The labels of the briefing controls in the masthead (Present, PowerPoint, Copy). They load with
 * the first screen; the deck's and the briefing text's words (messages.ts) load when used.
 */
export const briefingControlMessages = defineMessages('briefingControl', {
  en: {
    present: 'Present',
    presentHint: 'Show the dashboard as full-screen slides (arrow keys to move, Escape to leave)',
    downloadPptx: 'Download PowerPoint (.pptx)',
    downloadPptxHint: 'Download the whole deck, in this language and for this selection, as an editable PowerPoint file',
    pptxBusy: 'Preparing the PowerPoint file…',
    pptxDone: 'PowerPoint file saved ({slides} slides).',
    pptxFailed: 'The PowerPoint file could not be made: {detail}',
    copyBriefing: 'Copy as briefing text',
    copyBriefingHint: 'Copy a short summary of the current selection, with its sources',
    copied: 'Briefing text copied to the clipboard.',
    copyFailed: 'The text could not be copied. Select it below and copy it by hand.',
  },
  zhHant: {
    present: '簡報模式',
    presentHint: '以全螢幕投影片展示儀表板（方向鍵切換，Esc 離開）',
    downloadPptx: '下載PowerPoint（.pptx）',
    downloadPptxHint: '以可編輯的PowerPoint檔案下載整套投影片（以目前語言及所選範圍）',
    pptxBusy: '正在製作PowerPoint檔案……',
    pptxDone: 'PowerPoint檔案已儲存（共{slides}張投影片）。',
    pptxFailed: '未能製作PowerPoint檔案：{detail}',
    copyBriefing: '複製簡報文字',
    copyBriefingHint: '複製目前所選內容的簡短摘要及資料來源',
    copied: '簡報文字已複製到剪貼簿。',
    copyFailed: '未能複製文字，請在下方選取後自行複製。',
  },
});
