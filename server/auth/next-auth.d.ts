// What the session cookie carries: who signed in and their server-side session record. Nothing
// else — role, regions and permissions are read from the database on every request.
declare module 'next-auth' {
  interface User {
    id: string;
    sessionId: string;
  }
  interface Session {
    user: { id: string; sessionId: string; name: string; email: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The StaffSession id. */
    sid?: string;
  }
}

export {};
