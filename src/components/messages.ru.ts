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
  // Chart frame and exports (ChartFrame.tsx)
  reportName: '«{publisher}»',
});
