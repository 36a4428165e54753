// The one place that decides who may do what. Procedure builders check the role; domain
// functions call these helpers with the entity in hand to check region scope.
import type { Prisma } from '../db/generated/client';
import type { Role } from '../db/generated/enums';
import { forbidden } from '../errors';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** Regions the actor works in; ignored for admins, who see everything. */
  regionCodes: string[];
  canViewContacts: boolean;
}

export const STAFF_ROLES = ['ADMIN', 'MODERATOR', 'VERIFIER'] as const satisfies readonly Role[];
export const MODERATION_ROLES = ['ADMIN', 'MODERATOR'] as const satisfies readonly Role[];

export function isAdmin(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

/**
 * A moderator works on a rumour when it touches one of their regions. A rumour with no known
 * region yet is visible to every moderator, so that nobody's claim falls between the cracks.
 */
export function coversRegions(actor: Actor, regionCodes: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  if (regionCodes.length === 0) return true;
  return regionCodes.some((code) => actor.regionCodes.includes(code));
}

export function assertCoversRegions(actor: Actor, regionCodes: readonly string[]): void {
  if (!coversRegions(actor, regionCodes)) throw forbidden('This rumour is outside your regions.');
}

/** The same rule as coversRegions, as a database filter for lists. */
export function rumorScopeFilter(actor: Actor): Prisma.RumorWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ regionCodes: { hasSome: actor.regionCodes } }, { regionCodes: { isEmpty: true } }] };
}

/** Reporters' contact details: only staff with the permission, and only when the reporter asked for an answer. */
export function canReadContact(actor: Actor, report: { wantsFeedback: boolean }): boolean {
  return actor.canViewContacts && report.wantsFeedback;
}
