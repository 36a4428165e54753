// tRPC wiring of the admin Channels page's Telegram section. Logic lives in ./admin.ts.
import { adminProcedure, router } from '../../trpc/init';
import { registerTelegramWebhook } from './admin';
import { telegramConfig, telegramPublicOrigin } from './config';

export const telegramRouter = router({
  registerWebhook: adminProcedure.mutation(({ ctx }) => registerTelegramWebhook(ctx.db, ctx.actor, { config: telegramConfig(), publicOrigin: telegramPublicOrigin() })),
});
