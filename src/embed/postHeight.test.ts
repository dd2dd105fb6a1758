import { EMBED_HEIGHT_MESSAGE } from '../components/embedCode';
import { postHeightToParent } from './postHeight';

describe('postHeightToParent', () => {
  let observed: (() => void) | undefined;
  beforeEach(() => {
    observed = undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observed = callback;
        }
        observe() {}
        disconnect() {
          observed = undefined;
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  function framed() {
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
    return { win: { parent } as unknown as Window, posted };
  }

  it('posts the content’s height to the parent whenever it changes, once per height', () => {
    const { win, posted } = framed();
    let height = 412.3;
    const content = { getBoundingClientRect: () => ({ height }) } as Element;
    const stop = postHeightToParent(content, win);
    expect(posted).toEqual([{ message: { type: EMBED_HEIGHT_MESSAGE, height: 413 }, origin: '*' }]);
    observed!();
    expect(posted).toHaveLength(1);
    height = 900;
    observed!();
    expect(posted.at(-1)).toEqual({ message: { type: EMBED_HEIGHT_MESSAGE, height: 900 }, origin: '*' });
    stop();
    expect(observed).toBeUndefined();
  });

  it('posts nothing when the page is not framed', () => {
    const win = {} as Window;
    (win as { parent: Window }).parent = win;
    const content = { getBoundingClientRect: () => ({ height: 100 }) } as Element;
    postHeightToParent(content, win);
    expect(observed).toBeUndefined();
  });
});
