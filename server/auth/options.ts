// next-auth (v4) configuration: staff only, credentials, JWT sessions carrying role and region scope.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { serverEnv } from '../config/env';
import { db } from '../db/client';
import { signInSchema } from './schema';
import { signInStaff } from './sign-in';
import { encodeSignInError } from './sign-in-errors';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

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
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid');
        const outcome = await signInStaff(db(), parsed.data);
        if (!outcome.ok) throw new Error(encodeSignInError(outcome));
        const { staff } = outcome;
        return { id: staff.id, email: staff.email, name: staff.name, role: staff.role, regionCodes: staff.regionCodes, canViewContacts: staff.canViewContacts };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.regionCodes = user.regionCodes;
        token.canViewContacts = user.canViewContacts;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? '',
        name: token.name ?? '',
        email: token.email ?? '',
        role: token.role,
        regionCodes: token.regionCodes ?? [],
        canViewContacts: token.canViewContacts ?? false,
      };
      return session;
    },
  },
};
