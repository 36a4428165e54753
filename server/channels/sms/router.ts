// tRPC wiring of the admin Channels page's SMS section. Logic lives in the use-case files.
import { serverEnv } from '../../config/env';
import { adminProcedure, moderatorProcedure, router } from '../../trpc/init';
import { createGatewaySecret, listGatewaySecrets, revokeGatewaySecret } from './gateway-secrets';
import { listGatewayPhones, listSmsLog } from './message-log';
import { createGatewaySecretInput, revokeGatewaySecretInput, smsLogInput } from './schema';

export const smsRouter = router({
  gatewaySecrets: adminProcedure.query(({ ctx }) => listGatewaySecrets(ctx.db, ctx.actor)),
  createGatewaySecret: adminProcedure.input(createGatewaySecretInput).mutation(({ ctx, input }) => createGatewaySecret(ctx.db, ctx.actor, input)),
  revokeGatewaySecret: adminProcedure.input(revokeGatewaySecretInput).mutation(({ ctx, input }) => revokeGatewaySecret(ctx.db, ctx.actor, input)),
  gatewayPhones: moderatorProcedure.query(({ ctx }) => listGatewayPhones(ctx.db, ctx.actor)),
  messageLog: moderatorProcedure.input(smsLogInput).query(({ ctx, input }) => listSmsLog(ctx.db, ctx.actor, input, serverEnv().RASPA_ENCRYPTION_KEY)),
});
