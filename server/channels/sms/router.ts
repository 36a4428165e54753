// tRPC wiring of the admin Channels page's SMS section: the mutations its forms call. The page reads
// the secrets, gateway phones and SMS log on the server (app/[locale]/admin/channels/page.tsx).
import { adminProcedure, router } from '../../trpc/init';
import { createGatewaySecret, revokeGatewaySecret } from './gateway-secrets';
import { createGatewaySecretInput, revokeGatewaySecretInput } from './schema';

export const smsRouter = router({
  createGatewaySecret: adminProcedure.input(createGatewaySecretInput).mutation(({ ctx, input }) => createGatewaySecret(ctx.db, ctx.actor, input)),
  revokeGatewaySecret: adminProcedure.input(revokeGatewaySecretInput).mutation(({ ctx, input }) => revokeGatewaySecret(ctx.db, ctx.actor, input)),
});
