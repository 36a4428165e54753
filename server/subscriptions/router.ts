import { serverEnv } from '../config/env';
import { adminProcedure, router } from '../trpc/init';
import { createWebhookInput, setWebhookActiveInput } from './schema';
import { createWebhook, setWebhookActive } from './webhooks';

export const webhooksRouter = router({
  create: adminProcedure.input(createWebhookInput).mutation(({ ctx, input }) => createWebhook(ctx.db, ctx.actor, input, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY })),
  setActive: adminProcedure.input(setWebhookActiveInput).mutation(({ ctx, input }) => setWebhookActive(ctx.db, ctx.actor, input)),
});
