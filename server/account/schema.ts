// The one definition of every input of a member's own account page and of the set-password link:
// the forms and the tRPC procedures share these. Messages are keys under `account.validation`.
import { z } from 'zod';
import { newPasswordField } from '../auth/schema';

const confirmed = <T extends { newPassword: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'passwordsDiffer' });
};

export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: 'currentPasswordRequired' }).min(1, 'currentPasswordRequired').max(256, 'currentPasswordWrong'),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: 'confirmPasswordRequired' }).min(1, 'confirmPasswordRequired'),
  })
  .superRefine(confirmed);
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/** The set-password page of an invitation or reset link. */
export const setPasswordWithLinkInput = z
  .object({
    token: z.string().min(20).max(100),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: 'confirmPasswordRequired' }).min(1, 'confirmPasswordRequired'),
  })
  .superRefine(confirmed);
export type SetPasswordWithLinkInput = z.input<typeof setPasswordWithLinkInput>;

export const sessionIdInput = z.object({ sessionId: z.uuid() });
export type SessionIdInput = z.input<typeof sessionIdInput>;

/** 6 digits from the authenticator app. */
const totpCode = z
  .string({ error: 'codeRequired' })
  .trim()
  .min(1, 'codeRequired')
  .regex(/^\d{3}\s?\d{3}$/, 'codeFormat');

export const confirmTwoFactorInput = z.object({ code: totpCode });
export type ConfirmTwoFactorInput = z.input<typeof confirmTwoFactorInput>;

export const regenerateRecoveryCodesInput = z.object({ code: totpCode });
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesInput>;

/** Turning two-factor off asks for both factors: a stolen session alone cannot weaken the account. */
export const disableTwoFactorInput = z.object({
  password: z.string({ error: 'currentPasswordRequired' }).min(1, 'currentPasswordRequired').max(256, 'currentPasswordWrong'),
  code: z.string({ error: 'codeRequired' }).trim().min(1, 'codeRequired').max(20, 'codeFormat'),
});
export type DisableTwoFactorInput = z.input<typeof disableTwoFactorInput>;
