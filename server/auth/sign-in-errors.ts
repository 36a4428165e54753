// Sign-in errors travel from next-auth's authorize() to the browser as plain strings; this is
// their format, shared by the server (encode) and the sign-in form (decode).

export function encodeSignInError(outcome: { reason: 'invalid' } | { reason: 'slow-down' | 'locked'; retryAfterSeconds: number }): string {
  return outcome.reason === 'invalid' ? 'invalid' : `${outcome.reason}:${outcome.retryAfterSeconds}`;
}

export function decodeSignInError(code: string | null | undefined): { reason: 'invalid' | 'slow-down' | 'locked' | 'unexpected'; retryAfterSeconds: number } {
  const [reason, seconds] = (code ?? '').split(':');
  if (reason === 'invalid' || reason === 'CredentialsSignin') return { reason: 'invalid', retryAfterSeconds: 0 };
  if (reason === 'slow-down' || reason === 'locked') return { reason, retryAfterSeconds: Number(seconds) || 0 };
  return { reason: 'unexpected', retryAfterSeconds: 0 };
}
