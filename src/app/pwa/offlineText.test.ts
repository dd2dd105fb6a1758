import { installZhHansTable } from '../../i18n/zhHans';
import table from '../../i18n/zh-hans.generated.json';
import { offlineLine } from './offlineText';

const date = new Date('2026-06-06T02:30:00Z');

describe('the offline line', () => {
  afterEach(() => installZhHansTable(null));

  it('says which copy is shown and when it was saved, in each language', () => {
    expect(offlineLine({ kind: 'saved', date }, 'en', 'Asia/Hong_Kong')).toBe('Offline: showing the copy saved on 6 June 2026 at 10:30');
    expect(offlineLine({ kind: 'saved', date }, 'zh-Hant', 'Asia/Hong_Kong')).toBe('離線：顯示於 2026年6月6日 上午10:30 儲存的版本');
    installZhHansTable(table);
    expect(offlineLine({ kind: 'saved', date }, 'zh-Hans', 'Asia/Hong_Kong')).toBe('离线：显示于 2026年6月6日 10:30 保存的版本');
  });

  it('says "loaded" when the page has no saved copy, in the reader’s time zone', () => {
    expect(offlineLine({ kind: 'loaded', date }, 'en', 'UTC')).toBe('Offline: showing the copy loaded on 6 June 2026 at 02:30');
  });
});
