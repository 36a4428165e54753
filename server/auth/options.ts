// next-auth (v4) configuration: staff only, credentials (+ a two-factor code where it is on), JWT
// cookies that carry only who signed in and the id of their server-side session record — role,
// regions and permissions are read fresh from the database on every request (current-actor.ts).
import type { NextAuthOptions } from 'next-auth';
import CredentialsModule from 'next-auth/providers/credentials';
import { serverEnv } from '../config/env';
import { db } from '../db/client';
import { signInSchema } from './schema';
import { signInStaff } from './sign-in';
import { consumeRateLimit } from '../http/rate-limit';
import { knownDeviceTokenFrom, readKnownDevice } from './known-device';
import { encodeSignInError } from './sign-in-errors';
import { deviceFromUserAgent, endSignedOutSession, SESSION_MAX_AGE_SECONDS } from './staff-sessions';

// Next's bundler hands over the provider function; Node's own ESM loader (tsx scripts such as
// bench/live-staff.ts) the CommonJS module object around it.
const CredentialsProvider = (CredentialsModule as unknown as { default?: typeof CredentialsModule }).default ?? CredentialsModule;

export { SESSION_MAX_AGE_SECONDS } from './staff-sessions';

function headerOf(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

function headersOf(headers: unknown): Headers {
  if (headers instanceof Headers) return headers;
  const result = new Headers();
  for (const [name, value] of Object.entries((headers ?? {}) as Record<string, unknown>)) if (typeof value === 'string') result.set(name, value);
  return result;
}

export const authOptions: NextAuthOptions = {
  // A getter: `next build` loads this module without the app's secrets.
  get secret() {
    return serverEnv().NEXTAUTH_SECRET;
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Raspa staff',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid');
        const now = new Date();
        const outcome = await signInStaff(db(), parsed.data, now, deviceFromUserAgent(headerOf(req?.headers, 'user-agent')), {
          knownDevice: readKnownDevice(knownDeviceTokenFrom(headerOf(req?.headers, 'cookie')), serverEnv().NEXTAUTH_SECRET, now),
          clientFailures: {
            check: () => consumeRateLimit('auth.sign_in_failures', { client: headersOf(req?.headers) }, 0),
            count: () => consumeRateLimit('auth.sign_in_failures', { client: headersOf(req?.headers) }),
          },
        });
        if (!outcome.ok) throw new Error(encodeSignInError(outcome));
        const { staff } = outcome;
        return { id: staff.id, email: staff.email, name: staff.name, sessionId: outcome.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? '', sessionId: token.sid ?? '', name: token.name ?? '', email: token.email ?? '' };
      return session;
    },
  },
  events: {
    // Signing out ends the server-side session too: a copy of the cookie no longer works.
    async signOut({ token }) {
      await endSignedOutSession(db(), { userId: token?.sub, sessionId: token?.sid });
    },
  },
};
