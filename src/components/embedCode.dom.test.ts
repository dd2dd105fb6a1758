import { buildHostScript, buildIframeCode, EMBED_HEIGHT_MESSAGE, heightMessage, isHeightMessage } from './embedCode';

describe('iframe code', () => {
  it('is one iframe with the URL, the title and the first height, attributes escaped', () => {
    const code = buildIframeCode({
      src: 'https://atlas.example.org/embed.html?view=agreements&lang=zh-Hant&country=UZ',
      title: 'Agreements · "Mission" <Atlas>',
      height: 640.4,
    });
    expect(code).toBe(
      '<iframe src="https://atlas.example.org/embed.html?view=agreements&amp;lang=zh-Hant&amp;country=UZ" ' +
        'title="Agreements · &quot;Mission&quot; &lt;Atlas&gt;" width="100%" height="640" loading="lazy" ' +
        'style="border:0;max-width:100%" data-mission-atlas-embed></iframe>',
    );
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://atlas.example.org/embed.html?view=agreements&lang=zh-Hant&country=UZ');
    expect(frame.title).toBe('Agreements · "Mission" <Atlas>');
  });
});

describe('height messages', () => {
  it('carry our type and a whole, non-negative height', () => {
    expect(heightMessage(412.2)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 413 });
    expect(heightMessage(-5)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 0 });
  });

  it('are told apart from anything else a page may receive', () => {
    expect(isHeightMessage(heightMessage(300))).toBe(true);
    for (const other of [null, 'mission-atlas:height', { type: 'other', height: 3 }, { type: EMBED_HEIGHT_MESSAGE }, { type: EMBED_HEIGHT_MESSAGE, height: '3' }, { type: EMBED_HEIGHT_MESSAGE, height: Infinity }, { type: EMBED_HEIGHT_MESSAGE, height: 1e9 }]) {
      expect(isHeightMessage(other)).toBe(false);
    }
  });
});

describe('the host script', () => {
  const origin = 'https://atlas.example.org';

  /** Run the script's listener in this document with a message event. */
  function deliver(script: string, event: { origin: string; data: unknown; source: unknown }) {
    const body = script.replace(/^<script>\n|\n<\/script>$/g, '');
    let listener: ((e: unknown) => void) | undefined;
    const fakeWindow = { addEventListener: (_type: string, fn: (e: unknown) => void) => (listener = fn) };
    new Function('window', 'document', body)(fakeWindow, document);
    listener!(event);
  }

  it('sizes the frame that sent the message, from the embed origin only', () => {
    document.body.innerText = '';
    const frame = document.createElement('iframe');
    frame.setAttribute('data-mission-atlas-embed', '');
    const other = document.createElement('iframe');
    other.setAttribute('data-mission-atlas-embed', '');
    document.body.append(frame, other);
    const script = buildHostScript(origin);
    expect(script.startsWith('<script>') && script.endsWith('</script>')).toBe(true);

    deliver(script, { origin, data: heightMessage(480), source: frame.contentWindow });
    expect(frame.style.height).toBe('480px');
    expect(other.style.height).toBe('');

    deliver(script, { origin: 'https://evil.example', data: heightMessage(90), source: frame.contentWindow });
    deliver(script, { origin, data: { type: 'other', height: 90 }, source: frame.contentWindow });
    expect(frame.style.height).toBe('480px');
  });
});
