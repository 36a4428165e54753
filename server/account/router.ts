import { accountProcedure, publicProcedure, router } from '../trpc/init';
import { changeOwnPassword } from './change-password';
import { changePasswordInput, confirmTwoFactorInput, disableTwoFactorInput, regenerateRecoveryCodesInput, sessionIdInput, setPasswordWithLinkInput } from './schema';
import { endMyOtherSessions, endMySession } from './sessions';
import { setPasswordWithLink } from './set-password-with-link';
import { confirmTwoFactorEnrolment, disableTwoFactor, regenerateRecoveryCodes, startTwoFactorEnrolment } from './two-factor';

// A member's own account page reads what it shows on the server (app/[locale]/admin/account/page.tsx); these are its forms' mutations.
export const accountRouter = router({
  changePassword: accountProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.signedIn, input)),
  endSession: accountProcedure.input(sessionIdInput).mutation(({ ctx, input }) => endMySession(ctx.db, ctx.signedIn, input)),
  endOtherSessions: accountProcedure.mutation(({ ctx }) => endMyOtherSessions(ctx.db, ctx.signedIn)),
  startTwoFactor: accountProcedure.mutation(({ ctx }) => startTwoFactorEnrolment(ctx.db, ctx.signedIn)),
  confirmTwoFactor: accountProcedure.input(confirmTwoFactorInput).mutation(({ ctx, input }) => confirmTwoFactorEnrolment(ctx.db, ctx.signedIn, input)),
  regenerateRecoveryCodes: accountProcedure.input(regenerateRecoveryCodesInput).mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx.db, ctx.signedIn, input)),
  disableTwoFactor: accountProcedure.input(disableTwoFactorInput).mutation(({ ctx, input }) => disableTwoFactor(ctx.db, ctx.signedIn, input)),
  /** The invitation / reset link's page: whoever holds the link. */
  setPasswordWithLink: publicProcedure.input(setPasswordWithLinkInput).mutation(({ ctx, input }) => setPasswordWithLink(ctx.db, input)),
});
