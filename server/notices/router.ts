import { moderatorProcedure, router } from '../trpc/init';
import { getNoticeForEditing } from './get-notice-for-editing';
import { listRumorNotices } from './list-rumor-notices';
import { publishInterimNotice } from './publish-interim-notice';
import { publishNotice, saveAndPublishNotice } from './publish-notice';
import { saveNoticeDraft } from './save-notice-draft';
import { startNoticeCorrection } from './start-notice-correction';
import { withdrawNotice } from './withdraw-notice';
import {
  getNoticeForEditingInput,
  noticeIdInput,
  publishNoticeInput,
  rumorNoticesInput,
  saveNoticeDraftInput,
  withdrawNoticeInput,
  saveAndPublishNoticeInput,
} from './schema';

export const noticesRouter = router({
  // Authoring (moderators of the rumour's regions and admins; the region check is in the use case).
  getForEditing: moderatorProcedure.input(getNoticeForEditingInput).query(({ ctx, input }) => getNoticeForEditing(ctx.db, ctx.actor, input)),
  listForRumor: moderatorProcedure.input(rumorNoticesInput).query(({ ctx, input }) => listRumorNotices(ctx.db, ctx.actor, input)),
  saveDraft: moderatorProcedure.input(saveNoticeDraftInput).mutation(({ ctx, input }) => saveNoticeDraft(ctx.db, ctx.actor, input)),
  publish: moderatorProcedure.input(publishNoticeInput).mutation(({ ctx, input }) => publishNotice(ctx.db, ctx.actor, input)),
  saveAndPublish: moderatorProcedure.input(saveAndPublishNoticeInput).mutation(({ ctx, input }) => saveAndPublishNotice(ctx.db, ctx.actor, input)),
  startCorrection: moderatorProcedure.input(noticeIdInput).mutation(({ ctx, input }) => startNoticeCorrection(ctx.db, ctx.actor, input)),
  withdraw: moderatorProcedure.input(withdrawNoticeInput).mutation(({ ctx, input }) => withdrawNotice(ctx.db, ctx.actor, input)),
  publishInterim: moderatorProcedure.input(rumorNoticesInput).mutation(({ ctx, input }) => publishInterimNotice(ctx.db, ctx.actor, input)),
});
