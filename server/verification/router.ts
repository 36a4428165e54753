import { moderatorProcedure, router, staffProcedure } from '../trpc/init';
import { addEvidence } from './add-evidence';
import { answerVerification } from './answer-verification';
import { createSource } from './create-source';
import { draftVerdict } from './draft-verdict';
import { getRumorVerification } from './get-rumor-verification';
import { listMyTasks } from './list-my-tasks';
import { listSources } from './list-sources';
import { prepareInterimNotice } from './prepare-interim-notice';
import { requestVerification } from './request-verification';
import { reviewVerdict } from './review-verdict';
import {
  addEvidenceInput,
  answerVerificationInput,
  createSourceInput,
  draftVerdictInput,
  listSourcesInput,
  myTasksInput,
  prepareInterimNoticeInput,
  requestVerificationInput,
  reviewVerdictInput,
  rumorVerificationInput,
  setSourceActiveInput,
  updateSourceInput,
} from './schema';
import { setSourceActive, updateSource } from './update-source';

export const verificationRouter = router({
  listSources: moderatorProcedure.input(listSourcesInput).query(({ ctx, input }) => listSources(ctx.db, ctx.actor, input)),
  createSource: moderatorProcedure.input(createSourceInput).mutation(({ ctx, input }) => createSource(ctx.db, ctx.actor, input)),
  updateSource: moderatorProcedure.input(updateSourceInput).mutation(({ ctx, input }) => updateSource(ctx.db, ctx.actor, input)),
  setSourceActive: moderatorProcedure.input(setSourceActiveInput).mutation(({ ctx, input }) => setSourceActive(ctx.db, ctx.actor, input)),
  forRumor: moderatorProcedure.input(rumorVerificationInput).query(({ ctx, input }) => getRumorVerification(ctx.db, ctx.actor, input.rumorId)),
  addEvidence: moderatorProcedure.input(addEvidenceInput).mutation(({ ctx, input }) => addEvidence(ctx.db, ctx.actor, input)),
  requestVerification: moderatorProcedure.input(requestVerificationInput).mutation(({ ctx, input }) => requestVerification(ctx.db, ctx.actor, input)),
  myTasks: staffProcedure.input(myTasksInput).query(({ ctx, input }) => listMyTasks(ctx.db, ctx.actor, input)),
  answer: staffProcedure.input(answerVerificationInput).mutation(({ ctx, input }) => answerVerification(ctx.db, ctx.actor, input)),
  draftVerdict: moderatorProcedure.input(draftVerdictInput).mutation(({ ctx, input }) => draftVerdict(ctx.db, ctx.actor, input)),
  reviewVerdict: moderatorProcedure.input(reviewVerdictInput).mutation(({ ctx, input }) => reviewVerdict(ctx.db, ctx.actor, input)),
  prepareInterimNotice: moderatorProcedure.input(prepareInterimNoticeInput).mutation(({ ctx, input }) => prepareInterimNotice(ctx.db, ctx.actor, input)),
});
