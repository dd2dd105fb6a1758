import { russianMessages } from '../i18n/lang';
import type { embedMessages } from './embedMessages';

export default russianMessages<typeof embedMessages>('embed', {
  embed: 'Встроить',
  embedHint: 'Код, чтобы показать этот раздел в нынешнем виде на другом сайте',
  embedLabel: 'Встроить раздел: вставьте этот код в свою страницу',
  heightLabel: 'Чтобы высота рамки следовала за содержимым, добавьте на страницу этот скрипт (один раз)',
  copy: 'Скопировать код',
  copyScript: 'Скопировать скрипт',
  copied: 'Скопировано в буфер обмена.',
  copyFailed: 'Буфер обмена недоступен: выделите код и скопируйте его вручную.',
  close: 'Закрыть',
  openDashboard: 'Открыть полную панель',
});
