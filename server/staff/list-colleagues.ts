import type { Db } from '../db/client';
import { assertCoversRegions, coversRegions, MODERATION_ROLES, type Actor } from '../policy';
import { assignableModeratorsInput, type AssignableModeratorsInput } from './schema';

export interface AssignableModerator {
  id: string;
  name: string;
  role: Actor['role'];
}

/**
 * Active moderators and admins who cover every one of the given regions — the people a rumour
 * there can be handed to, listed only to those who may see such a rumour; assigning still checks scope.
 */
export async function listAssignableModerators(db: Db, actor: Actor, rawInput: AssignableModeratorsInput): Promise<AssignableModerator[]> {
  const { regionCodes } = assignableModeratorsInput.parse(rawInput);
  // Only for a rumour one may see: another region's team is not listed to outsiders.
  assertCoversRegions(actor, regionCodes);
  const candidates = await db.user.findMany({
    where: { active: true, role: { in: [...MODERATION_ROLES] } },
    select: { id: true, name: true, role: true, regionCodes: true, nationalQueue: true },
  });
  return candidates
    // Every region of the rumour; a rumour of no region (the national queue) needs the national scope.
    .filter((user) => (regionCodes.length ? regionCodes.every((code) => coversRegions(user, [code])) : coversRegions(user, [])))
    .map(({ id, name, role }) => ({ id, name, role }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id));
}
