import { describe, expect, it, vi } from 'vitest';
import { noticeSmsText, withdrawalSmsText } from '../channels/sms/sms-sender';
import { loadOutgoingNotice } from '../delivery/outgoing-notice';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import type { Db } from '../db/client';
import { backfillNoticeSignatures, backfillUntilDone } from './backfill-signatures';
import { formatVerificationCode } from './verification-code';
import { verifyNoticeCode } from './verify-notice-code';

const t = setupTestDatabase();
const effects = { enqueueFanout: vi.fn(async () => 'job'), enqueueWithdrawalFanout: vi.fn(async () => 'job') };

async function publishedNotice(moderator: Actor) {
  const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
  const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
  const published = await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
  return { noticeId: draft.noticeId, noticeVersionId: published.noticeVersionId };
}

/** As the notice stood before signing existed: public, with no statement. */
async function forgetSignatures(noticeId: string) {
  await t.db.noticeSignature.deleteMany({ where: { noticeId } });
}

describe('signing notices published before signing existed', () => {
  it('gives an unsigned notice a code that verifies, and its SMS then carries that code; a second run signs nothing', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId, noticeVersionId } = await publishedNotice(moderator);
    await forgetSignatures(noticeId);
    const before = (await loadOutgoingNotice(t.db, noticeVersionId))('ru')!;
    expect(before.verificationCode).toBeNull();

    expect(await backfillNoticeSignatures(t.db)).toBeGreaterThanOrEqual(1);
    const row = await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId } });
    expect(row).toMatchObject({ version: 1, state: 'PUBLISHED' });
    expect(await verifyNoticeCode(t.db, { text: row.code })).toMatchObject({ outcome: 'genuine', statement: { noticeId, version: 1, state: 'published' } });

    const after = (await loadOutgoingNotice(t.db, noticeVersionId))('ru')!;
    expect(after.verificationCode).toBe(row.code);
    expect(noticeSmsText(after)).toContain(formatVerificationCode(row.code));

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: noticeId, action: 'notice.signed_after_publication' } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: 'system' });

    // Idempotent: nothing left to sign, nothing signed twice.
    expect(await backfillNoticeSignatures(t.db)).toBe(0);
    expect(await t.db.noticeSignature.count({ where: { noticeId } })).toBe(1);
  });

  it('signs a withdrawn notice as withdrawn, so its code answers "withdrawn" and the withdrawal SMS carries it', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId, noticeVersionId } = await publishedNotice(moderator);
    await withdrawNotice(t.db, moderator, { noticeId, reasons: { ru: 'Ошибка в дате.' } }, effects);
    await forgetSignatures(noticeId);

    await backfillNoticeSignatures(t.db);
    const rows = await t.db.noticeSignature.findMany({ where: { noticeId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, state: 'WITHDRAWN' });
    expect(await verifyNoticeCode(t.db, { text: rows[0]!.code })).toMatchObject({ outcome: 'withdrawn', withdrawnReasons: { ru: 'Ошибка в дате.' } });
    const withdrawal = (await loadOutgoingNotice(t.db, noticeVersionId, 'WITHDRAWAL'))('ru')!;
    expect(withdrawalSmsText(withdrawal)).toContain(formatVerificationCode(rows[0]!.code));
  });

  it('leaves signed notices and drafts alone', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId } = await publishedNotice(moderator);
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    const signedBefore = await t.db.noticeSignature.findMany({ where: { noticeId } });

    await backfillNoticeSignatures(t.db);
    expect(await t.db.noticeSignature.findMany({ where: { noticeId } })).toEqual(signedBefore);
    expect(await t.db.noticeSignature.count({ where: { noticeId: draft.noticeId } })).toBe(0);
  });

  it('tries again when the database is too busy to start a transaction, so the notice still gets its code before the next worker start', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const { noticeId } = await publishedNotice(moderator);
    await forgetSignatures(noticeId);
    let refused = 0;
    // The first transaction fails as Prisma's does when the pool is exhausted under load (P2028).
    const busyOnce = new Proxy(t.db, {
      get(target, key, receiver) {
        if (key === '$transaction' && refused === 0) return () => { refused++; return Promise.reject(Object.assign(new Error('Unable to start a transaction in the given time.'), { code: 'P2028' })); };
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Db;

    expect(await backfillUntilDone(busyOnce, new AbortController().signal, { first: 10, max: 20 })).toBeGreaterThanOrEqual(1);
    expect(refused).toBe(1);
    expect(await t.db.noticeSignature.count({ where: { noticeId } })).toBe(1);
  });

  it('stops trying when the worker shuts down', async () => {
    const controller = new AbortController();
    const alwaysBusy = new Proxy(t.db, {
      get(target, key, receiver) {
        if (key === '$transaction') return () => { controller.abort(); return Promise.reject(new Error('Unable to start a transaction in the given time.')); };
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Db;
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await forgetSignatures((await publishedNotice(moderator)).noticeId);
    expect(await backfillUntilDone(alwaysBusy, controller.signal, { first: 60_000, max: 60_000 })).toBe(0);
  });
});
