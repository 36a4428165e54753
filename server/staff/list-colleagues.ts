import type { Db } from '../db/client';
import { coversRegions, MODERATION_ROLES, type Actor } from '../policy';
import { assignableModeratorsInput, type AssignableModeratorsInput } from './schema';

export interface AssignableModerator {
  id: string;
  name: string;
  role: Actor['role'];
}

/**
 * Active moderators and admins who cover every one of the given regions — the people a rumour
 * there can be handed to. Any moderator may see the list; assigning still checks scope.
 */
export async function listAssignableModerators(db: Db, _actor: Actor, rawInput: AssignableModeratorsInput): Promise<AssignableModerator[]> {
  const { regionCodes } = assignableModeratorsInput.parse(rawInput);
  const candidates = await db.user.findMany({
    where: { active: true, role: { in: [...MODERATION_ROLES] } },
    select: { id: true, name: true, role: true, regionCodes: true, canViewContacts: true },
  });
  return candidates
    .filter((user) => regionCodes.every((code) => coversRegions(user, [code])))
    .map(({ id, name, role }) => ({ id, name, role }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id));
}
