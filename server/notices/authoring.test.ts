import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fanOutNoticeVersion } from '../delivery/fan-out';
import { createSubscription } from '../testing/delivery';
import type { Actor } from '../policy';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { setupTestDatabase } from '../testing/database';
import { getNoticeForEditing } from './get-notice-for-editing';
import { listRumorNotices } from './list-rumor-notices';
import { publishInterimNotice } from './publish-interim-notice';
import { publishNotice, saveAndPublishNotice } from './publish-notice';
import { saveNoticeDraft } from './save-notice-draft';
import { saveNoticeDraftInput, type SaveNoticeDraftInput } from './schema';
import { countSmsSegments } from './sms-segments';
import { listPublishedNotices } from './list-published-notices';
import { startNoticeCorrection } from './start-notice-correction';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { withdrawNotice } from './withdraw-notice';
import { submitReport } from '../reports/submit-report';

const t = setupTestDatabase();
let moderator: Actor;
let turkistanModerator: Actor;
let listener: pg.Client;
const events: { type: string; noticeId: string; version: number; status?: string; verdict: string }[] = [];
const enqueueFanout = vi.fn(async () => 'job-id');
const effects = { enqueueFanout };

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  listener = new pg.Client({ connectionString: t.url });
  await listener.connect();
  listener.on('notification', (message) => events.push(JSON.parse(message.payload ?? '{}')));
  await listener.query('LISTEN raspa_events');
});
afterAll(async () => {
  await listener?.end();
});

const eventsFor = async (noticeId: string) => {
  await new Promise((resolve) => setTimeout(resolve, 150));
  return events.filter((e) => e.noticeId === noticeId);
};

function draftInput(rumorId: string, overrides: Partial<SaveNoticeDraftInput> = {}): SaveNoticeDraftInput {
  return { rumorId, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations(), ...overrides };
}

describe('SMS segments', () => {
  it('counts GSM-7 with the extension table as two, and anything else as UCS-2', () => {
    expect(countSmsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', length: 160, limit: 160, segments: 1 });
    expect(countSmsSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSmsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', length: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81)).segments).toBe(2);
    expect(countSmsSegments('Порт работает')).toMatchObject({ encoding: 'UCS-2', length: 13, limit: 70, segments: 1 });
    expect(countSmsSegments('я'.repeat(71)).segments).toBe(2);
    // One Cyrillic letter turns a Latin text into UCS-2.
    expect(countSmsSegments(`${'a'.repeat(69)}ә`)).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(countSmsSegments('')).toMatchObject({ segments: 0 });
  });
});

describe('notice schema', () => {
  const rumorId = '01890000-0000-7000-8000-000000000000';
  const issues = (input: SaveNoticeDraftInput) => (saveNoticeDraftInput.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

  it('refuses titles that state the verdict, in each language', () => {
    const texts = completeTranslations();
    expect(issues(draftInput(rumorId, { translations: { ...texts, ru: { ...texts.ru, title: 'Ложь: в Актау закроют порт' } } }))).toEqual(['translations.ru.title:titleContainsVerdict']);
    expect(issues(draftInput(rumorId, { translations: { ...texts, en: { ...texts.en, title: 'FALSE: Aktau port to close' } } }))).toEqual(['translations.en.title:titleContainsVerdict']);
    expect(issues(draftInput(rumorId, { translations: { ...texts, kk: { ...texts.kk, title: 'Жалған ақпарат: порт жабылады' } } }))).toEqual(['translations.kk.title:titleContainsVerdict']);
    // A word that merely contains the verdict's letters is fine ("Раскрыть" is not "рас").
    expect(issues(draftInput(rumorId, { verdict: 'TRUE', translations: { ...texts, ru: { ...texts.ru, title: 'Раскрыли схему с ценами на газ' } } }))).toEqual([]);
  });

  it('limits title, summary and SMS (one GSM-7 segment of 160 or one UCS-2 segment of 70)', () => {
    const texts = completeTranslations();
    expect(
      issues(draftInput(rumorId, { translations: { kk: { ...texts.kk, smsText: 'ә'.repeat(71) }, ru: { ...texts.ru, title: 'т'.repeat(121) }, en: { ...texts.en, summary: 's'.repeat(281), smsText: 'a'.repeat(160) } } })),
    ).toEqual(['translations.kk.smsText:smsTooLong', 'translations.ru.title:titleTooLong', 'translations.en.summary:summaryTooLong']);
  });
});

describe('writing and publishing a final notice', () => {
  it('cannot start before the verdict is approved', async () => {
    const rumor = await createRumor(t.db, `Слух ${Math.random()}`, ['KZ-47'], 'AWAITING_APPROVAL');
    await t.db.verdictDraft.create({ data: { rumorId: rumor.id, verdict: 'FALSE', rationale: 'Ждёт второго модератора для проверки.', status: 'AWAITING_APPROVAL', draftedById: moderator.id } });
    await expect(saveNoticeDraft(t.db, moderator, draftInput(rumor.id))).rejects.toMatchObject({ code: 'CONFLICT', message: 'verdictNotApproved' });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);
    expect((await listRumorNotices(t.db, moderator, { rumorId: rumor.id })).canWriteFinal).toBe(false);
  });

  it('saves one draft per rumour, idempotently, with the approved verdict and a readable slug', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    expect((await listRumorNotices(t.db, moderator, { rumorId: rumor.id })).canWriteFinal).toBe(true);
    const blank = await getNoticeForEditing(t.db, moderator, { rumorId: rumor.id });
    expect(blank.formValues).toMatchObject({ verdict: 'FALSE', regionCodes: ['KZ-47'] });
    expect(blank.formValues!.translations.ru.title).toBe(rumor.claim.slice(0, 120));

    await expect(saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { verdict: 'TRUE' }))).rejects.toMatchObject({ message: 'verdictChanged' });
    await expect(saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { regionCodes: ['KZ-99'] }))).rejects.toMatchObject({ message: 'regionInvalid' });

    const first = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id));
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, verdict: 'FALSE', created: true });
    expect(first.slug).toMatch(/^the-port-of-aktau-will-close-[0-9a-f]{6}$/);
    const again = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { urgency: 'URGENT' }));
    expect(again).toMatchObject({ noticeId: first.noticeId, slug: first.slug, version: 1, created: false });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(1);
    expect(await t.db.noticeVersion.count({ where: { noticeId: first.noticeId } })).toBe(1);
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: first.noticeId } })).toMatchObject({ urgency: 'URGENT', status: 'DRAFT', currentVersion: 0 });
    // Nothing public yet: no live event, no fan-out.
    expect(await eventsFor(first.noticeId)).toEqual([]);

    const editing = await getNoticeForEditing(t.db, moderator, { rumorId: rumor.id });
    expect(editing.notice?.id).toBe(first.noticeId);
    expect(editing.formValues?.translations.kk.title).toBe(completeTranslations().kk.title);
  });

  it('refuses to publish with a language missing unless the moderator says so, then publishes, supersedes the interim notice and requests fan-out', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const interim = await publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects);
    const texts = completeTranslations();
    const draft = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { translations: { ...texts, kk: { title: '', summary: 'Жартылай', body: '', whatToDo: '', smsText: '' } } }));
    enqueueFanout.mockClear();

    await expect(publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'translationsMissing' });
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } })).toMatchObject({ status: 'DRAFT' });
    await expect(publishNotice(t.db, turkistanModerator, { noticeId: draft.noticeId, allowMissingLanguages: ['kk'] }, effects)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const published = await publishNotice(t.db, moderator, { noticeId: draft.noticeId, allowMissingLanguages: ['kk'] }, effects);
    expect(published).toMatchObject({ slug: draft.slug, version: 1, verdict: 'FALSE', status: 'PUBLISHED', alreadyPublished: false, supersededNoticeIds: [interim.noticeId] });
    expect(enqueueFanout).toHaveBeenCalledExactlyOnceWith(published.noticeVersionId);

    const notice = await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId }, include: { versions: { include: { translations: true } } } });
    expect(notice).toMatchObject({ status: 'PUBLISHED', currentVersion: 1, verdict: 'FALSE' });
    expect(notice.firstPublishedAt).toEqual(notice.lastPublishedAt);
    const version = notice.versions[0]!;
    expect(version.publishedById).toBe(moderator.id);
    expect(version.fanoutRequestedAt).not.toBeNull();
    expect(version.fanoutDoneAt).toBeNull();
    expect(version.translations.map((tr) => tr.language).sort()).toEqual(['en', 'ru']);
    expect(version.translations.find((tr) => tr.language === 'ru')!.searchText).toContain('aktau');
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('PUBLISHED');
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: interim.noticeId } })).toMatchObject({ status: 'WITHDRAWN', withdrawnReasonRu: null, withdrawalFanoutRequestedAt: null, supersededById: draft.noticeId });

    const actions = (await t.db.auditEvent.findMany({ where: { entityId: { in: [draft.noticeId, rumor.id, interim.noticeId] } }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['notice.draft_created', 'notice.published', 'rumor.status_changed', 'notice.superseded']));
    expect(await eventsFor(draft.noticeId)).toEqual([expect.objectContaining({ type: 'notice.published', version: 1, verdict: 'FALSE', slug: draft.slug })]);
    expect(await eventsFor(interim.noticeId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'notice.published', verdict: 'CHECKING' }), expect.objectContaining({ type: 'notice.updated', status: 'WITHDRAWN' })]),
    );

    // A retried click: the same result, nothing published twice, no second fan-out.
    enqueueFanout.mockClear();
    const retry = await publishNotice(t.db, moderator, { noticeId: draft.noticeId, version: 1 }, effects);
    expect(retry).toMatchObject({ noticeVersionId: published.noticeVersionId, version: 1, alreadyPublished: true });
    expect(enqueueFanout).not.toHaveBeenCalled();
  });

  it('corrects a published notice: version 2 needs a change note, keeps the slug and re-notifies', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id));
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);

    const correction = await startNoticeCorrection(t.db, moderator, { noticeId: draft.noticeId });
    expect(correction).toMatchObject({ version: 2, created: true });
    expect(await startNoticeCorrection(t.db, moderator, { noticeId: draft.noticeId })).toMatchObject({ version: 2, created: false });
    const editing = await getNoticeForEditing(t.db, moderator, { noticeId: draft.noticeId });
    expect(editing.pendingVersion).toBe(2);
    expect(editing.formValues?.translations).toEqual(completeTranslations());

    const texts = completeTranslations();
    const corrected = { ...texts, en: { ...texts.en, summary: 'The port authority confirmed the port works; the ferry to Baku runs on schedule.' } };
    await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { noticeId: draft.noticeId, translations: corrected }));
    await expect(publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects)).rejects.toMatchObject({ message: 'changeNoteRequired' });
    // The public still sees version 1 while the correction is written.
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } })).toMatchObject({ currentVersion: 1, status: 'PUBLISHED' });

    await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { noticeId: draft.noticeId, translations: corrected, changeNote: 'Added the ferry schedule.' }));
    enqueueFanout.mockClear();
    const published = await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    expect(published).toMatchObject({ version: 2, slug: draft.slug, alreadyPublished: false });
    expect(enqueueFanout).toHaveBeenCalledExactlyOnceWith(published.noticeVersionId);
    const notice = await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } });
    expect(notice).toMatchObject({ currentVersion: 2, slug: draft.slug });
    expect(notice.lastPublishedAt!.getTime()).toBeGreaterThan(notice.firstPublishedAt!.getTime());
    expect(await t.db.noticeVersion.findFirstOrThrow({ where: { noticeId: draft.noticeId, version: 2 } })).toMatchObject({ changeNote: 'Added the ferry schedule.' });
    expect((await eventsFor(draft.noticeId)).map((e) => `${e.type}:${e.version}`)).toEqual(['notice.published:1', 'notice.updated:2']);
  });

  it('keeps targeting per version: a correction draft changes nothing live until it is published', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id));
    const v1 = await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    const turkistanSubscriber = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-61'] });

    await startNoticeCorrection(t.db, moderator, { noticeId: draft.noticeId });
    const wider = { noticeId: draft.noticeId, regionCodes: ['KZ-47', 'KZ-61'], urgency: 'URGENT' as const, changeNote: 'Turkistan hears the same claim.' };
    await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, wider));
    // What is out still targets Mangystau, normally: region pages, feeds and a re-run of v1's fan-out.
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } })).toMatchObject({ regionCodes: ['KZ-47'], urgency: 'NORMAL', currentVersion: 1 });
    expect((await listPublishedNotices(t.db, { language: 'en', regionCode: 'KZ-61' })).notices.map((n) => n.id)).not.toContain(draft.noticeId);
    await fanOutNoticeVersion(t.db, v1.noticeVersionId);
    expect(await t.db.delivery.count({ where: { subscriptionId: turkistanSubscriber.id } })).toBe(0);
    // The editor shows the draft's own targeting.
    expect((await getNoticeForEditing(t.db, moderator, { noticeId: draft.noticeId })).formValues).toMatchObject({ regionCodes: ['KZ-47', 'KZ-61'], urgency: 'URGENT' });

    const v2 = await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } })).toMatchObject({ regionCodes: ['KZ-47', 'KZ-61'], urgency: 'URGENT', currentVersion: 2 });
    expect(await t.db.noticeVersion.findUniqueOrThrow({ where: { id: v1.noticeVersionId } })).toMatchObject({ regionCodes: ['KZ-47'], urgency: 'NORMAL' });
    await fanOutNoticeVersion(t.db, v2.noticeVersionId);
    expect(await t.db.delivery.findMany({ where: { subscriptionId: turkistanSubscriber.id }, select: { noticeVersionId: true } })).toEqual([{ noticeVersionId: v2.noticeVersionId }]);
  });

  it('changes the verdict in a correction only when a newer verdict was approved', async () => {
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id));
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    // A newer draft still waiting for approval does not change the notice.
    await t.db.verdictDraft.create({ data: { rumorId: rumor.id, verdict: 'MISLEADING', rationale: 'Порт работает, но паром отменён на день.', status: 'AWAITING_APPROVAL', draftedById: moderator.id } });
    await startNoticeCorrection(t.db, moderator, { noticeId: draft.noticeId });
    await expect(saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { noticeId: draft.noticeId, verdict: 'MISLEADING' }))).rejects.toMatchObject({ message: 'verdictChanged' });
    expect((await getNoticeForEditing(t.db, moderator, { noticeId: draft.noticeId })).formValues?.verdict).toBe('FALSE');

    await t.db.verdictDraft.updateMany({ where: { rumorId: rumor.id, status: 'AWAITING_APPROVAL' }, data: { status: 'APPROVED' } });
    await saveNoticeDraft(t.db, moderator, draftInput(rumor.id, { noticeId: draft.noticeId, verdict: 'MISLEADING', changeNote: 'The ferry was cancelled for a day.' }));
    const published = await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    expect(published).toMatchObject({ version: 2, verdict: 'MISLEADING' });
    expect((await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } })).verdict).toBe('MISLEADING');
  });

  it('withdraws with a reason per language, keeps the page, reopens the rumour, tells open pages and requests the withdrawal fan-out', async () => {
    const enqueueWithdrawalFanout = vi.fn(async () => 'job-id');
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const draft = await saveNoticeDraft(t.db, moderator, draftInput(rumor.id));
    const why = (ru: string, others: { kk?: string; en?: string } = {}) => ({ noticeId: draft.noticeId, reasons: { ru, ...others } });
    await expect(withdrawNotice(t.db, moderator, why('Ошибочно опубликовано'), { enqueueWithdrawalFanout })).rejects.toMatchObject({ message: 'noticeNotPublished' });
    await publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('PUBLISHED');
    await expect(withdrawNotice(t.db, moderator, why('нет'), { enqueueWithdrawalFanout })).rejects.toThrow();
    await expect(withdrawNotice(t.db, moderator, { noticeId: draft.noticeId, reasons: {} }, { enqueueWithdrawalFanout })).rejects.toThrow();
    await expect(withdrawNotice(t.db, turkistanModerator, why('Ошибочно опубликовано'), { enqueueWithdrawalFanout })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(enqueueWithdrawalFanout).not.toHaveBeenCalled();

    const withdrawn = await withdrawNotice(t.db, moderator, why('Акимат отозвал своё заявление', { en: 'The akimat withdrew its statement' }), { enqueueWithdrawalFanout });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', alreadyWithdrawn: false, rumorReopened: true, withdrawnReasons: { ru: 'Акимат отозвал своё заявление', en: 'The akimat withdrew its statement' } });
    expect(enqueueWithdrawalFanout).toHaveBeenCalledExactlyOnceWith(draft.noticeId);
    expect(await withdrawNotice(t.db, moderator, why('Повторное нажатие'), { enqueueWithdrawalFanout })).toMatchObject({ alreadyWithdrawn: true, withdrawnReasons: { ru: 'Акимат отозвал своё заявление' } });
    expect(enqueueWithdrawalFanout).toHaveBeenCalledTimes(1);
    const row = await t.db.notice.findUniqueOrThrow({ where: { id: draft.noticeId } });
    expect(row).toMatchObject({ status: 'WITHDRAWN', slug: draft.slug, withdrawnReasonRu: 'Акимат отозвал своё заявление', withdrawnReasonKk: null, withdrawnReasonEn: 'The akimat withdrew its statement' });
    expect(row.withdrawalFanoutRequestedAt).toEqual(row.withdrawnAt);
    expect(row.lastChangedAt).toEqual(row.withdrawnAt);
    // Back in the moderators' open queue, being checked again; a new final notice can be written.
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('INVESTIGATING');
    expect(await listRumorNotices(t.db, moderator, { rumorId: rumor.id })).toMatchObject({ canWriteFinal: true });
    expect(await t.db.auditEvent.count({ where: { entityId: draft.noticeId, action: 'notice.withdrawn' } })).toBe(1);
    expect(await t.db.auditEvent.findFirst({ where: { entityId: rumor.id, action: 'rumor.status_changed' }, orderBy: { id: 'desc' }, select: { after: true } })).toMatchObject({
      after: { status: 'INVESTIGATING', withdrawnNoticeId: draft.noticeId },
    });
    expect((await eventsFor(draft.noticeId)).at(-1)).toMatchObject({ type: 'notice.withdrawn', version: 1, slug: draft.slug });
    await expect(publishNotice(t.db, moderator, { noticeId: draft.noticeId }, effects)).rejects.toMatchObject({ message: 'noticeWithdrawn' });
  });

  it('withdrawing an interim notice leaves the rumour being checked', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Жанаозене закроют школы ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    const interim = await publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects);
    const withdrawn = await withdrawNotice(t.db, moderator, { noticeId: interim.noticeId, reasons: { kk: 'Қате жарияланды', ru: 'Опубликовано по ошибке' } }, { enqueueWithdrawalFanout: async () => null });
    expect(withdrawn).toMatchObject({ rumorReopened: false });
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('INVESTIGATING');
  });
});

describe('interim notice in one step', () => {
  it('publishes the CHECKING notice without changing the rumour, once', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Жанаозене отключат свет ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    enqueueFanout.mockClear();
    const interim = await publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects);
    expect(interim).toMatchObject({ verdict: 'CHECKING', version: 1, status: 'PUBLISHED', alreadyPublished: false });
    expect(interim.slug).toMatch(/^checking-/);
    expect(enqueueFanout).toHaveBeenCalledExactlyOnceWith(interim.noticeVersionId);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('INVESTIGATING');
    expect(await t.db.notice.findUniqueOrThrow({ where: { id: interim.noticeId } })).toMatchObject({ status: 'PUBLISHED', currentVersion: 1 });

    const again = await publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects);
    expect(again).toMatchObject({ noticeId: interim.noticeId, alreadyPublished: true });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(1);
    await expect(publishInterimNotice(t.db, turkistanModerator, { rumorId: rumor.id }, effects)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const listed = await listRumorNotices(t.db, moderator, { rumorId: rumor.id });
    expect(listed.notices).toEqual([expect.objectContaining({ id: interim.noticeId, isInterim: true, status: 'PUBLISHED' })]);
  });

  it('is refused for rumours that are new or dismissed', async () => {
    for (const status of ['NEW', 'DISMISSED'] as const) {
      const rumor = await createRumor(t.db, `Слух ${Math.random()}`, ['KZ-47'], status);
      await expect(publishInterimNotice(t.db, moderator, { rumorId: rumor.id }, effects)).rejects.toMatchObject({ code: 'CONFLICT' });
    }
  });
});

describe('save and publish in one step', () => {
  it('publishes the editor texts as they are, or — when publishing is refused — saves nothing either', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const texts = completeTranslations('one-step');

    // English left blank without the moderator's tick: refused, and no draft is left behind.
    const blankEnglish = { ...texts, en: { title: '', summary: '', body: '', whatToDo: '', smsText: '' } };
    await expect(saveAndPublishNotice(t.db, moderator, { draft: draftInput(rumor.id, { translations: blankEnglish }) }, effects)).rejects.toMatchObject({ message: 'translationsMissing' });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);

    const published = await saveAndPublishNotice(t.db, moderator, { draft: draftInput(rumor.id, { translations: blankEnglish }), allowMissingLanguages: ['en'] }, effects);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 1, alreadyPublished: false });
    expect(enqueueFanout).toHaveBeenCalledWith(published.noticeVersionId);
    const stored = await t.db.noticeTranslation.findMany({ where: { noticeVersionId: published.noticeVersionId }, select: { language: true, title: true } });
    expect(stored.map((s) => s.language).sort()).toEqual(['kk', 'ru']);
    expect(stored.find((s) => s.language === 'ru')?.title).toBe(texts.ru.title);
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: published.noticeId }, orderBy: { id: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['notice.draft_created', 'notice.published']));
  });
});

describe('a first notice starts from what we know', () => {
  it('titles from the rumour’s own reports in other languages, and the body from the rationale and the refuting evidence — marked as suggestions', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const key = Buffer.alloc(32, 7).toString('base64');
    for (const text of ['Ақтау портын ертең жабады деп жатыр. Рас па?', 'They say the port of Aktau will close tomorrow. Is it true?']) {
      const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: 'KZ-47' }, { channel: 'API', encryptionKey: key });
      await t.db.report.update({ where: { id: report.id }, data: { rumorId: rumor.id, clusteringPending: false } });
    }
    await t.db.evidence.create({ data: { rumorId: rumor.id, adHocSourceName: 'Акимат Мангистауской области', excerpt: 'Порт работает в обычном режиме.', stance: 'REFUTES', obtainedAt: new Date() } });
    await t.db.evidence.create({ data: { rumorId: rumor.id, adHocSourceName: 'Чат в WhatsApp', excerpt: 'Порт закрывают!', stance: 'SUPPORTS', obtainedAt: new Date() } });

    const editing = await getNoticeForEditing(t.db, moderator, { rumorId: rumor.id });
    const texts = editing.formValues!.translations;
    expect(texts.kk.title).toBe('Ақтау портын ертең жабады деп жатыр');
    expect(texts.en.title).toBe('They say the port of Aktau will close tomorrow');
    expect(texts.ru.title).toBe(rumor.claim.slice(0, 120));
    expect(editing.startingPoint!.titles).toEqual({ ru: { text: rumor.claim, from: 'claim' }, kk: { text: texts.kk.title, from: 'report' }, en: { text: texts.en.title, from: 'report' } });
    // The body is offered, not written in: the rationale, and only evidence that is public (this refutation is not yet).
    expect(texts.ru.body).toBe('');
    expect(editing.startingPoint!.body!.ru).toBe('Акимат и порт опровергли, очевидцы подтвердили работу порта.');
    expect(editing.startingPoint).toMatchObject({ evidenceUsed: 0, evidenceHidden: 1 });
  });
});
