import type { Role } from '../db/generated/enums';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    regionCodes: string[];
    canViewContacts: boolean;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; regionCodes: string[]; canViewContacts: boolean };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    regionCodes: string[];
    canViewContacts: boolean;
  }
}
