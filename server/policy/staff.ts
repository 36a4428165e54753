// Staff administration: who may add, change, deactivate and reset staff accounts.
import { forbidden } from '../errors';
import type { Actor } from './actor';

/** Only admins manage staff: a moderator who could widen their own regions would have no scope at all. */
export function canManageStaff(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'ADMIN';
}

export function assertCanManageStaff(actor: Pick<Actor, 'role'>): void {
  if (!canManageStaff(actor)) throw forbidden('Only admins manage staff accounts.');
}

/** An admin changes other members here; their own account is changed on their account page. */
export function assertNotSelf(actor: Pick<Actor, 'id'>, memberId: string): void {
  if (actor.id === memberId) throw forbidden('notOnYourself');
}
