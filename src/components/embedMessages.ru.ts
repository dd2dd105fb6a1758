import { russianMessages } from '../i18n/lang';
import type { embedMessages } from './embedMessages';

export default russianMessages<typeof embedMessages>('embed', {
  embed: 'Встроить',
  embedHint: 'Код, чтобы показать этот раздел в нынешнем виде на другом сайте',
  close: 'Закрыть',
  openDashboard: 'Открыть полную панель',
});
