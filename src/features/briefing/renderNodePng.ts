/**
 * A picture of a piece of the page as it is drawn: the element is cloned with every computed style
 * written onto the clone (pseudo-elements too), wrapped in an SVG <foreignObject> and drawn on a
 * canvas. Nothing is redrawn by other code, so the picture is what the screen shows. The SVG is a
 * data: URL image (allowed by the CSP's img-src); fonts are the system fonts the page uses. Loaded
 * on demand with the deck.
 */

/** Elements the picture leaves out (the deck's buttons) or shows although the screen does not (the credit). */
export const EXPORT_SKIP = 'skip';
export const EXPORT_SHOW = 'show';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Through the CSSOM, which the CSP allows (a style attribute written as text it blocks). */
function copyStyle(from: Element, to: HTMLElement | SVGElement) {
  const style = getComputedStyle(from);
  to.removeAttribute('style');
  // A box with columns fills them by its height: left free, it balances them as the screen does.
  const columns = style.getPropertyValue('column-count') !== 'auto';
  for (let i = 0; i < style.length; i++) {
    const name = style[i]!;
    if (columns && (name === 'height' || name === 'block-size')) continue;
    to.style.setProperty(name, style.getPropertyValue(name));
  }
  // A picture has no scroll bars.
  for (const name of ['overflow-x', 'overflow-y']) {
    if (/auto|scroll/.test(style.getPropertyValue(name))) to.style.setProperty(name, 'hidden');
  }
}

function pseudoRules(from: Element, className: string): string {
  let rules = '';
  for (const pseudo of ['::before', '::after'] as const) {
    const style = getComputedStyle(from, pseudo);
    const content = style.getPropertyValue('content');
    if (!content || content === 'none' || content === 'normal') continue;
    let text = '';
    for (let i = 0; i < style.length; i++) {
      const name = style[i]!;
      text += `${name}:${style.getPropertyValue(name)};`;
    }
    rules += `.${className}${pseudo}{${text}}\n`;
  }
  return rules;
}

/** The clone of `root` with styles inlined, and the rules for its pseudo-elements. */
function cloneStyled(root: Element): { clone: Element; css: string } {
  let css = '';
  let n = 0;
  const walk = (from: Element): Element | null => {
    const mark = from.getAttribute('data-export');
    if (mark === EXPORT_SKIP) return null;
    if (mark !== EXPORT_SHOW && getComputedStyle(from).display === 'none') return null;
    const to = from.cloneNode(false) as Element;
    if (to instanceof HTMLElement || to instanceof SVGElement) {
      copyStyle(from, to);
      if (mark === EXPORT_SHOW) to.style.setProperty('display', 'inline');
      const className = `x${n++}`;
      const rules = pseudoRules(from, className);
      if (rules) {
        to.classList.add(className);
        css += rules;
      }
    }
    // Form fields keep what they show.
    if (from instanceof HTMLInputElement) to.setAttribute('value', from.value);
    to.removeAttribute('id');
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(child.cloneNode());
      else if (child instanceof Element) {
        const c = walk(child);
        if (c) to.appendChild(c);
      }
    }
    return to;
  };
  const clone = walk(root)!;
  return { clone, css };
}

async function inlineImages(clone: Element) {
  const images = [...clone.querySelectorAll('img')];
  await Promise.all(
    images.map(async (img) => {
      const src = img.getAttribute('src');
      if (!src || src.startsWith('data:')) return;
      try {
        const blob = await (await fetch(src)).blob();
        const url = await new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.readAsDataURL(blob);
        });
        img.setAttribute('src', url);
      } catch {
        img.remove();
      }
    }),
  );
}

/**
 * Draws `root` (laid out at width × height CSS pixels) into a PNG of the same size. `prepare` may
 * adjust the clone's root style (e.g. undo the deck's scaling transform).
 */
export async function renderNodePng(root: HTMLElement, width: number, height: number, prepare?: (clone: HTMLElement) => void): Promise<Blob> {
  await document.fonts.ready;
  const { clone, css } = cloneStyled(root);
  const top = clone as HTMLElement;
  prepare?.(top);
  await inlineImages(top);
  top.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const object = document.createElementNS(SVG_NS, 'foreignObject');
  object.setAttribute('width', '100%');
  object.setAttribute('height', '100%');
  if (css) {
    const style = document.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.textContent = css;
    object.appendChild(style);
  }
  object.appendChild(top);
  svg.appendChild(object);
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
}
