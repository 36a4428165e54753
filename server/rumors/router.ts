import { moderatorProcedure, router } from '../trpc/init';
import { addComment } from './add-comment';
import { assignRumors } from './assign-rumors';
import { changeRumorStatus } from './change-status';
import { dismissRumors } from './dismiss-rumors';
import { editRumorClaim } from './edit-claim';
import { findLanguageCandidates } from './find-language-candidates';
import { findSimilarRumors } from './find-similar-rumors';
import { getRumorDetail } from './get-rumor-detail';
import { listInboxRumors } from './list-inbox';
import { mergeRumors } from './merge-rumors';
import { previewMerge } from './preview-merge';
import { acquireRumorLock, releaseRumorLock } from './rumor-lock';
import { getRumorHistory } from './rumor-history';
import { addCommentInput, assignInput, changeStatusInput, dismissManyInput, editClaimInput, listInboxInput, mergeInput, rumorIdInput, splitReportInput } from './schema';
import { splitAutomaticJoin } from './split-automatic-join';
import { splitReportIntoNewRumor } from './split-report';
import { undoMerge } from './undo-merge';
import { deleteInboxFilter, listInboxFilters, saveInboxFilter } from './saved-filters';
import { deleteInboxFilterInput, saveInboxFilterInput, undoMergeInput } from './schema';

export const rumorsRouter = router({
  inbox: moderatorProcedure.input(listInboxInput).query(({ ctx, input }) => listInboxRumors(ctx.db, ctx.actor, input)),
  changeStatus: moderatorProcedure.input(changeStatusInput).mutation(({ ctx, input }) => changeRumorStatus(ctx.db, ctx.actor, input)),
  assign: moderatorProcedure.input(assignInput).mutation(({ ctx, input }) => assignRumors(ctx.db, ctx.actor, input)),
  dismiss: moderatorProcedure.input(dismissManyInput).mutation(({ ctx, input }) => dismissRumors(ctx.db, ctx.actor, input)),
  merge: moderatorProcedure.input(mergeInput).mutation(({ ctx, input }) => mergeRumors(ctx.db, ctx.actor, input)),
  undoMerge: moderatorProcedure.input(undoMergeInput).mutation(({ ctx, input }) => undoMerge(ctx.db, ctx.actor, input)),
  splitReport: moderatorProcedure.input(splitReportInput).mutation(({ ctx, input }) => splitReportIntoNewRumor(ctx.db, ctx.actor, input)),
  splitJoin: moderatorProcedure.input(splitReportInput).mutation(({ ctx, input }) => splitAutomaticJoin(ctx.db, ctx.actor, input)),
  editClaim: moderatorProcedure.input(editClaimInput).mutation(({ ctx, input }) => editRumorClaim(ctx.db, ctx.actor, input)),
  detail: moderatorProcedure.input(rumorIdInput).query(({ ctx, input }) => getRumorDetail(ctx.db, ctx.actor, input.id)),
  languageCandidates: moderatorProcedure.input(rumorIdInput).query(({ ctx, input }) => findLanguageCandidates(ctx.db, ctx.actor, input)),
  mergePreview: moderatorProcedure.input(mergeInput).query(({ ctx, input }) => previewMerge(ctx.db, ctx.actor, input)),
  similar: moderatorProcedure.input(rumorIdInput).query(({ ctx, input }) => findSimilarRumors(ctx.db, ctx.actor, input)),
  history: moderatorProcedure.input(rumorIdInput).query(({ ctx, input }) => getRumorHistory(ctx.db, ctx.actor, input)),
  acquireLock: moderatorProcedure.input(rumorIdInput).mutation(({ ctx, input }) => acquireRumorLock(ctx.db, ctx.actor, input)),
  releaseLock: moderatorProcedure.input(rumorIdInput).mutation(({ ctx, input }) => releaseRumorLock(ctx.db, ctx.actor, input)),
  addComment: moderatorProcedure.input(addCommentInput).mutation(({ ctx, input }) => addComment(ctx.db, ctx.actor, input)),
  saveInboxFilter: moderatorProcedure.input(saveInboxFilterInput).mutation(({ ctx, input }) => saveInboxFilter(ctx.db, ctx.actor, input)),
  listInboxFilters: moderatorProcedure.query(({ ctx }) => listInboxFilters(ctx.db, ctx.actor)),
  deleteInboxFilter: moderatorProcedure.input(deleteInboxFilterInput).mutation(({ ctx, input }) => deleteInboxFilter(ctx.db, ctx.actor, input)),
});
