import { serverEnv } from '../config/env';
import { adminProcedure, router } from '../trpc/init';
import { createWebhookInput, setWebhookActiveInput } from './schema';
import { createWebhook, listWebhooks, setWebhookActive } from './webhooks';

export const webhooksRouter = router({
  list: adminProcedure.query(({ ctx }) => listWebhooks(ctx.db, ctx.actor, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY })),
  create: adminProcedure.input(createWebhookInput).mutation(({ ctx, input }) => createWebhook(ctx.db, ctx.actor, input, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY })),
  setActive: adminProcedure.input(setWebhookActiveInput).mutation(({ ctx, input }) => setWebhookActive(ctx.db, ctx.actor, input)),
});
