import { russianMessages } from '../i18n/lang';
import type { embedPanelMessages } from './embedPanelMessages';

export default russianMessages<typeof embedPanelMessages>('embedPanel', {
  embedLabel: 'Встроить раздел: вставьте этот код в свою страницу',
  heightLabel: 'Чтобы высота рамки следовала за содержимым, добавьте на страницу этот скрипт (один раз)',
  copy: 'Скопировать код',
  copyScript: 'Скопировать скрипт',
  copied: 'Скопировано в буфер обмена.',
  copyFailed: 'Буфер обмена недоступен: выделите код и скопируйте его вручную.',
});
