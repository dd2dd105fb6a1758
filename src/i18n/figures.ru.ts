import { russianMessages } from './lang';
import type { rankMessages } from './figures';

export default russianMessages<typeof rankMessages>('rank', {
  // The Russian `rankAmong` text is written as the phrase after «место» ("в Азии").
  rankAmong: '{rank} место {among}',
});
