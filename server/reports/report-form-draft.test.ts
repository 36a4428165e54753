// A refused no-JavaScript report form's typed text waits on the server for the form to come back
// with it: readable once, for minutes, and only with the id the redirect carried.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { purgePersonalData } from '../privacy/purge-personal-data';
import { REPORT_FORM_DRAFT_MINUTES, keepReportFormDraft, takeReportFormDraft, type ReportFormDraft } from './report-form-draft';

const t = setupTestDatabase();
const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 8).toString('base64');
const draft: ReportFormDraft = { values: { text: 'Говорят, в Актау закроют порт', regionCode: 'KZ-47', heardAt: '31.02.2026 14:30' }, error: 'heardAtInvalid', field: 'heardAt' };
const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

describe('the refused report form kept on the server', () => {
  it('comes back once with everything typed, then is gone', async () => {
    const id = await keepReportFormDraft(t.db, KEY, draft);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Not readable with another key, and a guessed id of the same shape finds nothing.
    expect(await takeReportFormDraft(t.db, OTHER_KEY, await keepReportFormDraft(t.db, KEY, draft))).toBeNull();
    expect(await takeReportFormDraft(t.db, KEY, 'A'.repeat(43))).toBeNull();
    expect(await takeReportFormDraft(t.db, KEY, id)).toEqual(draft);
    expect(await takeReportFormDraft(t.db, KEY, id)).toBeNull();
  });

  it(`expires after ${REPORT_FORM_DRAFT_MINUTES} minutes: unreadable at once, removed by the next draft or the retention job`, async () => {
    await t.db.reportFormDraft.deleteMany();
    const then = new Date('2026-12-06T20:00:00Z');
    const late = await keepReportFormDraft(t.db, KEY, draft, then);
    expect(await takeReportFormDraft(t.db, KEY, late, minutesLater(then, REPORT_FORM_DRAFT_MINUTES + 1))).toBeNull();
    expect(await t.db.reportFormDraft.count()).toBe(0); // the late read deleted it too

    const forgotten = await keepReportFormDraft(t.db, KEY, draft, then);
    const inTime = await keepReportFormDraft(t.db, KEY, draft, minutesLater(then, REPORT_FORM_DRAFT_MINUTES - 1));
    // A new draft sweeps out the expired ones.
    await keepReportFormDraft(t.db, KEY, draft, minutesLater(then, REPORT_FORM_DRAFT_MINUTES + 1));
    expect(await t.db.reportFormDraft.count()).toBe(2);
    expect(await takeReportFormDraft(t.db, KEY, forgotten, minutesLater(then, REPORT_FORM_DRAFT_MINUTES + 1))).toBeNull();
    expect(await takeReportFormDraft(t.db, KEY, inTime, minutesLater(then, REPORT_FORM_DRAFT_MINUTES + 1))).toEqual(draft);

    // What nobody came back for goes with the hourly purge, counted but not described.
    const counts = await purgePersonalData(t.db, minutesLater(then, 3 * REPORT_FORM_DRAFT_MINUTES));
    expect(counts.reportFormDrafts).toBe(1);
    expect(await t.db.reportFormDraft.count()).toBe(0);
  });

  it('drops a text too long to be anyone\'s report rather than keeping it', async () => {
    const id = await keepReportFormDraft(t.db, KEY, { ...draft, values: { ...draft.values, text: 'я'.repeat(20_001) } });
    expect((await takeReportFormDraft(t.db, KEY, id))?.values).toEqual({ regionCode: 'KZ-47', heardAt: '31.02.2026 14:30' });
  });
});
