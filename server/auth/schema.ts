import { z } from 'zod';

/** Staff sign-in form; messages are translation keys under `auth.`. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'emailRequired').pipe(z.email('emailInvalid')).transform((v) => v.toLowerCase()),
  password: z.string().min(1, 'passwordRequired').max(256, 'passwordRequired'),
});

export type SignInInput = z.input<typeof signInSchema>;
