import type { Db } from '../db/client';
import { forbidden } from '../errors';
import { hasRole, MODERATION_ROLES, type Actor } from '../policy';
import { countOpenRumors } from './count-open-rumors';
import { medianTimeToVerdict } from './median-time-to-verdict';
import { reportActivity } from './report-activity';
import { topActiveRumors } from './top-active-rumors';

/** Everything the moderation dashboard shows, limited to the actor's regions (admins: all). */
export async function getDashboardSummary(db: Db, actor: Actor, now = new Date()) {
  if (!hasRole(actor, MODERATION_ROLES)) throw forbidden('The dashboard is for moderators.');
  const [open, timeToVerdict, activity, topActive] = await Promise.all([
    countOpenRumors(db, actor, now),
    medianTimeToVerdict(db, actor, now),
    reportActivity(db, actor, now),
    topActiveRumors(db, actor, now),
  ]);
  return { generatedAt: now, openRumors: open.cells, overdue: open.overdue, timeToVerdict, activity, topActive };
}

export type DashboardSummary = Awaited<ReturnType<typeof getDashboardSummary>>;
