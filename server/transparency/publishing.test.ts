// The life of a quarterly report: drafted by the job once the quarter has ended, narrated and
// published by an admin, corrected as a new version; published versions never change.
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { loadNoticeFeed, renderRss } from '../feeds/notice-feeds';
import { draftEndedQuarter, draftTransparencyReport } from './draft-report';
import { getPublishedReport, listPublishedReports } from './list-reports';
import { publishTransparencyReport } from './publish-report';
import { saveTransparencyNarrative } from './save-narrative';

const t = setupTestDatabase();
const announced: string[] = [];
const effects = { enqueueAnnouncement: async (id: string) => void announced.push(id) };
let admin: Actor;
let moderator: Actor;
const narrative = { narrativeKk: 'Тоқсанда біз 40 сыбысты тексердік.', narrativeRu: 'За квартал мы проверили 40 слухов.', narrativeEn: 'This quarter we checked 40 rumours.' };

beforeAll(async () => {
  admin = asActor((await createStaff(t.db, 'ADMIN', [])));
  moderator = asActor((await createStaff(t.db, 'MODERATOR', ['KZ-47'])));
});

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('quarterly transparency reports', () => {
  it('are drafted by the job once the quarter has ended, and only once', async () => {
    // 1 April 2026, 00:30 in Almaty: the first quarter has just ended.
    const firstRun = await draftEndedQuarter(t.db, new Date('2026-03-31T19:30:00Z'));
    expect(firstRun).toMatchObject({ quarter: '2026-Q1', created: true });
    expect(await draftEndedQuarter(t.db, new Date('2026-04-01T19:30:00Z'))).toBeNull();
    // 31 March, 23:30 in Almaty: still the first quarter, so the job drafts the fourth of 2025.
    expect((await draftEndedQuarter(t.db, new Date('2026-03-31T18:30:00Z')))?.quarter).toBe('2025-Q4');
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'transparency.drafted', entityId: firstRun!.id } });
    expect(event.actorLabel).toBe('system');
    expect((await rejection(draftTransparencyReport(t.db, admin, { quarter: '2099-Q1' }))).message).toBe('quarterInFuture');
  });

  it('are published by admins only, with the narrative in all three languages', async () => {
    expect((await rejection(publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date(), effects))).message).toBe('narrativeMissing');
    expect((await rejection(saveTransparencyNarrative(t.db, moderator, { quarter: '2026-Q1', ...narrative }))).code).toBe('FORBIDDEN');
    await saveTransparencyNarrative(t.db, admin, { quarter: '2026-Q1', ...narrative, narrativeEn: 'Too short' });
    expect((await rejection(publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date(), effects))).message).toBe('narrativeMissing');
    await saveTransparencyNarrative(t.db, admin, { quarter: '2026-Q1', ...narrative });
    expect((await rejection(publishTransparencyReport(t.db, moderator, { quarter: '2026-Q1' }, new Date(), effects))).code).toBe('FORBIDDEN');

    const published = await publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date('2026-04-05T06:00:00Z'), effects);
    expect(published).toMatchObject({ quarter: '2026-Q1', version: 1 });
    const report = await getPublishedReport(t.db, '2026-Q1');
    expect(report).toMatchObject({ version: 1, latestVersion: 1, changeNote: null, narratives: { kk: narrative.narrativeKk, ru: narrative.narrativeRu, en: narrative.narrativeEn } });
    expect(report!.figures.period).toEqual({ from: '2026-01-01', to: '2026-03-31', quarter: '2026-Q1' });
    expect(await listPublishedReports(t.db)).toEqual([
      { quarter: '2026-Q1', periodFrom: '2026-01-01', periodTo: '2026-03-31', version: 1, firstPublishedAt: new Date('2026-04-05T06:00:00Z'), lastPublishedAt: new Date('2026-04-05T06:00:00Z') },
    ]);
    expect(await t.db.auditEvent.count({ where: { action: 'transparency.published', actorId: admin.id } })).toBe(1);
  });

  it('are announced in every feed and queued for the public channel', async () => {
    expect(announced).toHaveLength(1);
    const announcement = await t.db.announcement.findUniqueOrThrow({ where: { id: announced[0]! } });
    expect(announcement).toMatchObject({ kind: 'TRANSPARENCY_REPORT', publishedAt: new Date('2026-04-05T06:00:00Z'), fanoutRequestedAt: new Date('2026-04-05T06:00:00Z'), fanoutDoneAt: null });
    for (const [language, title, path] of [
      ['kk', 'Ашықтық есебі: 2026 жылғы 1-тоқсан', '/kk/transparency?quarter=2026-Q1'],
      ['en', 'Transparency report Q1 2026', '/en/transparency?quarter=2026-Q1'],
    ] as const) {
      const feed = await loadNoticeFeed(t.db, { language, regionCode: 'KZ-47' }, 'https://raspa.example');
      const item = feed.items.find((i) => i.url === `https://raspa.example${path}`);
      expect(item, language).toMatchObject({ title, published: new Date('2026-04-05T06:00:00Z') });
      expect(renderRss(feed)).toContain(title);
    }
  });

  it('are corrected as a new version with a note; the published version stays as it was', async () => {
    await saveTransparencyNarrative(t.db, admin, { quarter: '2026-Q1', ...narrative, narrativeEn: 'This quarter we checked 41 rumours (corrected).' });
    expect((await rejection(publishTransparencyReport(t.db, admin, { quarter: '2026-Q1' }, new Date(), effects))).message).toBe('changeNoteRequired');
    const corrected = await publishTransparencyReport(t.db, admin, { quarter: '2026-Q1', changeNote: 'One rumour was counted twice.' }, new Date(), effects);
    expect(corrected.version).toBe(2);
    // The correction is announced too.
    expect(announced).toHaveLength(2);
    expect((await getPublishedReport(t.db, '2026-Q1'))?.narratives.en).toBe('This quarter we checked 41 rumours (corrected).');
    const first = await getPublishedReport(t.db, '2026-Q1', 1);
    expect(first).toMatchObject({ version: 1, latestVersion: 2, narratives: { en: narrative.narrativeEn } });
    expect(first!.versions.map((v) => [v.version, v.changeNote])).toEqual([
      [1, null],
      [2, 'One rumour was counted twice.'],
    ]);
    // Publishing again with nothing changed — the figures recomputed to the same numbers, the
    // narrative as published — makes no version, no announcement and no new "updated" date.
    const listed = await listPublishedReports(t.db);
    await draftTransparencyReport(t.db, admin, { quarter: '2026-Q1' });
    expect((await rejection(publishTransparencyReport(t.db, admin, { quarter: '2026-Q1', changeNote: 'Published again to be sure.' }, new Date(), effects))).message).toBe('nothingChanged');
    expect(await listPublishedReports(t.db)).toEqual(listed);
    expect(announced).toHaveLength(2);
    expect(await t.db.auditEvent.count({ where: { action: 'transparency.correction_published' } })).toBe(1);
    // Not even a direct UPDATE changes a published version.
    await expect(t.db.$executeRaw`UPDATE "TransparencyReportVersion" SET "narrativeEn" = 'rewritten' WHERE version = 1`).rejects.toThrow(/cannot be changed/);
    expect(await getPublishedReport(t.db, '2026-Q1', 3)).toBeNull();
  });
});
