// The offline bundle as a numbered sequence of QR codes, for passing it on phone to phone by camera
// when there is neither internet nor Bluetooth. The file's text is compressed (where the browser can),
// base64url-encoded and cut into parts; each QR code carries one part with the sequence's id, its
// number and the count, so parts may be scanned in any order, twice, or from another sequence
// without harm. The assembled text is then checked exactly like an imported file (lib/notice-bundle.ts).
//
// A part: `RQ1:<id>:<number>:<count>:<encoding>:<data>` — id is the first 10 hex digits of the
// SHA-256 of the whole encoded payload (so a mixed-up or corrupted sequence is caught), encoding `z`
// (gzip) or `p` (plain UTF-8).

import { base64UrlBytes } from './notice-bundle';

const PREFIX = 'RQ1';
/**
 * Data characters per QR code: version 15 (77 modules) at error correction M, about 4 px a module on
 * a 360-px phone — read reliably by a camera held over the screen. Denser codes mean fewer of them
 * but more misses, which cost a whole extra turn of the cycle.
 */
export const QR_PART_SIZE = 350;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

async function sequenceId(payload: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(payload)));
  return [...digest.slice(0, 5)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Cuts a bundle file's text into the texts of its QR codes, in order. */
export async function toQrParts(fileText: string, partSize = QR_PART_SIZE): Promise<string[]> {
  const utf8 = new TextEncoder().encode(fileText);
  const compress = typeof CompressionStream !== 'undefined';
  const payload = toBase64Url(compress ? await through(utf8, new CompressionStream('gzip')) : utf8);
  const id = await sequenceId(payload);
  const count = Math.max(1, Math.ceil(payload.length / partSize));
  return Array.from({ length: count }, (_, i) => `${PREFIX}:${id}:${i + 1}:${count}:${compress ? 'z' : 'p'}:${payload.slice(i * partSize, (i + 1) * partSize)}`);
}

const PART_PATTERN = /^RQ1:([0-9a-f]{10}):(\d{1,4}):(\d{1,4}):([zp]):([A-Za-z0-9_-]*)$/;

export type AddPartResult =
  /** A new part of the sequence being assembled. */
  | { kind: 'added'; number: number; received: number; count: number }
  /** Already scanned. */
  | { kind: 'duplicate'; number: number; received: number; count: number }
  /** A part of another sequence than the one begun (ignored). */
  | { kind: 'other_sequence' }
  /** Not a Raspa QR part at all. */
  | { kind: 'not_a_part' };

export type AssembleResult = { ok: true; fileText: string } | { ok: false; reason: 'missing'; missing: number[] } | { ok: false; reason: 'corrupt' };

/** Collects the parts of one sequence, in whatever order the camera sees them. */
export class QrSequenceAssembler {
  private id: string | null = null;
  private count = 0;
  private encoding: 'z' | 'p' = 'p';
  private readonly parts = new Map<number, string>();

  add(text: string): AddPartResult {
    const match = PART_PATTERN.exec(text.trim());
    if (!match) return { kind: 'not_a_part' };
    const [, id, numberText, countText, encoding, data] = match;
    const number = Number(numberText);
    const count = Number(countText);
    if (count < 1 || number < 1 || number > count) return { kind: 'not_a_part' };
    if (this.id === null) {
      this.id = id!;
      this.count = count;
      this.encoding = encoding as 'z' | 'p';
    } else if (id !== this.id || count !== this.count) {
      return { kind: 'other_sequence' };
    }
    if (this.parts.has(number)) return { kind: 'duplicate', number, received: this.parts.size, count };
    this.parts.set(number, data!);
    return { kind: 'added', number, received: this.parts.size, count };
  }

  get received(): number {
    return this.parts.size;
  }

  /** Parts in the sequence; null before the first one is scanned. */
  get total(): number | null {
    return this.id === null ? null : this.count;
  }

  /** The numbers (from 1) of the parts not yet scanned. */
  missing(): number[] {
    return Array.from({ length: this.count }, (_, i) => i + 1).filter((n) => !this.parts.has(n));
  }

  get complete(): boolean {
    return this.id !== null && this.parts.size === this.count;
  }

  /** The bundle file's text, once every part is in and the whole matches the sequence's id. */
  async assemble(): Promise<AssembleResult> {
    if (!this.complete) return { ok: false, reason: 'missing', missing: this.id === null ? [] : this.missing() };
    const payload = Array.from({ length: this.count }, (_, i) => this.parts.get(i + 1)!).join('');
    if ((await sequenceId(payload)) !== this.id) return { ok: false, reason: 'corrupt' };
    try {
      const bytes = base64UrlBytes(payload);
      const utf8 = this.encoding === 'z' ? await through(bytes, new DecompressionStream('gzip')) : bytes;
      return { ok: true, fileText: new TextDecoder('utf-8', { fatal: true }).decode(utf8) };
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
}
