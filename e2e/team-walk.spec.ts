// A crisis team at crisis speed (issue 16), end to end with three browsers and no reload anywhere:
// a moderator at a desk, a field verifier on a 360-px phone and an administrator — from a citizen's
// report of a new high-risk claim to the published notice. The walk itself is e2e/team-walk.ts
// (bench/journey.ts times the same walk); screenshots of each colleague's view on the way.
import { expect, test } from './test';
import { teamWalk } from './team-walk';
import { screenshotPath, staff, withDb } from './support';

test('moderator, field verifier and administrator take a high-risk claim to a published notice, each seeing the others’ work without a reload', async ({ browser }) => {
  test.setTimeout(180_000);
  const verifier = staff('VERIFIER');
  const verifierName = await withDb(async (c) => (await c.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name);
  const result = await teamWalk({
    browser,
    baseURL: test.info().project.use.baseURL!,
    moderator: staff('MODERATOR', 'KZ-47'),
    verifier: { ...verifier, name: verifierName },
    admin: staff('ADMIN'),
    query: (sql, params) => withDb(async (c) => (await c.query(sql, params)).rows),
    async onStep(step, pages) {
      for (const [who, page] of Object.entries(pages)) await page.screenshot({ path: screenshotPath(`team-walk-${step}-${who}.png`) });
    },
  });
  // Every hand-over happened on an open page (the walk fails otherwise); the notice is public.
  expect(result.handOvers.map((h) => h.what)).toHaveLength(5);
  const published = await withDb(async (c) => (await c.query<{ status: string }>(`SELECT status::text AS status FROM "Notice" WHERE "rumorId" = $1`, [result.rumorId])).rows);
  expect(published).toEqual([{ status: 'PUBLISHED' }]);
});
