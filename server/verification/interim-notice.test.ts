import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { prepareInterimNotice, SMS_LIMITS } from './prepare-interim-notice';
import { createInvestigatingRumor } from '../testing/verification';

const t = setupTestDatabase();
let moderator: Actor;
let turkistanModerator: Actor;

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
});

describe('interim notice', () => {
  it('prepares a CHECKING draft in kk, ru and en that does not repeat the claim, audited', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47'], 'Говорят, в Актау закроют порт и отключат воду');
    const notice = await prepareInterimNotice(t.db, moderator, { rumorId: rumor.id });
    expect(notice).toMatchObject({ status: 'DRAFT', regionCodes: ['KZ-47'], created: true });
    expect(notice.slug).toMatch(/^checking-[0-9a-f]{10}$/);
    const row = await t.db.notice.findUniqueOrThrow({ where: { id: notice.id }, include: { versions: { include: { translations: true } } } });
    expect(row).toMatchObject({ verdict: 'CHECKING', status: 'DRAFT', rumorId: rumor.id, firstPublishedAt: null });
    expect(row.versions).toHaveLength(1);
    expect(row.versions[0]).toMatchObject({ version: 1, verdict: 'CHECKING', publishedAt: null });
    expect(row.versions[0]!.translations.map((tr) => tr.language).sort()).toEqual(['en', 'kk', 'ru']);

    const byLanguage = Object.fromEntries(notice.translations.map((tr) => [tr.language, tr]));
    expect(byLanguage.en!.title).toContain('Mangystau');
    expect(byLanguage.ru!.title).toMatch(/Мангистау/);
    expect(byLanguage.kk!.title).toMatch(/Маңғыстау/);
    expect(byLanguage.en!.smsText).toBe('We are checking this claim. Please do not share it until we publish a result.');
    expect(byLanguage.kk!.summary).toMatch(/[әғқңөұүһі]/);
    for (const tr of notice.translations) {
      expect(tr.smsText.length, tr.language).toBeLessThanOrEqual(SMS_LIMITS[tr.language]);
      for (const text of [tr.title, tr.summary, tr.body, tr.smsText]) expect(text).not.toMatch(/порт|воду/i);
    }
    expect(row.versions[0]!.translations.every((tr) => tr.searchText.length > 0)).toBe(true);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: notice.id, action: 'notice.interim_prepared' } });
    expect(audit.actorId).toBe(moderator.id);
  });

  it('is idempotent: preparing twice leaves one draft with one version', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    const first = await prepareInterimNotice(t.db, moderator, { rumorId: rumor.id });
    const second = await prepareInterimNotice(t.db, moderator, { rumorId: rumor.id });
    expect(second).toMatchObject({ id: first.id, slug: first.slug, created: false });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(1);
    expect(await t.db.noticeVersion.count({ where: { noticeId: first.id } })).toBe(1);
    expect(await t.db.noticeTranslation.count({ where: { noticeVersion: { noticeId: first.id } } })).toBe(3);
  });

  it('works while awaiting approval, but not for rumours that are new, published or dismissed', async () => {
    const awaiting = await createRumor(t.db, `Слух ${Math.random()}`, ['KZ-47'], 'AWAITING_APPROVAL');
    await expect(prepareInterimNotice(t.db, moderator, { rumorId: awaiting.id })).resolves.toMatchObject({ status: 'DRAFT' });
    for (const status of ['NEW', 'PUBLISHED', 'DISMISSED'] as const) {
      const rumor = await createRumor(t.db, `Слух ${Math.random()}`, ['KZ-47'], status);
      await expect(prepareInterimNotice(t.db, moderator, { rumorId: rumor.id })).rejects.toMatchObject({ code: 'CONFLICT', message: 'rumorNotOpenForInterim' });
      expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);
    }
  });

  it('refuses a moderator of another region and creates nothing', async () => {
    const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
    await expect(prepareInterimNotice(t.db, turkistanModerator, { rumorId: rumor.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.notice.count({ where: { rumorId: rumor.id } })).toBe(0);
  });
});
