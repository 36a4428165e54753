// The share card of a withdrawn notice: what a messenger shows when someone pastes its link after
// the withdrawal. It must say WITHDRAWN, print the code of the version that was published (which
// /verify answers "withdrawn" for), and live at a new address so a cached live card is not reused.
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { publishNotice } from '../notices/publish-notice';
import { saveNoticeDraft } from '../notices/save-notice-draft';
import { startNoticeCorrection } from '../notices/start-notice-correction';
import { withdrawNotice } from '../notices/withdraw-notice';
import { getPublicNotice } from '../notices/get-notice';
import { renderNoticeDocument } from '../notices/render/notice-document';
import { shareCardInputFor } from '../notices/render/share-card';
import { translatorFor } from '../i18n/translator';
import { formatVerificationCode } from '../signing/verification-code';
import { verifyNoticeCode } from '../signing/verify-notice-code';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { testApiDeps } from '../testing/api-deps';
import { handleNoticeShareCard } from './notice-pages';
import { LANGUAGES } from '../i18n/languages';

const t = setupTestDatabase();
const effects = { enqueueFanout: vi.fn(async () => 'job'), enqueueWithdrawalFanout: vi.fn(async () => 'job') };

function cardUrl(page: string): string {
  return /<meta property="og:image" content="([^"]+)">/.exec(page)![1]!;
}

async function fetchCard(slug: string, locale: string): Promise<Buffer> {
  const response = await handleNoticeShareCard(new Request(`https://raspa.example/${locale}/notices/${slug}/card.png`), testApiDeps(t), { locale, slug });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the share card of a withdrawn notice', () => {
  it('says withdrawn, names the verdict it had and prints the published version’s code, at a new address', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    await startNoticeCorrection(t.db, moderator, { noticeId: draft.noticeId });
    await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, noticeId: draft.noticeId, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], changeNote: 'Ferry schedule added.', translations: completeTranslations() });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    const v2Code = (await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: draft.noticeId, version: 2, state: 'PUBLISHED' } })).code;

    const live = (await getPublicNotice(t.db, draft.slug, 'ru'))!;
    const liveCardUrl = cardUrl(renderNoticeDocument(live, 'ru', { siteUrl: 'https://raspa.example' }));
    const liveCard = await fetchCard(draft.slug, 'ru');

    await withdrawNotice(t.db, moderator, { noticeId: draft.noticeId, reasons: { ru: 'Источник ошибся.', en: 'The source was wrong.' } }, effects);
    const withdrawalCode = (await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: draft.noticeId, state: 'WITHDRAWN' } })).code;
    expect(withdrawalCode).not.toBe(v2Code);

    for (const locale of LANGUAGES) {
      const tr = translatorFor(locale);
      const notice = (await getPublicNotice(t.db, draft.slug, locale))!;
      const input = shareCardInputFor(notice, tr);
      expect(input.verdictLabel).toBe(tr('share.card.withdrawn'));
      expect(input.withdrawn).toEqual({ was: tr('share.card.withdrawnWas', { verdict: tr('verdict.FALSE') }), note: tr('share.card.withdrawnNote') });
      // Not the fact-first debunk of a live verdict: nothing on it invites sharing the verdict.
      expect(input.factFirst).toBeNull();
      expect(input.verificationLine).toBe(tr('verify.onNotice', { code: formatVerificationCode(v2Code) }));
    }
    expect(await verifyNoticeCode(t.db, { text: v2Code })).toMatchObject({ outcome: 'withdrawn' });

    const withdrawn = (await getPublicNotice(t.db, draft.slug, 'ru'))!;
    const withdrawnCardUrl = cardUrl(renderNoticeDocument(withdrawn, 'ru', { siteUrl: 'https://raspa.example' }));
    expect(withdrawnCardUrl).not.toBe(liveCardUrl);
    const withdrawnCard = await fetchCard(draft.slug, 'ru');
    expect((await sharp(withdrawnCard).metadata()).width).toBe(1200);
    expect(withdrawnCard.equals(liveCard)).toBe(false);
  });

  it('prints the withdrawal’s code when the notice was withdrawn before signing existed', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, { rumorId: rumor.id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    await withdrawNotice(t.db, moderator, { noticeId: draft.noticeId, reasons: { en: 'Wrong place.' } }, effects);
    // As the signature backfill leaves such a notice: only its withdrawal is signed.
    await t.db.noticeSignature.deleteMany({ where: { noticeId: draft.noticeId, state: 'PUBLISHED' } });
    const withdrawalCode = (await t.db.noticeSignature.findFirstOrThrow({ where: { noticeId: draft.noticeId, state: 'WITHDRAWN' } })).code;
    const tr = translatorFor('en');
    const input = shareCardInputFor((await getPublicNotice(t.db, draft.slug, 'en'))!, tr);
    expect(input.verificationLine).toBe(tr('verify.onNotice', { code: formatVerificationCode(withdrawalCode) }));
    expect(await verifyNoticeCode(t.db, { text: withdrawalCode })).toMatchObject({ outcome: 'withdrawn' });
  });
});
