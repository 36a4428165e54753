// Who is acting: the signed-in staff member, read fresh from the database on every request (so a
// deactivated account or a changed role takes effect at once, not when the 12-hour session ends).
// One implementation for admin pages (requireStaffPage), HTTP handlers and tRPC procedures
// (requireStaffActor); nothing else reads the session.
import { getServerSession, type Session } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { db as appDb, type Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { DomainError } from '../errors';
import { hasRole, STAFF_ROLES, type Actor } from '../policy';
import { loadActor } from '../staff/load-actor';
import { authOptions } from './options';

/** The session of the request being served (its cookie), as next-auth reads it in pages and route handlers. */
export function readSession(): Promise<Session | null> {
  return getServerSession(authOptions);
}

/** The active staff member behind a session; null when signed out or deactivated. */
export async function currentActor(db: Db, session: Session | null): Promise<Actor | null> {
  const userId = session?.user?.id;
  return userId ? loadActor(db, userId) : null;
}

/** For handlers and procedures: the actor, or UNAUTHORIZED (no active session) / FORBIDDEN (role), which every edge maps to 401 / 403. */
export async function requireStaffActor(db: Db, session: Session | null, roles: readonly Role[] = STAFF_ROLES): Promise<Actor> {
  const actor = await currentActor(db, session);
  if (!actor) throw new DomainError('UNAUTHORIZED', 'Sign in first.');
  if (!hasRole(actor, roles)) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
  return actor;
}

export interface PageAccess {
  /** Roles that may open the page; every staff role when absent. */
  roles?: readonly Role[];
  /**
   * Where a signed-in member without the role goes: another admin page (a path after the locale,
   * e.g. `/admin/tasks`), or "not found" — for pages about one rumour or notice, which must not
   * confirm that it exists.
   */
  otherwise?: `/admin${string}` | 'notFound';
}

// One database read per request however many server components of the page ask.
const actorOfThisRequest = cache(async () => currentActor(appDb(), await readSession()));

/**
 * For admin pages and layouts: the actor, or a redirect to sign-in that comes back to `path`
 * (after the locale, e.g. `/admin/rumors/<id>`); a member without the role goes where `otherwise` says.
 */
export async function requireStaffPage(locale: string, path: string, access: PageAccess = {}): Promise<Actor> {
  const actor = await actorOfThisRequest();
  if (!actor) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (access.roles && !hasRole(actor, access.roles)) {
    if (!access.otherwise || access.otherwise === 'notFound') notFound();
    redirect(`/${locale}${access.otherwise}`);
  }
  return actor;
}
