import { russianMessages } from '../i18n/lang';
import type { toolMessages } from './toolMessages';

export default russianMessages<typeof toolMessages>('tools', {
  showSource: 'Показать источник',
  hideSource: 'Скрыть источник',
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
});
