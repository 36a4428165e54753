// Who may manage which registry entry. Kept beside the source use cases; the general rules
// (roles, region cover) come from the policy module.
import { forbidden } from '../errors';
import { isAdmin, type Actor } from '../policy';

/**
 * Admins manage every source. A moderator manages a source only when every region it serves is
 * one of theirs — nationwide sources (no regions) and sources shared with other regions are the
 * admins' to edit, so one region's team cannot change another's registry.
 */
export function canManageSource(actor: Actor, regionCodes: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  if (actor.role !== 'MODERATOR') return false;
  return regionCodes.length > 0 && regionCodes.every((code) => actor.regionCodes.includes(code));
}

export function assertCanManageSource(actor: Actor, regionCodes: readonly string[]): void {
  if (!canManageSource(actor, regionCodes)) throw forbidden('sourceOutOfRegion');
}

export const sourceSelect = {
  id: true,
  name: true,
  type: true,
  regionCodes: true,
  contact: true,
  reliability: true,
  reliabilityNote: true,
  active: true,
  updatedAt: true,
} as const;
