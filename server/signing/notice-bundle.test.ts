import { describe, expect, it, vi } from 'vitest';
import { checkNoticeBundle } from '../../lib/notice-bundle';
import { testApiDeps } from '../testing/api-deps';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { withdrawNotice } from '../notices/withdraw-notice';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { handleNoticeBundle } from '../api/notice-bundles';
import { buildNoticeBundle } from './notice-bundle';
import { listPublicSigningKeys, rotateSigningKey } from './signing-keys';

const t = setupTestDatabase();
const effects = { enqueueFanout: vi.fn(async () => 'job'), enqueueWithdrawalFanout: vi.fn(async () => 'job') };

async function publishedNotice(moderator: Actor, region: string) {
  const rumor = await createRumorWithApprovedVerdict(t.db, [region], { drafterId: moderator.id });
  const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: [region], translations: completeTranslations() });
  await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
  return draft.noticeId;
}

const keys = async () => (await listPublicSigningKeys(t.db)).map((k) => ({ kid: k.kid, x: k.x }));

describe('offline notice bundles', () => {
  it('hold the region’s current notices and its withdrawals, verified offline with the published keys', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-55']));
    const current = await publishedNotice(moderator, 'KZ-47');
    const withdrawn = await publishedNotice(moderator, 'KZ-47');
    const elsewhere = await publishedNotice(moderator, 'KZ-55');
    await withdrawNotice(t.db, moderator, { noticeId: withdrawn, reasons: { ru: 'Ошибка в дате.' } }, effects);

    const file = await buildNoticeBundle(t.db, 'KZ-47');
    const check = await checkNoticeBundle(JSON.stringify(file), await keys());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.bundle.region).toBe('KZ-47');
    const byId = new Map(check.notices.map((n) => [(n.statement as unknown as { noticeId: string }).noticeId, n]));
    expect(byId.get(current)).toMatchObject({ verified: true, statement: { state: 'published', verdict: 'FALSE' } });
    // The withdrawal is in it, so a phone holding an old copy learns the notice no longer stands.
    expect(byId.get(withdrawn)).toMatchObject({ verified: true, statement: { state: 'withdrawn', withdrawnReasons: { ru: 'Ошибка в дате.' } } });
    expect(byId.has(elsewhere)).toBe(false);
  });

  it('refuses a file with one byte changed, signed by an unknown key, or not a bundle at all', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await publishedNotice(moderator, 'KZ-47');
    const file = await buildNoticeBundle(t.db, 'KZ-47');
    const published = await keys();

    const tampered = { ...file, bundle: file.bundle.replace(String.raw`\"verdict\":\"FALSE\"`, String.raw`\"verdict\":\"TRUE\"`) };
    expect(tampered.bundle).not.toBe(file.bundle);
    expect(await checkNoticeBundle(JSON.stringify(tampered), published)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await checkNoticeBundle(JSON.stringify(file), published.filter((k) => k.kid !== file.keyId))).toEqual({ ok: false, reason: 'unknown_key' });
    expect(await checkNoticeBundle('{"hello":1}', published)).toEqual({ ok: false, reason: 'malformed' });
    expect(await checkNoticeBundle('not json', published)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('still verifies after the signing key is rotated, and new bundles are signed with the new key', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await publishedNotice(moderator, 'KZ-47');
    const before = await buildNoticeBundle(t.db, 'KZ-47');
    const { keyId } = await rotateSigningKey(t.db, admin);
    const after = await buildNoticeBundle(t.db, 'KZ-47');
    expect(after.keyId).toBe(keyId);
    const published = await keys();
    expect((await checkNoticeBundle(JSON.stringify(before), published)).ok).toBe(true);
    const check = await checkNoticeBundle(JSON.stringify(after), published);
    expect(check.ok && check.notices.every((n) => n.verified)).toBe(true);
  });

  it('is served publicly per region at /api/v1/bundles/<region>, and an unknown region is not found', async () => {
    const ok = await handleNoticeBundle(new Request('http://localhost/api/v1/bundles/KZ-47'), testApiDeps(t), { region: 'KZ-47' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await ok.json()) as { format: string }).format).toBe('raspa.notice-bundle-file/1');
    const missing = await handleNoticeBundle(new Request('http://localhost/api/v1/bundles/KZ-00'), testApiDeps(t), { region: 'KZ-00' });
    expect(missing.status).toBe(404);
  });
});
