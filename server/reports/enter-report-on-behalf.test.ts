// The hotline: an operator enters a caller's report; it is a report like any other (clustered,
// tracked, answered on the contact given), marked with how it came in and who typed it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { clusterPendingReports } from './cluster-pending-reports';
import { enterReportOnBehalf } from './enter-report-on-behalf';

const t = setupTestDatabase();

describe('entering a report on a caller’s behalf', () => {
  it('stores it with the hotline channel and the caller’s contact, names the operator in the audit trail, and gives a tracking code to read out', async () => {
    const operator = asActor(await createStaff(t.db, 'PROXY', []));
    const submitted = await enterReportOnBehalf(t.db, operator, {
      clientId: randomUUID(),
      channel: 'PHONE',
      text: 'Звонила женщина из Жанаозена: говорят, завтра закроют рынок',
      heardVia: 'WORD_OF_MOUTH',
      contact: { kind: 'PHONE', value: '+7 701 555 00 11' },
      language: 'ru',
    });
    expect(submitted.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await clusterPendingReports(t.db);
    const report = await t.db.report.findUniqueOrThrow({ where: { id: submitted.id }, include: { rumor: true } });
    expect(report).toMatchObject({ channel: 'PHONE', wantsFeedback: true, contactKind: 'PHONE', routedRegionCodes: ['KZ-47'] });
    expect(report.contactCipher).not.toContain('555');
    expect(report.rumor?.regionCodes).toEqual(['KZ-47']);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: submitted.id, action: 'report.entered_on_behalf' } });
    expect(audit).toMatchObject({ actorId: operator.id, actorLabel: null, after: { channel: 'PHONE', confirmedMatch: false } });
  });

  it('takes someone who came in person too, and refuses any other channel and any other role', async () => {
    const operator = asActor(await createStaff(t.db, 'PROXY', []));
    const base = { text: 'Пришёл мужчина: в Актау якобы отключат воду на неделю', regionCode: 'KZ-47' as const };
    expect((await enterReportOnBehalf(t.db, operator, { ...base, clientId: randomUUID(), channel: 'IN_PERSON' })).trackingCode).toBeTruthy();
    await expect(enterReportOnBehalf(t.db, operator, { ...base, clientId: randomUUID(), channel: 'WEB' as never })).rejects.toThrow();
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await expect(enterReportOnBehalf(t.db, moderator, { ...base, clientId: randomUUID(), channel: 'PHONE' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
