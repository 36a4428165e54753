// The SMS log holds citizens' messages: who may read it.
import { forbidden } from '../errors';
import { hasRole, MODERATION_ROLES, type Actor } from './actor';

/** Admins and moderators watch the gateway; verifiers have no business with citizens' SMS. */
export function canViewSmsLog(actor: Actor): boolean {
  return hasRole(actor, MODERATION_ROLES);
}

export function assertCanViewSmsLog(actor: Actor): void {
  if (!canViewSmsLog(actor)) throw forbidden('Only moderators and admins see the SMS log.');
}
