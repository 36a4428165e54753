// Reporters can be identified from what their photos carry (GPS, camera serials, names in
// EXIF/XMP/IPTC, ICC and PNG/JPEG comments, embedded thumbnails). Every upload is therefore
// decoded to pixels and re-encoded from scratch: nothing from the original file survives except
// the (upright, downsized) picture itself.
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024; // per image, before processing
export const MAX_IMAGES_PER_REPORT = 3;
/** Decompression-bomb guard, checked against the declared dimensions before any decoding. */
export const MAX_INPUT_PIXELS = 40_000_000;
export const MAX_OUTPUT_DIMENSION = 1600;
const WEBP_QUALITY = 80;
const JPEG_QUALITY = 82;
// Legitimate phone photos decode in well under a second; this only stops pathological files.
const DECODE_TIMEOUT_SECONDS = 20;

export type ImageRejection = 'too-large' | 'not-an-image' | 'unsupported-format' | 'too-many-pixels' | 'corrupt';

export class ImageRejectedError extends Error {
  constructor(
    readonly reason: ImageRejection,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

export interface ProcessedImage {
  data: Buffer;
  mimeType: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  byteSize: number;
  /** Hex SHA-256 of `data` (the stored bytes, not the upload). */
  sha256: string;
}

export interface ProcessImageOptions {
  /** Lower than MAX_INPUT_PIXELS only (tests, constrained workers); larger values are ignored. */
  maxInputPixels?: number;
  /** WebP by default; JPEG for consumers that cannot show WebP. */
  outputFormat?: 'webp' | 'jpeg';
}

const REJECTION_DESCRIPTIONS: Record<ImageRejection, string> = {
  'too-large': `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
  'not-an-image': 'The file is not an image (its content does not start like any image format).',
  'unsupported-format': 'The file is an image, but not JPEG, PNG, WebP, GIF or AVIF (HEIC needs an HEVC decoder the server lacks).',
  'too-many-pixels': `The image declares more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels (possible decompression bomb).`,
  corrupt: 'The image could not be decoded: it is truncated, damaged or took too long to decode.',
};

/** English developer message; the UI maps the reason code to translated text itself. */
export function describeRejection(reason: ImageRejection): string {
  return REJECTION_DESCRIPTIONS[reason];
}

type AcceptedFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'heif';
type Sniffed = { kind: 'accepted'; format: AcceptedFormat } | { kind: 'other-image'; name: string } | { kind: 'not-an-image' };

export async function processUploadedImage(
  input: Buffer | Uint8Array,
  options: ProcessImageOptions = {},
): Promise<ProcessedImage> {
  // Before anything else touches the bytes, so oversized uploads cost nothing.
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImageRejectedError('too-large', `Upload is ${input.byteLength} bytes; the limit is ${MAX_UPLOAD_BYTES}.`);
  }
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);

  // Our own allow-list gate: libvips would happily load SVG (scripts, external refs) or PDF.
  const sniffed = sniffImage(buf);
  if (sniffed.kind === 'not-an-image') throw new ImageRejectedError('not-an-image', 'Content is not a recognised image.');
  if (sniffed.kind === 'other-image') {
    throw new ImageRejectedError('unsupported-format', `${sniffed.name} images are not accepted.`);
  }

  const maxPixels = Math.min(options.maxInputPixels ?? MAX_INPUT_PIXELS, MAX_INPUT_PIXELS);
  if (!Number.isSafeInteger(maxPixels) || maxPixels <= 0) throw new RangeError('maxInputPixels must be a positive integer.');
  const sharpOptions: SharpOptions = {
    limitInputPixels: maxPixels,
    failOn: 'error', // includes 'truncated'
    pages: 1, // first frame of animated GIF/WebP/AVIF only
    page: 0,
  };

  // Header only: cheap, and sharp enforces limitInputPixels here, before decoding.
  let meta: Metadata;
  try {
    meta = await sharp(buf, sharpOptions).metadata();
  } catch (err) {
    throw toRejection(err, undefined);
  }
  if (meta.format !== sniffed.format) {
    // Magic bytes and the decoder disagree: a polyglot or something we did not plan for.
    throw new ImageRejectedError('unsupported-format', `Content looks like ${sniffed.format} but decodes as ${meta.format}.`);
  }
  if (meta.width * meta.height > maxPixels) {
    throw new ImageRejectedError('too-many-pixels', `Image is ${meta.width}×${meta.height}.`);
  }

  const outputFormat = options.outputFormat ?? 'webp';
  let pipeline: Sharp = sharp(buf, sharpOptions)
    .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
    // Apply EXIF orientation to the pixels now, because the tag itself is about to be dropped.
    .rotate()
    .resize({ width: MAX_OUTPUT_DIMENSION, height: MAX_OUTPUT_DIMENSION, fit: 'inside', withoutEnlargement: true })
    // Converts via the embedded ICC profile (e.g. Display P3, CMYK); the profile is not kept.
    .toColourspace('srgb');
  // No keepExif/keepIccProfile/withMetadata anywhere: sharp then writes no metadata at all.
  pipeline =
    outputFormat === 'jpeg'
      ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY })
      : // exact: false (default) also discards colour hidden under fully transparent pixels.
        pipeline.webp({ quality: WEBP_QUALITY, exact: false });

  let data: Buffer;
  let width: number;
  let height: number;
  try {
    ({ data, info: { width, height } } = await pipeline.toBuffer({ resolveWithObject: true }));
  } catch (err) {
    throw toRejection(err, meta);
  }

  return {
    data,
    mimeType: outputFormat === 'jpeg' ? 'image/jpeg' : 'image/webp',
    width,
    height,
    byteSize: data.byteLength,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

function toRejection(err: unknown, meta: Metadata | undefined): ImageRejectedError {
  const message = err instanceof Error ? err.message : String(err);
  if (/exceeds pixel limit/i.test(message)) return new ImageRejectedError('too-many-pixels', message);
  // Prebuilt sharp ships libheif with AV1 only: iPhone HEIC (HEVC) parses but cannot decode.
  if (meta?.format === 'heif' && meta.compression === 'hevc') {
    return new ImageRejectedError('unsupported-format', `HEIC (HEVC) images cannot be decoded here: ${message}`);
  }
  return new ImageRejectedError('corrupt', message);
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);

/** Classifies by magic bytes only; the file name and client MIME type are never consulted. */
function sniffImage(buf: Buffer): Sniffed {
  const startsWith = (bytes: readonly number[], offset = 0) =>
    buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);
  const ascii = (start: number, end: number) => buf.toString('latin1', start, end);

  if (startsWith([0xff, 0xd8, 0xff])) return { kind: 'accepted', format: 'jpeg' };
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'accepted', format: 'png' };
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return { kind: 'accepted', format: 'gif' };
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return { kind: 'accepted', format: 'webp' };
  if (buf.length >= 16 && ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: HEIC/AVIF share the container with MP4/MOV, so the brands decide.
    const boxEnd = Math.min(buf.readUInt32BE(0), buf.length);
    const brands = [ascii(8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(at, at + 4));
    return brands.some((b) => HEIF_BRANDS.has(b)) ? { kind: 'accepted', format: 'heif' } : { kind: 'not-an-image' };
  }

  // Recognisable images we deliberately refuse get a more helpful reason than 'not-an-image'.
  if (startsWith([0x49, 0x49, 0x2a, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'other-image', name: 'TIFF/RAW' };
  if (ascii(0, 2) === 'BM' && buf.length >= 18 && [12, 40, 52, 56, 64, 108, 124].includes(buf.readUInt32LE(14))) {
    return { kind: 'other-image', name: 'BMP' };
  }
  if (startsWith([0xff, 0x0a]) || startsWith([0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return { kind: 'other-image', name: 'JPEG XL' };
  if (startsWith([0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]) || startsWith([0xff, 0x4f, 0xff, 0x51])) {
    return { kind: 'other-image', name: 'JPEG 2000' };
  }
  if (ascii(0, 4) === '8BPS') return { kind: 'other-image', name: 'Photoshop' };
  if (startsWith([0, 0, 1, 0]) && buf.length >= 6 && buf.readUInt16LE(4) > 0) return { kind: 'other-image', name: 'ICO' };
  if (looksLikeSvg(buf)) return { kind: 'other-image', name: 'SVG' };
  return { kind: 'not-an-image' };
}

function looksLikeSvg(buf: Buffer): boolean {
  const head = buf.toString('utf8', 0, 4096).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<') && /<svg[\s>]/.test(head);
}
