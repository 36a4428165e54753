// The hotline: who may enter reports on a reporter's behalf.
import { forbidden } from '../errors';
import type { Actor } from './actor';

/** Hotline operators (PROXY) and admins; moderators verify, they do not take calls into the system. */
export function canEnterReportsOnBehalf(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'PROXY' || actor.role === 'ADMIN';
}

export function assertCanEnterReportsOnBehalf(actor: Pick<Actor, 'role'>): void {
  if (!canEnterReportsOnBehalf(actor)) throw forbidden('Only hotline operators and admins enter reports on a reporter’s behalf.');
}
