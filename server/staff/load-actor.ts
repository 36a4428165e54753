import type { Db } from '../db/client';
import type { Actor } from '../policy';

/** Reads the acting staff member fresh from the database, so a deactivated account or a changed
 *  role takes effect on the next request rather than when the session expires. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, regionCodes: true, canViewContacts: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, role: user.role, regionCodes: user.regionCodes, canViewContacts: user.canViewContacts };
}
