/**
 * Rasterise an exported SVG at a scale (2x for sharp slides). The SVG reaches the <img> as a blob: URL
 * and the canvas leaves as a Blob, so no data: URL is needed and a strict CSP (img-src 'self' blob:) holds.
 */
import { svgBlob } from './svgExport';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
    image.src = url;
  });
}

export async function svgToPngBlob(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(markup));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
