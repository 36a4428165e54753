import { forbidden } from '../errors';
import { isAdmin, type Actor } from '../policy';

/** The report speaks for the whole organisation: admins draft, narrate and publish it. */
export function assertTransparencyAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw forbidden('Only admins prepare and publish transparency reports.');
}
