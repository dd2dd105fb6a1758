import { russianMessages } from '../i18n/lang';
import type { componentMessages } from './messages';

export default russianMessages<typeof componentMessages>('component', {
  viewFailed: 'Этот раздел не удалось показать.',
  viewFailedDetail: 'Остальная часть панели работает. Подробности: {detail}',
  tryAgain: 'Попробовать ещё раз',
  loadingView: 'Загружаем раздел…',
  source: 'Источник',
  sources: 'Источники',
  page: 'с. {page}',
  pageUnknown: 'страница не указана',
  fullCitation: 'Полная ссылка',
  dataNote: 'Примечание к данным',
  showSource: 'Показать источник',
  hideSource: 'Скрыть источник',
  // Chart frame and exports (ChartFrame.tsx)
  download: 'Скачать',
  downloadSvgHint: 'Скачать диаграмму в формате SVG (для правки и слайдов)',
  downloadPngHint: 'Скачать диаграмму как изображение PNG в двойном разрешении',
  downloadCsvHint: 'Скачать данные в формате CSV (открывается в Excel)',
  showTable: 'Показать таблицей',
  hideTable: 'Скрыть таблицу',
  tableCaption: '{title}: данные в виде таблицы',
  exportCredit: 'Атлас миссии · экспорт от {date}',
  exportFailed: 'Не удалось подготовить файл: {detail}',
  exportDone: 'Файл {format} скачан.',
  reportName: '«{publisher}»',
});
