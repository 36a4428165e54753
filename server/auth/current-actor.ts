// Who is acting: the signed-in staff member, read fresh from the database on every request — the
// session record must be live and the account active (server/staff/load-actor.ts), so signing out
// elsewhere, deactivation or a changed role takes effect at once, not when the 12-hour cookie ends.
// One implementation for admin pages (requireStaffPage), HTTP handlers and tRPC procedures
// (requireStaffActor), and for a member's own account page and procedures (requireAccount*);
// nothing else reads the session.
import { getServerSession, type Session } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { db as appDb, type Db } from '../db/client';
import type { Role } from '../db/generated/enums';
import { DomainError } from '../errors';
import { hasRole, STAFF_ROLES, type Actor } from '../policy';
import { loadSignedInStaff, type SignedInStaff } from '../staff/load-actor';
import { authOptions } from './options';

/** The session of the request being served (its cookie), as next-auth reads it in pages and route handlers. */
export function readSession(): Promise<Session | null> {
  return getServerSession(authOptions);
}

/** The member behind a session with their live session record; null when signed out, ended or deactivated. */
export async function currentSignedIn(db: Db, session: Session | null): Promise<SignedInStaff | null> {
  const userId = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  return userId && sessionId ? loadSignedInStaff(db, { userId, sessionId }) : null;
}

/** The active staff member behind a session, once nothing blocks their work (see AccountGate); null otherwise. */
export async function currentActor(db: Db, session: Session | null): Promise<Actor | null> {
  const signedIn = await currentSignedIn(db, session);
  return signedIn && !signedIn.gate ? signedIn.actor : null;
}

/**
 * For handlers and procedures: the actor, or UNAUTHORIZED (no live session) / FORBIDDEN (a gate
 * such as "passwordChangeRequired", or the role), which every edge maps to 401 / 403. The default
 * roles leave out the hotline's PROXY: a route admits them only by saying so.
 */
export async function requireStaffActor(db: Db, session: Session | null, roles: readonly Role[] = STAFF_ROLES): Promise<Actor> {
  return (await requireStaffSession(db, session, roles)).actor;
}

/** The same, with the session record's id (for a live stream that must close when the session ends). */
export async function requireStaffSession(db: Db, session: Session | null, roles: readonly Role[] = STAFF_ROLES): Promise<SignedInStaff> {
  const signedIn = await currentSignedIn(db, session);
  if (!signedIn) throw new DomainError('UNAUTHORIZED', 'Sign in first.');
  if (signedIn.gate) throw new DomainError('FORBIDDEN', signedIn.gate);
  if (!hasRole(signedIn.actor, roles)) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
  return signedIn;
}

/** For a member's own account (password, sessions, two-factor): any role, and allowed while a gate is open. */
export async function requireAccountActor(db: Db, session: Session | null): Promise<SignedInStaff> {
  const signedIn = await currentSignedIn(db, session);
  if (!signedIn) throw new DomainError('UNAUTHORIZED', 'Sign in first.');
  return signedIn;
}

export interface PageAccess {
  /** Roles that may open the page; STAFF_ROLES (everyone but the hotline's PROXY) when absent. */
  roles?: readonly Role[];
  /**
   * Where a signed-in member without the role goes: another admin page (a path after the locale,
   * e.g. `/admin/tasks`), or "not found" — for pages about one rumour or notice, which must not
   * confirm that it exists. A hotline operator always goes to the hotline page.
   */
  otherwise?: `/admin${string}` | 'notFound';
}

/** The one page a PROXY works on, and the page that finishes what a gate asks. */
export const HOTLINE_PATH = '/admin/hotline';
export const ACCOUNT_PATH = '/admin/account';

// One database read per request however many server components of the page ask.
const signedInOfThisRequest = cache(async () => currentSignedIn(appDb(), await readSession()));

/** For the admin layout and the account page: the member, whatever their role or gate. */
export async function requireAccountPage(locale: string, path: string): Promise<SignedInStaff> {
  const signedIn = await signedInOfThisRequest();
  if (!signedIn) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  return signedIn;
}

/**
 * For admin pages: the actor, or a redirect to sign-in that comes back to `path` (after the locale,
 * e.g. `/admin/rumors/<id>`); a member with an open gate goes to their account page; a member
 * without the role goes where `otherwise` says.
 */
export async function requireStaffPage(locale: string, path: string, access: PageAccess = {}): Promise<Actor> {
  const signedIn = await requireAccountPage(locale, path);
  if (signedIn.gate) redirect(`/${locale}${ACCOUNT_PATH}`);
  const { actor } = signedIn;
  if (!hasRole(actor, access.roles ?? STAFF_ROLES)) {
    if (actor.role === 'PROXY') redirect(`/${locale}${HOTLINE_PATH}`);
    if (!access.otherwise || access.otherwise === 'notFound') notFound();
    redirect(`/${locale}${access.otherwise}`);
  }
  return actor;
}
