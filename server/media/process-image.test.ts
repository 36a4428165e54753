// Fixtures are generated in code (sharp plus a few hand-built byte layouts, server/testing/images.ts), never committed.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decompressionBombPng, heicContainer, identifyingJpeg, pngChunk, pngDeclaring, sidewaysJpeg, u32 } from '../testing/images';
import {
  ImageRejectedError,
  MAX_UPLOAD_BYTES,
  describeRejection,
  processUploadedImage,
  type ImageRejection,
  type ProcessImageOptions,
} from './index';

async function rejectionOf(input: Buffer, options?: ProcessImageOptions): Promise<ImageRejection> {
  const err: unknown = await processUploadedImage(input, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ImageRejectedError)) throw new Error(`expected ImageRejectedError, got ${String(err)}`);
  return err.reason;
}

async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + info.channels)];
}

describe('processUploadedImage: metadata removal', () => {
  it('drops EXIF (camera, owner, serial, GPS), XMP, IPTC, ICC and comments', async () => {
    const input = await identifyingJpeg();
    const inMeta = await sharp(input).metadata();
    // Guard against a fixture that silently stopped carrying what we want to see removed.
    expect(inMeta.exif?.includes('TestCam') && inMeta.exif.includes('SN-0042')).toBe(true);
    expect(inMeta.xmp && inMeta.iptc && inMeta.icc).toBeTruthy();
    expect(input.includes('GPS 43.33N')).toBe(true);

    const out = await processUploadedImage(input);
    const meta = await sharp(out.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.comments).toBeUndefined();
    for (const needle of ['TestCam', 'Reporter Name', 'GPS', 'SN-0042', 'Exif', 'xmpmeta', 'Photoshop']) {
      expect(out.data.includes(needle), needle).toBe(false);
    }
  });

  it('drops PNG text chunks', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } }).png().toBuffer();
    const ihdrEnd = 8 + 25;
    const tagged = Buffer.concat([
      png.subarray(0, ihdrEnd),
      pngChunk('tEXt', Buffer.from('Author\0Reporter Name, GPS 43.33N', 'latin1')),
      png.subarray(ihdrEnd),
    ]);
    expect((await sharp(tagged).metadata()).comments).toHaveLength(1);
    const out = await processUploadedImage(tagged);
    expect(out.data.includes('Reporter Name')).toBe(false);
    expect(out.data.includes('GPS')).toBe(false);
  });
});

describe('processUploadedImage: output', () => {
  it('fits within 1600×1600, keeps aspect ratio and reports WebP with a hash of the output', async () => {
    const input = await identifyingJpeg();
    const out = await processUploadedImage(input);
    expect(out.mimeType).toBe('image/webp');
    expect([out.width, out.height]).toEqual([1600, 1067]);
    const meta = await sharp(out.data).metadata();
    expect([meta.format, meta.width, meta.height, meta.space]).toEqual(['webp', 1600, 1067, 'srgb']);
    expect(out.byteSize).toBe(out.data.byteLength);
    expect(out.sha256).toBe(createHash('sha256').update(out.data).digest('hex'));
    expect(out.sha256).not.toBe(createHash('sha256').update(input).digest('hex'));
  });

  it('does not enlarge small images and accepts Uint8Array input', async () => {
    const small = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123456' } }).png().toBuffer();
    const out = await processUploadedImage(new Uint8Array(small));
    expect([out.width, out.height]).toEqual([200, 100]);
  });

  it('applies EXIF orientation before dropping it, so the picture stays upright', async () => {
    const input = await sidewaysJpeg();
    expect(await sharp(input).metadata()).toMatchObject({ width: 300, height: 200, orientation: 6 });
    const out = await processUploadedImage(input);
    expect([out.width, out.height]).toEqual([200, 300]);
    expect((await sharp(out.data).metadata()).orientation).toBeUndefined();
    // Orientation 6 = rotate 90° clockwise to display: the red left half ends up on top.
    const [tr, tg, tb] = await pixelAt(out.data, 100, 20);
    const [br, bg, bb] = await pixelAt(out.data, 100, 280);
    expect(tr).toBeGreaterThan(200);
    expect(Math.max(tg ?? 0, tb ?? 0)).toBeLessThan(50);
    expect(bb).toBeGreaterThan(200);
    expect(Math.max(br ?? 0, bg ?? 0)).toBeLessThan(50);
  });

  it('keeps PNG transparency in WebP and flattens it onto white for JPEG', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: { create: { width: 100, height: 100, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 1 } } }, left: 0, top: 0 }])
      .png()
      .toBuffer();

    const webp = await processUploadedImage(png);
    expect((await sharp(webp.data).metadata()).hasAlpha).toBe(true);
    expect((await pixelAt(webp.data, 300, 200))[3]).toBe(0);

    const jpeg = await processUploadedImage(png, { outputFormat: 'jpeg' });
    expect(jpeg.mimeType).toBe('image/jpeg');
    const meta = await sharp(jpeg.data).metadata();
    expect([meta.format, meta.hasAlpha, meta.exif, meta.icc]).toEqual(['jpeg', false, undefined, undefined]);
    for (const channel of (await pixelAt(jpeg.data, 300, 200)).slice(0, 3)) expect(channel).toBeGreaterThan(250);
  });

  it('takes only the first frame of an animated GIF', async () => {
    const frame = (background: string) => sharp({ create: { width: 40, height: 40, channels: 3, background } }).png().toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const out = await processUploadedImage(gif);
    expect([out.width, out.height]).toEqual([40, 40]);
    expect((await sharp(out.data).metadata()).pages).toBeUndefined();
    expect((await pixelAt(out.data, 20, 20))[0]).toBeGreaterThan(200);
  });

  it('accepts WebP and AVIF, and converts CMYK to sRGB', async () => {
    const base = sharp({ create: { width: 64, height: 48, channels: 3, background: '#3c3' } });
    for (const input of [await base.clone().webp().toBuffer(), await base.clone().avif().toBuffer()]) {
      expect(await processUploadedImage(input)).toMatchObject({ width: 64, height: 48 });
    }
    const cmyk = await base.clone().toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const out = await processUploadedImage(cmyk);
    expect(await sharp(out.data).metadata()).toMatchObject({ space: 'srgb', channels: 3 });
  });
});

describe('processUploadedImage: rejections', () => {
  it('rejects oversized uploads before looking at them', async () => {
    expect(await rejectionOf(Buffer.alloc(9 * 1024 * 1024, 0xff))).toBe('too-large');
    const jpegLooking = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    jpegLooking.set([0xff, 0xd8, 0xff]);
    expect(await rejectionOf(jpegLooking)).toBe('too-large');
  });

  it.each([
    ['a text file renamed .jpg', Buffer.from('Жаңаөзенде полиция... this is just text, not a photo\n')],
    ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1')],
    ['an HTML page', Buffer.from('<!doctype html><html><body><img src=x onerror=alert(1)></body></html>')],
    ['a ZIP archive', Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1')],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1')],
    ['an MP4 video', Buffer.concat([u32(24), Buffer.from('ftypisom'), u32(512), Buffer.from('isomiso2')])],
    ['an empty upload', Buffer.alloc(0)],
  ])('rejects %s as not-an-image', async (_name, input) => {
    expect(await rejectionOf(input)).toBe('not-an-image');
  });

  it('rejects SVG (it can carry scripts) and TIFF as unsupported-format', async () => {
    const svg = Buffer.from(
      '\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
    );
    expect(await rejectionOf(svg)).toBe('unsupported-format');
    const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).tiff().toBuffer();
    expect(await rejectionOf(tiff)).toBe('unsupported-format');
  });

  it('rejects HEIC as unsupported-format because prebuilt sharp cannot decode HEVC', async () => {
    expect((await sharp(heicContainer(4032, 3024)).metadata()).compression).toBe('hevc');
    expect(await rejectionOf(heicContainer(4032, 3024))).toBe('unsupported-format');
  });

  it('rejects truncated or garbled images as corrupt', async () => {
    const jpeg = await identifyingJpeg();
    expect(await rejectionOf(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe('corrupt');
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#abc' } }).png().toBuffer();
    expect(await rejectionOf(png.subarray(0, png.length - 40))).toBe('corrupt');
    expect(await rejectionOf(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x13)]))).toBe('corrupt');
  });

  // How fast these are refused is measured by bench/seed-and-images.ts.
  it('rejects a real decompression bomb (49 Mpx PNG of a few hundred KB)', async () => {
    const bomb = await decompressionBombPng();
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(await rejectionOf(bomb)).toBe('too-many-pixels');
  });

  it('rejects a header claiming 20000×20000 without decoding anything', async () => {
    expect(await rejectionOf(pngDeclaring(20_000, 20_000))).toBe('too-many-pixels');
    expect(await rejectionOf(heicContainer(20_000, 20_000))).toBe('too-many-pixels');
  });

  it('honours a lower maxInputPixels', async () => {
    const input = await identifyingJpeg();
    expect(await rejectionOf(input, { maxInputPixels: 1_000_000 })).toBe('too-many-pixels');
  });

  it('describes every reason for developers', () => {
    const reasons: ImageRejection[] = ['too-large', 'not-an-image', 'unsupported-format', 'too-many-pixels', 'corrupt'];
    for (const reason of reasons) expect(describeRejection(reason)).toMatch(/\w{3,}/);
    expect(new ImageRejectedError('corrupt', 'x')).toBeInstanceOf(Error);
  });
});
