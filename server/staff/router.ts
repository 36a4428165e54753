import { adminProcedure, moderatorProcedure, router } from '../trpc/init';
import { createStaffMember } from './create-staff-member';
import { deactivateStaffMember, reactivateStaffMember } from './deactivate-staff-member';
import { listAssignableModerators } from './list-colleagues';
import { endStaffMemberSessions, resetStaffPassword, resetStaffTwoFactor } from './reset-staff-credentials';
import { assignableModeratorsInput, createStaffInput, resetStaffPasswordInput, staffMemberInput, updateStaffInput } from './schema';
import { updateStaffMember } from './update-staff-member';

// The admin staff page reads its list on the server (app/[locale]/admin/staff/page.tsx); these are its forms' mutations.
export const staffRouter = router({
  assignableModerators: moderatorProcedure.input(assignableModeratorsInput).query(({ ctx, input }) => listAssignableModerators(ctx.db, ctx.actor, input)),
  create: adminProcedure.input(createStaffInput).mutation(({ ctx, input }) => createStaffMember(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(updateStaffInput).mutation(({ ctx, input }) => updateStaffMember(ctx.db, ctx.actor, input)),
  deactivate: adminProcedure.input(staffMemberInput).mutation(({ ctx, input }) => deactivateStaffMember(ctx.db, ctx.actor, input)),
  reactivate: adminProcedure.input(staffMemberInput).mutation(({ ctx, input }) => reactivateStaffMember(ctx.db, ctx.actor, input)),
  resetPassword: adminProcedure.input(resetStaffPasswordInput).mutation(({ ctx, input }) => resetStaffPassword(ctx.db, ctx.actor, input)),
  endSessions: adminProcedure.input(staffMemberInput).mutation(({ ctx, input }) => endStaffMemberSessions(ctx.db, ctx.actor, input)),
  resetTwoFactor: adminProcedure.input(staffMemberInput).mutation(({ ctx, input }) => resetStaffTwoFactor(ctx.db, ctx.actor, input)),
});
