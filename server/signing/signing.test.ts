import { describe, expect, it, vi } from 'vitest';
import { publishInterimNotice } from '../notices/publish-interim-notice';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { startNoticeCorrection } from '../notices/start-notice-correction';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { canonicalStatement, verifyStatementSignature, type NoticeStatement } from './notice-statement';
import { listPublicSigningKeys, newKeyId, rotateSigningKey } from './signing-keys';
import { extractVerificationCode, extractVerificationCodes, formatVerificationCode, verificationCodeFor } from './verification-code';
import { verifyNoticeCode } from './verify-notice-code';

const t = setupTestDatabase();
const effects = { enqueueFanout: vi.fn(async () => 'job'), enqueueWithdrawalFanout: vi.fn(async () => 'job') };

async function publishedNotice(moderator: Actor) {
  const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
  const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
  await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
  return { rumor, noticeId: draft.noticeId, slug: draft.slug };
}

async function latestCode(noticeId: string) {
  return (await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId }, orderBy: { signedAt: 'desc' } })).code;
}

describe('verification codes', () => {
  it('are ten Crockford characters, read back from a forwarded text, a QR address or a misread code', () => {
    const code = verificationCodeFor(Buffer.from('a signature'));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const printed = formatVerificationCode(code);
    expect(extractVerificationCode(printed)).toBe(code);
    expect(extractVerificationCode(`Raspa: the port is not closing. Check: ${printed.toLowerCase()} raspa.kz/verify`)).toBe(code);
    expect(extractVerificationCode(`https://raspa.kz/ru/verify?code=${printed}`)).toBe(code);
    expect(extractVerificationCode(`https://raspa.kz/kk/verify/${code}`)).toBe(code);
    // Read over the phone: O for zero, l for one.
    expect(extractVerificationCode('0O1lI-22222')).toBe('0011122222');
    expect(extractVerificationCode('The port of Aktau is not closing')).toBeNull();
    expect(extractVerificationCode('')).toBeNull();
    // A code without a digit, typed on its own.
    expect(extractVerificationCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(extractVerificationCode('ABCDEFGHJK')).toBe('ABCDEFGHJK');
    // Words that merely look like a code come after the printed one.
    expect(extractVerificationCodes(`hello world, check ${printed}`)[0]).toBe(code);
  });
});

describe('signed notices', () => {
  it('signs a publication: the statement verifies with the published key, and a changed text does not', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId, slug } = await publishedNotice(moderator);
    const row = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId } });
    const statement = JSON.parse(row.payload) as NoticeStatement;
    expect(statement).toMatchObject({ noticeId, slug, version: 1, verdict: 'FALSE', state: 'published', regions: ['KZ-47'] });
    expect(statement.texts.ru).toEqual({ title: completeTranslations().ru.title, summary: completeTranslations().ru.summary });
    // The stored bytes are the canonical form.
    expect(canonicalStatement(statement)).toBe(row.payload);

    const keys = await listPublicSigningKeys(t.db);
    const key = keys.find((k) => k.kid === statement.keyId)!;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', retiredAt: null });
    expect(verifyStatementSignature(row.payload, row.signature, key.x)).toBe(true);
    const tampered = canonicalStatement({ ...statement, texts: { ...statement.texts, ru: { ...statement.texts.ru!, summary: 'Порт закроют завтра.' } } });
    expect(verifyStatementSignature(tampered, row.signature, key.x)).toBe(false);
    expect(verifyStatementSignature(canonicalStatement({ ...statement, verdict: 'TRUE' }), row.signature, key.x)).toBe(false);
    // The private key is stored sealed, never as PEM or DER in the clear.
    const stored = await t.db.signingKey.findUniqueOrThrow({ where: { id: key.kid } });
    expect(stored.privateKeyCipher).toMatch(/^v1\./);

    expect(await verifyNoticeCode(t.db, { text: formatVerificationCode(row.code) })).toMatchObject({ outcome: 'genuine', statement: { slug, version: 1 } });
    // Found behind look-alike words in a forwarded message.
    expect(await verifyNoticeCode(t.db, { text: `hello world ${row.code.slice(0, 5)} ${row.code.slice(5)}` })).toMatchObject({ outcome: 'genuine', code: row.code });
  });

  it('answers "superseded by version 2" for a corrected notice’s first code, and genuine for the new one', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { rumor, noticeId } = await publishedNotice(moderator);
    const firstCode = await latestCode(noticeId);
    await startNoticeCorrection(t.db, moderator, { noticeId });
    const texts = completeTranslations();
    await saveNoticeDraft(t.db, moderator, {
      rumorId: rumor.id, noticeId, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], changeNote: 'Added the ferry schedule.',
      translations: { ...texts, en: { ...texts.en, summary: 'The port works; the ferry to Baku runs on schedule.' } },
    });
    await publishNotice(t.db, moderator, { noticeId }, effects);
    const secondCode = await latestCode(noticeId);
    expect(secondCode).not.toBe(firstCode);
    expect(await verifyNoticeCode(t.db, { text: firstCode })).toMatchObject({ outcome: 'superseded', currentVersion: 2, statement: { version: 1 } });
    expect(await verifyNoticeCode(t.db, { text: secondCode })).toMatchObject({ outcome: 'genuine', currentVersion: 2 });
  });

  it('answers "withdrawn" for every code of a withdrawn notice, with the reason', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId } = await publishedNotice(moderator);
    const code = await latestCode(noticeId);
    await withdrawNotice(t.db, moderator, { noticeId, reasons: { ru: 'Ошибка в источнике.', en: 'The source was wrong.' } }, effects);
    const answer = await verifyNoticeCode(t.db, { text: `Forwarded: … ${formatVerificationCode(code)}` });
    expect(answer).toMatchObject({ outcome: 'withdrawn', withdrawnReasons: { ru: 'Ошибка в источнике.', en: 'The source was wrong.' } });
    expect(await verifyNoticeCode(t.db, { text: await latestCode(noticeId) })).toMatchObject({ outcome: 'withdrawn' });
  });

  it('answers "withdrawn" for an interim notice replaced by the verdict, naming the final notice', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const interim = await publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects);
    const interimCode = await latestCode(interim.noticeId);
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    expect(await verifyNoticeCode(t.db, { text: interimCode })).toMatchObject({ outcome: 'withdrawn', supersededBySlug: draft.slug });
  });

  it('answers "not issued" for an unknown code, a statement altered in the database, and no code at all', async () => {
    expect(await verifyNoticeCode(t.db, { text: 'ZZZZZ-ZZZZ9' })).toEqual({ outcome: 'not_issued', code: 'ZZZZZZZZZ9' });
    expect(await verifyNoticeCode(t.db, { text: 'Порт закрывают, пересылайте всем!' })).toEqual({ outcome: 'no_code' });

    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId } = await publishedNotice(moderator);
    const row = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId } });
    await t.db.noticeSignature.update({ where: { id: row.id }, data: { payload: row.payload.replace('"FALSE"', '"TRUE"') } });
    expect(await verifyNoticeCode(t.db, { text: row.code })).toMatchObject({ outcome: 'not_issued' });
  });

  it('rotates the key for admins only, audited; the old key stays published and its codes still verify', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const { noticeId } = await publishedNotice(moderator);
    const oldCode = await latestCode(noticeId);
    const oldKeyId = (await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId } })).keyId;
    await expect(rotateSigningKey(t.db, moderator)).rejects.toThrow();

    const rotated = await rotateSigningKey(t.db, admin);
    expect(rotated.retiredKeyIds).toContain(oldKeyId);
    const keys = await listPublicSigningKeys(t.db);
    expect(keys.find((k) => k.kid === oldKeyId)?.retiredAt).not.toBeNull();
    expect(keys.find((k) => k.kid === rotated.keyId)?.retiredAt).toBeNull();
    expect(await t.db.auditEvent.findFirst({ where: { action: 'signing_key.rotated', entityId: rotated.keyId, actorId: admin.id } })).not.toBeNull();

    expect(await verifyNoticeCode(t.db, { text: oldCode })).toMatchObject({ outcome: 'genuine' });
    const next = await publishedNotice(moderator);
    expect((await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: next.noticeId } })).keyId).toBe(rotated.keyId);
  });

  it('names each key apart from every other made the same day (six random hex digits: a rotation in ~5,000 failed on a taken id)', () => {
    const day = new Date('2026-12-07T05:00:00Z');
    const ids = Array.from({ length: 100_000 }, () => newKeyId(day));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^raspa-20261207-[0-9a-f]+$/);
  });
});
