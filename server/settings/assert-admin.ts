import { forbidden } from '../errors';
import { isAdmin, type Actor } from '../policy';

/** Priority settings change every region's inbox, so only admins change them. */
export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw forbidden('Only admins change priority settings.');
}
