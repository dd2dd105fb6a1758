import { russianMessages, type RussianTexts } from '../../i18n/lang';
import type { briefingControlMessages } from './controlMessages';

/** Also spread into the briefing's own Russian texts (messages.ru.ts). */
export const briefingControlRussian = {
  present: 'Показ',
  presentHint: 'Показать панель полноэкранными слайдами (стрелки — переход, Escape — выход)',
  downloadPptx: 'Скачать PowerPoint (.pptx)',
  downloadPptxHint: 'Скачать всю презентацию на этом языке и для этой выборки как редактируемый файл PowerPoint',
  pptxBusy: 'Готовим файл PowerPoint…',
  pptxDone: 'Файл PowerPoint сохранён (слайдов: {slides}).',
  pptxFailed: 'Не удалось подготовить файл PowerPoint: {detail}',
  copyBriefing: 'Скопировать текст справки',
  copyBriefingHint: 'Скопировать краткую сводку по текущей выборке вместе с источниками',
  copied: 'Текст справки скопирован в буфер обмена.',
  copyFailed: 'Не удалось скопировать текст. Выделите его ниже и скопируйте вручную.',
} as const satisfies RussianTexts<typeof briefingControlMessages>;

export default russianMessages<typeof briefingControlMessages>('briefingControl', briefingControlRussian);
