// Who is acting: staff roles and the checks every other rule builds on.
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
 * What changes the whole country's work — priority settings, partner webhooks, channel secrets
 * and registrations — is the admins' alone. `why` is the refusal's message.
 */
export function assertAdmin(actor: Actor, why: string): void {
  if (!isAdmin(actor)) throw forbidden(why);
}
