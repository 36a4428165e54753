// Who is acting: staff roles and the checks every other rule builds on.
import type { Role } from '../db/generated/enums';
import { forbidden } from '../errors';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** Regions the actor works in; ignored for admins, who see everything. */
  regionCodes: string[];
  /** Works the national queue: what no region claims. Admins always do. */
  nationalQueue: boolean;
  canViewContacts: boolean;
}

/** Every role, the hotline's PROXY included: who may sign in and manage their own account. */
export const ALL_ROLES = ['ADMIN', 'MODERATOR', 'VERIFIER', 'PROXY'] as const satisfies readonly Role[];
/**
 * The roles that work on rumours. PROXY is not one of them: a hotline operator only enters reports
 * on a caller's behalf (HOTLINE_ROLES) and sees nothing else, so every staff page, route and
 * procedure refuses them by default.
 */
export const STAFF_ROLES = ['ADMIN', 'MODERATOR', 'VERIFIER'] as const satisfies readonly Role[];
/** Who enters reports received by phone call or in person. */
export const HOTLINE_ROLES = ['ADMIN', 'PROXY'] as const satisfies readonly Role[];
export const MODERATION_ROLES = ['ADMIN', 'MODERATOR'] as const satisfies readonly Role[];

export function isAdmin(actor: Actor): boolean {
  return actor.role === 'ADMIN';
}

export function hasRole(actor: Pick<Actor, 'role'>, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

/**
 * What changes the whole country's work — priority settings, partner webhooks, channel secrets
 * and registrations — is the admins' alone. `why` is the refusal's message.
 */
export function assertAdmin(actor: Actor, why: string): void {
  if (!isAdmin(actor)) throw forbidden(why);
}

/** What decides which regions' work a member sees: the acting user, or a colleague being offered. */
export type RegionScope = Pick<Actor, 'role' | 'regionCodes' | 'nationalQueue'>;
