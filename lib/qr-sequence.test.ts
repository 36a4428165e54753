import { generateKeyPairSync, sign } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_TYPE, checkNoticeBundle, type NoticeBundle } from './notice-bundle';
import { QrSequenceAssembler, toQrParts } from './qr-sequence';

// A bundle-like text: Cyrillic and Kazakh letters, long enough for several parts even compressed.
const fileText = JSON.stringify({
  format: 'raspa.notice-bundle-file/1',
  bundle: JSON.stringify({ statements: Array.from({ length: 40 }, (_, i) => ({ code: `K7PMQ4XD${String(i).padStart(2, '0')}`, title: `Ақтауда порт жабылмайды — В Актау порт не закрывают ${i} ${Math.sin(i).toString(36)}` })) }),
  signature: 'x'.repeat(86),
});

function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the offline bundle as a QR sequence', () => {
  it('is numbered parts that reassemble to the same text in any order', async () => {
    const parts = await toQrParts(fileText, 200);
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, i) => expect(part).toMatch(new RegExp(`^RQ1:[0-9a-f]{10}:${i + 1}:${parts.length}:[zp]:`)));
    const assembler = new QrSequenceAssembler();
    for (const part of shuffled(parts)) expect(assembler.add(part).kind).toBe('added');
    expect(assembler.complete).toBe(true);
    expect(await assembler.assemble()).toEqual({ ok: true, fileText });
  });

  it('counts a part scanned twice once, and names the parts still missing', async () => {
    const parts = await toQrParts(fileText, 200);
    const assembler = new QrSequenceAssembler();
    expect(assembler.add(parts[2]!)).toEqual({ kind: 'added', number: 3, received: 1, count: parts.length });
    expect(assembler.add(parts[2]!)).toEqual({ kind: 'duplicate', number: 3, received: 1, count: parts.length });
    expect(assembler.add(parts[0]!).kind).toBe('added');
    const expectedMissing = Array.from({ length: parts.length }, (_, i) => i + 1).filter((n) => n !== 1 && n !== 3);
    expect(assembler.missing()).toEqual(expectedMissing);
    expect(await assembler.assemble()).toEqual({ ok: false, reason: 'missing', missing: expectedMissing });
    for (const part of parts.slice(1)) assembler.add(part);
    expect(await assembler.assemble()).toEqual({ ok: true, fileText });
  });

  it('ignores a part of another sequence and anything that is not a part', async () => {
    const parts = await toQrParts(fileText, 200);
    const others = await toQrParts(fileText.replace('Ақтауда', 'Атырауда'), 200);
    const assembler = new QrSequenceAssembler();
    assembler.add(parts[0]!);
    expect(assembler.add(others[1]!)).toEqual({ kind: 'other_sequence' });
    expect(assembler.add('https://raspa.kz/kk/verify?code=K7PMQ-4XD2A')).toEqual({ kind: 'not_a_part' });
    expect(assembler.add(`RQ1:${parts[0]!.split(':')[1]}:9:3:z:abc`)).toEqual({ kind: 'not_a_part' });
    for (const part of parts) assembler.add(part);
    expect(await assembler.assemble()).toEqual({ ok: true, fileText });
  });

  it('refuses a sequence whose data was changed, though every part is there', async () => {
    const parts = await toQrParts(fileText, 200);
    const changed = parts.map((part, i) => (i === 1 ? part.slice(0, -1) + (part.endsWith('A') ? 'B' : 'A') : part));
    const assembler = new QrSequenceAssembler();
    for (const part of changed) assembler.add(part);
    expect(await assembler.assemble()).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('fits a small bundle in one code', async () => {
    const parts = await toQrParts('{"format":"raspa.notice-bundle-file/1"}');
    expect(parts).toHaveLength(1);
    const assembler = new QrSequenceAssembler();
    assembler.add(parts[0]!);
    expect(await assembler.assemble()).toEqual({ ok: true, fileText: '{"format":"raspa.notice-bundle-file/1"}' });
  });
});

// A bundle signed the way the server signs one (server/signing/notice-bundle.ts), with a key made here.
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const keys = [{ kid: 'test-key', x: publicKey.export({ format: 'jwk' }).x! }];
const signText = (text: string) => sign(null, Buffer.from(text), privateKey).toString('base64url');

function signedBundleFile(count: number): string {
  const statements = Array.from({ length: count }, (_, i) => {
    const payload = canonicalize({ slug: `notice-${i}`, version: 1, verdict: 'FALSE', state: 'published', regions: ['KZ-47'], texts: { ru: { title: `Слух ${i} не подтвердился`, summary: 'Подписанный текст.' } }, signedAt: '2026-12-05T10:00:00.000Z' })!;
    const signature = signText(payload);
    return { code: `CODE${String(i).padStart(6, '0')}`, keyId: 'test-key', payload, signature };
  });
  const bundle: NoticeBundle = { type: BUNDLE_TYPE, region: 'KZ-47', issuedAt: '2026-12-05T10:00:00.000Z', keyId: 'test-key', statements };
  const text = canonicalize(bundle)!;
  return JSON.stringify({ format: BUNDLE_FORMAT, keyId: 'test-key', bundle: text, signature: signText(text) });
}

async function assembled(parts: string[]): Promise<string> {
  const assembler = new QrSequenceAssembler();
  for (const part of parts) assembler.add(part);
  const result = await assembler.assemble();
  if (!result.ok) throw new Error(`not assembled: ${result.reason}`);
  return result.fileText;
}

describe('a signed bundle passed on as QR codes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('verifies offline after the trip through the codes, in reverse order', async () => {
    const fileText = signedBundleFile(12);
    const parts = await toQrParts(fileText);
    expect(parts.length).toBeGreaterThan(1);
    const check = await checkNoticeBundle(await assembled([...parts].reverse()), keys);
    expect(check.ok && check.notices.map((n) => n.verified)).toEqual(Array(12).fill(true));
  });

  it('refuses a sequence made from a changed file: every code reads and fits, the signature does not', async () => {
    const file = JSON.parse(signedBundleFile(12)) as { bundle: string };
    const tampered = JSON.stringify({ ...file, bundle: file.bundle.replace('Слух 3 не', 'Слух 3 да') });
    expect(tampered).not.toBe(JSON.stringify(file));
    expect(await checkNoticeBundle(await assembled(await toQrParts(tampered)), keys)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('never hands over a mix of two copies: a code of another copy with the same count is set aside, not joined in', async () => {
    const mine = await toQrParts(signedBundleFile(12));
    const other = await toQrParts(signedBundleFile(12).replace('KZ-47', 'KZ-55'));
    expect(other).toHaveLength(mine.length);
    const assembler = new QrSequenceAssembler();
    expect(assembler.add(mine[0]!).kind).toBe('added');
    for (const part of other) expect(assembler.add(part)).toEqual({ kind: 'other_sequence' });
    expect(assembler.received).toBe(1);
    // Same id, but a different count: not this sequence either.
    const [, id, , , encoding, data] = mine[1]!.split(':');
    expect(assembler.add(`RQ1:${id}:2:${mine.length + 1}:${encoding}:${data}`)).toEqual({ kind: 'other_sequence' });
    // What a scanner may add around the text is not part of it.
    expect(assembler.add(`${mine[1]}\n`).kind).toBe('added');
  });

  it('a code whose data was swapped for another code’s data is caught before any verification', async () => {
    const parts = await toQrParts(signedBundleFile(12));
    const header = (part: string) => part.split(':').slice(0, 5).join(':');
    const data = (part: string) => part.split(':')[5];
    const swapped = parts.map((part, i) => (i === 0 ? `${header(part)}:${data(parts[1]!)}` : i === 1 ? `${header(part)}:${data(parts[0]!)}` : part));
    const assembler = new QrSequenceAssembler();
    for (const part of swapped) assembler.add(part);
    expect(await assembler.assemble()).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('works where the browser cannot compress (plain text parts)', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const fileText = signedBundleFile(2);
    const parts = await toQrParts(fileText);
    expect(parts.every((part) => part.split(':')[4] === 'p')).toBe(true);
    expect(await assembled(parts)).toBe(fileText);
  });
});
