// The notice editor starts from what the team already knows (titles from the rumour's reports in
// each language, the rationale and public evidence as the body's starting point), its SMS counter
// warns before it refuses, and "save and publish" is one transaction: all of it, or none of it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client';
import type { Language } from '../i18n/languages';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { completeTranslations, createRumorWithApprovedVerdict } from '../testing/notices';
import { generateTrackingCode, normalizeReportText } from '../text';
import { getNoticeForEditing } from './get-notice-for-editing';
import { pickReportTitle, titleFromReport } from './notice-starting-point';
import { publishNotice, saveAndPublishNotice } from './publish-notice';
import { saveNoticeDraft } from './save-notice-draft';
import { smsCounterState } from './sms-segments';

const t = setupTestDatabase();

async function report(db: Db, rumorId: string, language: Language, text: string, script = language === 'en' ? 'latn' : 'cyrl', receivedAt = new Date()) {
  await db.report.create({
    data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId, text, normalizedText: normalizeReportText(text), language, script, heardAt: receivedAt, receivedAt },
  });
}

describe('titles from reports', () => {
  it('takes the first sentence, cut at a word to fit 120 characters', () => {
    expect(titleFromReport('  Aktau port   closes on Monday!  My cousin works there.')).toBe('Aktau port closes on Monday!');
    expect(titleFromReport('Ақтау порты дүйсенбіде жабылады.\nАғам айтты')).toBe('Ақтау порты дүйсенбіде жабылады');
    const long = titleFromReport(`${'word '.repeat(40)}end`)!;
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('word…')).toBe(true);
    expect(titleFromReport('Is it?')).toBeNull();
  });

  it('skips reports that state the verdict (the title is the claim, not the verdict)', () => {
    expect(pickReportTitle(['Fake news: the port closes', 'The port of Aktau closes on Monday'], 'FALSE', 'en')).toBe('The port of Aktau closes on Monday');
    expect(pickReportTitle(['ok', 'fake!'], 'FALSE', 'en')).toBeNull();
  });
});

describe('SMS counter', () => {
  it('warns near the end of one segment, refuses past it, and names the character that made a Latin text UCS-2', () => {
    expect(smsCounterState('я'.repeat(59))).toMatchObject({ encoding: 'UCS-2', limit: 70, left: 11, state: 'ok' });
    expect(smsCounterState('я'.repeat(60))).toMatchObject({ left: 10, state: 'near' });
    expect(smsCounterState('я'.repeat(70))).toMatchObject({ left: 0, state: 'near', segments: 1 });
    expect(smsCounterState('я'.repeat(71))).toMatchObject({ left: -1, state: 'over', segments: 2 });
    expect(smsCounterState('a'.repeat(150))).toMatchObject({ encoding: 'GSM-7', limit: 160, state: 'near' });
    expect(smsCounterState('Raspa: the port isn’t closing — confirmed')).toMatchObject({ encoding: 'UCS-2', limit: 70, nonGsm: ['’', '—'] });
    // Cyrillic is UCS-2 by nature: nothing to name.
    expect(smsCounterState('Raspa: порт работает').nonGsm).toEqual([]);
    expect(smsCounterState('')).toMatchObject({ state: 'ok', segments: 0 });
  });
});

describe('the notice editor starts from what we know', () => {
  it('prefills kk and en titles from the rumour’s reports, the claim in its own language, and offers the rationale with public evidence as the body', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const hour = 3_600_000;
    await report(t.db, rumor.id, 'kk', 'Жалған ақпарат па? Порт жабылады', 'cyrl', new Date(Date.now() - 5 * hour));
    await report(t.db, rumor.id, 'kk', 'Aqtau porty jabylady eken', 'latn', new Date(Date.now() - 4 * hour));
    await report(t.db, rumor.id, 'kk', 'Ақтау порты дүйсенбіде жабылады дейді. Рас па?', 'cyrl', new Date(Date.now() - 3 * hour));
    await report(t.db, rumor.id, 'en', 'They say the port of Aktau will close on Monday. Is it true?', 'latn', new Date(Date.now() - 2 * hour));
    const source = await t.db.source.create({ data: { name: 'Акимат Мангистауской области', type: 'AKIMAT', regionCodes: ['KZ-47'] } });
    const obtainedAt = new Date('2026-12-03T09:00:00Z');
    await t.db.evidence.createMany({
      data: [
        { rumorId: rumor.id, sourceId: source.id, excerpt: 'Порт работает в обычном режиме.', url: 'https://example.kz/akimat', stance: 'REFUTES', obtainedAt, isPublic: true },
        { rumorId: rumor.id, adHocSourceName: 'Работник порта', excerpt: 'Нас не предупреждали.', stance: 'REFUTES', obtainedAt, isPublic: false },
        { rumorId: rumor.id, adHocSourceName: 'Блогер', excerpt: 'Порт закроют!', stance: 'SUPPORTS', obtainedAt, isPublic: true },
      ],
    });

    const editing = await getNoticeForEditing(t.db, moderator, { rumorId: rumor.id });
    const titles = editing.formValues!.translations;
    // The first Kazakh report says "false" in its title: skipped; Cyrillic comes before Latin.
    expect(titles.kk.title).toBe('Ақтау порты дүйсенбіде жабылады дейді');
    expect(titles.en.title).toBe('They say the port of Aktau will close on Monday');
    expect(titles.ru.title).toBe(rumor.claim);
    expect(editing.startingPoint!.titles).toMatchObject({ kk: { from: 'report' }, en: { from: 'report' }, ru: { from: 'claim' } });
    // Only the body is offered — never filled without the moderator asking.
    expect(titles.ru.body).toBe('');

    const body = editing.startingPoint!.body!;
    expect(body.ru).toContain('Акимат и порт опровергли');
    expect(body.ru).toContain('**Доказательства**');
    expect(body.ru).toContain('- Акимат Мангистауской области, 3 декабря 2026 г.: «Порт работает в обычном режиме.» https://example.kz/akimat');
    expect(body.kk).toContain('2026 ж. 3 желтоқсан');
    expect(body.en).toContain('3 December 2026');
    // Non-public evidence (its source may be at risk) and evidence for the claim are not offered.
    for (const text of Object.values(body)) {
      expect(text).not.toContain('Нас не предупреждали');
      expect(text).not.toContain('Порт закроют!');
    }
    expect(editing.startingPoint).toMatchObject({ evidenceUsed: 1, evidenceHidden: 1 });
  });

  it('suggests nothing for a language with no reports', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const editing = await getNoticeForEditing(t.db, moderator, { rumorId: rumor.id });
    expect(editing.formValues!.translations.kk.title).toBe('');
    expect(editing.formValues!.translations.en.title).toBe('');
    expect(editing.startingPoint!.titles.kk).toBeUndefined();
  });
});

describe('save and publish, one server operation', () => {
  const input = (rumorId: string, translations = completeTranslations()) => ({ rumorId, verdict: 'FALSE' as const, urgency: 'NORMAL' as const, regionCodes: ['KZ-47'], translations });

  it('saves and publishes what is on screen in one transaction, audited, with one fan-out', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const enqueueFanout = vi.fn(async () => 'job');
    const published = await saveAndPublishNotice(t.db, moderator, { draft: input(rumor.id) }, { enqueueFanout });
    expect(published).toMatchObject({ version: 1, verdict: 'FALSE', status: 'PUBLISHED', alreadyPublished: false });
    expect(enqueueFanout).toHaveBeenCalledExactlyOnceWith(published.noticeVersionId);
    const notice = await t.db.notice.findUniqueOrThrow({ where: { id: published.noticeId }, include: { versions: { include: { translations: true } } } });
    expect(notice).toMatchObject({ status: 'PUBLISHED', currentVersion: 1 });
    expect(notice.versions[0]!.translations.find((tr) => tr.language === 'ru')!.title).toBe(completeTranslations().ru.title);
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: published.noticeId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })).map((a) => a.action);
    expect(actions).toEqual(['notice.draft_created', 'notice.published']);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).status).toBe('PUBLISHED');
  });

  it('leaves nothing behind when publishing is refused: not the new draft, not the edited texts', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const texts = completeTranslations();
    const withoutKk = { ...texts, kk: { title: '', summary: '', body: '', whatToDo: '', smsText: '' } };
    const enqueueFanout = vi.fn(async () => 'job');

    // Kazakh missing and not agreed to: refused, and no notice exists afterwards.
    await expect(saveAndPublishNotice(t.db, moderator, { draft: input(rumor.id, withoutKk) }, { enqueueFanout })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'translationsMissing' });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);

    // A saved draft, edited and refused: the saved texts are the old ones.
    const draft = await saveNoticeDraft(t.db, moderator, input(rumor.id, withoutKk));
    const edited = { ...withoutKk, ru: { ...withoutKk.ru, summary: 'Изменённое краткое содержание.' } };
    await expect(saveAndPublishNotice(t.db, moderator, { draft: { ...input(rumor.id, edited), noticeId: draft.noticeId } }, { enqueueFanout })).rejects.toMatchObject({ message: 'translationsMissing' });
    const ru = await t.db.noticeTranslation.findFirstOrThrow({ where: { noticeVersion: { noticeId: draft.noticeId }, language: 'ru' } });
    expect(ru.summary).toBe(texts.ru.summary);
    expect(await t.db.auditEvent.count({ where: { entityId: draft.noticeId, action: { in: ['notice.draft_saved', 'notice.published'] } } })).toBe(0);

    // Another region's moderator: refused, nothing saved.
    const other = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
    await expect(saveAndPublishNotice(t.db, other, { draft: { ...input(rumor.id, edited), noticeId: draft.noticeId }, allowMissingLanguages: ['kk'] }, { enqueueFanout })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(enqueueFanout).not.toHaveBeenCalled();

    // Agreed to publish without Kazakh: saved and published together.
    const published = await saveAndPublishNotice(t.db, moderator, { draft: { ...input(rumor.id, edited), noticeId: draft.noticeId }, allowMissingLanguages: ['kk'] }, { enqueueFanout });
    expect(published).toMatchObject({ noticeId: draft.noticeId, version: 1, status: 'PUBLISHED' });
    expect((await t.db.noticeTranslation.findFirstOrThrow({ where: { noticeVersionId: published.noticeVersionId, language: 'ru' } })).summary).toBe('Изменённое краткое содержание.');
    // Publishing the same version again changes nothing.
    await expect(publishNotice(t.db, moderator, { noticeId: draft.noticeId, version: 1 }, { enqueueFanout })).resolves.toMatchObject({ alreadyPublished: true });
  });

  it('refuses titles that state the verdict, like saving does', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: moderator.id });
    const texts = completeTranslations();
    await expect(saveAndPublishNotice(t.db, moderator, { draft: input(rumor.id, { ...texts, en: { ...texts.en, title: 'FALSE: the port closes' } }) })).rejects.toThrow();
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);
  });
});
