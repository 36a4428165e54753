import type { Db } from '../db/client';
import { assertAdmin, type Actor } from '../policy';
import { readSetting } from './read-settings';

/** What the admin settings page shows: risk terms, deadlines by level and each region's risk. */
export async function listPrioritySettings(db: Db, actor: Actor) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const [riskTerms, deadlines, regions] = await Promise.all([
    db.riskTerm.findMany({ orderBy: [{ weight: 'desc' }, { language: 'asc' }, { term: 'asc' }], select: { id: true, term: true, language: true, weight: true } }),
    readSetting(db, 'priority.deadlines'),
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, nameKk: true, nameRu: true, nameEn: true, riskLevel: true, requiresApproval: true } }),
  ]);
  return { riskTerms, deadlines, regions };
}

export type PrioritySettings = Awaited<ReturnType<typeof listPrioritySettings>>;
