// Reads QR codes from a picture (a camera frame or a photo drawn on a canvas), with no network: the
// browser's own BarcodeDetector where it has one (Android Chrome, Safari on macOS), else jsQR,
// bundled and loaded only when the phone scans — it is in the service worker's precache, so this
// works during a shutdown once the site has been opened. (jsQR rather than ZXing's JavaScript port:
// on flawless codes of the size these sequences use, ZXing missed about one in ten.)

/** The Barcode Detection API: not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLCanvasElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The texts of the QR codes found in a canvas (none when there is no readable code). */
export type QrReader = (canvas: HTMLCanvasElement) => Promise<string[]>;

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (canvas) => (await detector.detect(canvas)).map((code) => code.rawValue);
  } catch {
    return null;
  }
}

async function jsqrReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  return async (canvas) => {
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return [];
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    // Both ways round: a phone in dark mode, or a photo's exposure, may show light codes on dark.
    const code = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
    return code ? [code.data] : [];
  };
}

let chosen: Promise<QrReader> | null = null;

/** The best QR reader this browser has (chosen once). */
export function qrReader(): Promise<QrReader> {
  chosen ??= nativeReader().then((native) => native ?? jsqrReader());
  return chosen;
}

/** Draws a picture onto a canvas no larger than `maxSide` pixels on its longer side. */
export function drawScaled(source: CanvasImageSource, width: number, height: number, maxSide: number, canvas = document.createElement('canvas')): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The QR texts in a photo or screenshot: read at up to 1600 px, then smaller (the decoders do better on a downscaled big photo). */
export async function readQrFromImageFile(file: Blob, read: QrReader): Promise<string[]> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const maxSide of [1600, 800]) {
      const found = await read(drawScaled(bitmap, bitmap.width, bitmap.height, maxSide));
      if (found.length > 0) return found;
    }
    return [];
  } finally {
    bitmap.close();
  }
}
