// Staff pages hydrate exactly what the server rendered, whatever the browser's clock says (issue 17:
// a hydration mismatch is a console error). Everything a first render shows that depends on time —
// "5 minutes ago", overdue, "can be corrected until" — is decided with the page's "now", the moment
// the server rendered it; the browser's own clock only moves things on after that. A laptop or phone
// whose clock is an hour off (or a page hydrated as a minute or a deadline passes) shows this.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { hydrated, signIn, staff, withDb } from './support';

const REGION = 'KZ-47';

for (const [skew, minutes] of [
  ['an hour ahead', 61],
  ['an hour behind', -61],
] as const) {
  test(`with the browser's clock ${skew}, every staff page hydrates without a mismatch`, async ({ page }) => {
    test.setTimeout(180_000);
    const { rumorId, noticeId } = await withDb(async (c) => ({
      // A rumour with sightings, comments and history: the page with the most relative times.
      rumorId: (await c.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status IN ('NEW', 'INVESTIGATING') AND $1 = ANY("regionCodes") ORDER BY "sightingCount" DESC, "lastSeenAt" DESC LIMIT 1`, [REGION])).rows[0]!.id,
      noticeId: (await c.query<{ id: string }>(`SELECT id FROM "Notice" ORDER BY "createdAt" DESC LIMIT 1`)).rows[0]?.id ?? null,
    }));
    // An answer the administrator gave a minute ago, still correctable by the server's clock: its
    // "correct the answer" button is what the tasks page decides with the clock.
    await withDb(async (c) => {
      const adminId = (await c.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [staff('ADMIN').email])).rows[0]!.id;
      await c.query(
        `INSERT INTO "VerificationRequest" (id, "rumorId", question, "dueAt", "assigneeId", "requestedById", status, answer, "answeredAt")
         VALUES ($1, $2, $3, now() + interval '3 hours', $4, $4, 'ANSWERED', 'CANNOT_TELL', now() - interval '1 minute')`,
        [randomUUID(), rumorId, `Часы спешат или отстают? (${randomUUID().slice(0, 8)})`, adminId],
      );
    });
    await signIn(page, 'ru', staff('ADMIN'));
    await expect(page).toHaveURL(/\/ru\/admin$/);
    await page.clock.setFixedTime(new Date(Date.now() + minutes * 60_000));
    const paths = [
      '/ru/admin',
      '/kk/admin',
      `/ru/admin/rumors/${rumorId}`,
      `/kk/admin/rumors/${rumorId}`,
      ...(noticeId ? [`/ru/admin/notices/${noticeId}`] : []),
      `/ru/admin/notices/new?rumor=${rumorId}`,
      '/ru/admin/notifications',
      '/ru/admin/tasks',
      '/ru/admin/dashboard',
      '/ru/admin/sources',
      '/ru/admin/channels',
      '/ru/admin/exports',
      '/ru/admin/hotline',
      '/ru/admin/settings',
      '/ru/admin/webhooks',
      '/ru/admin/transparency',
      '/ru/admin/staff',
      '/ru/admin/audit',
      '/ru/admin/account',
    ];
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await hydrated(page);
      });
    }
  });
}
