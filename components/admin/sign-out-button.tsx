'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton({ label, locale }: { label: string; locale: string }) {
  return (
    <button type="button" className="button button--quiet" onClick={() => void signOut({ callbackUrl: `/${locale}/signin` })}>
      {label}
    </button>
  );
}
