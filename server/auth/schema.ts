import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

/** Staff sign-in form; messages are translation keys under `auth.`. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').pipe(z.email('emailInvalid')).transform((v) => v.toLowerCase()),
  password: z.string().min(1, 'passwordRequired').max(256, 'passwordRequired'),
  /** The authenticator app's 6 digits or a recovery code; only once the server asked for it. */
  code: z
    .string()
    .trim()
    .max(20, 'codeInvalid')
    .optional()
    .transform((v) => v || undefined),
});

export type SignInInput = z.input<typeof signInSchema>;

/**
 * A new staff password, as every form that sets one checks it in the browser; the server adds the
 * breach-list check (server/auth/password-policy.ts), which cannot run there.
 */
export const newPasswordField = z
  .string({ error: 'passwordRequired' })
  .min(1, 'passwordRequired')
  .min(PASSWORD_MIN_LENGTH, 'passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'passwordTooLong');
