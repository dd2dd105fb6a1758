import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copyText';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => {});
    setClipboard(writeText);
    expect(await copyText('96 agreements')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('96 agreements');
  });

  it('falls back to a selected textarea and execCommand when the API refuses', async () => {
    setClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    let copied = '';
    document.execCommand = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    expect(await copyText('75 members')).toBe(true);
    expect(copied).toBe('75 members');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('reports failure when neither way works, so the text can be shown instead', async () => {
    setClipboard(undefined);
    document.execCommand = vi.fn(() => false);
    expect(await copyText('x')).toBe(false);
  });
});
