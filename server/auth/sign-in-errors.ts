// Sign-in errors travel from next-auth's authorize() to the browser as plain strings; this is
// their format, shared by the server (encode) and the sign-in form (decode).

type Reason = 'invalid' | 'code-required' | 'code-invalid' | 'slow-down' | 'locked';

export function encodeSignInError(outcome: { reason: 'invalid' | 'code-required' | 'code-invalid' } | { reason: 'slow-down' | 'locked'; retryAfterSeconds: number }): string {
  return 'retryAfterSeconds' in outcome ? `${outcome.reason}:${outcome.retryAfterSeconds}` : outcome.reason;
}

export function decodeSignInError(code: string | null | undefined): { reason: Reason | 'unexpected'; retryAfterSeconds: number } {
  const [reason, seconds] = (code ?? '').split(':');
  if (reason === 'invalid' || reason === 'CredentialsSignin') return { reason: 'invalid', retryAfterSeconds: 0 };
  if (reason === 'code-required' || reason === 'code-invalid') return { reason, retryAfterSeconds: 0 };
  if (reason === 'slow-down' || reason === 'locked') return { reason, retryAfterSeconds: Number(seconds) || 0 };
  return { reason: 'unexpected', retryAfterSeconds: 0 };
}
