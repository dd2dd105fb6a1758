import { russianMessages } from '../../i18n/lang';
import type { notesMessages } from './messages';

export default russianMessages<typeof notesMessages>('notes', {
  sourcesHeading: 'Источники',
  notesHeading: 'Примечания к данным ({count})',
  notesIntro: 'Где две публикации расходятся между собой или с общеизвестными фактами, мы сохраняем оба значения. В каждом примечании сказано, какое из них показывает панель и почему.',
  used: 'Здесь показано:',
  why: 'Почему:',
});
