// tRPC wiring of the notice signing keys (admin). Logic lives in signing-keys.ts.
import { adminProcedure, router } from '../trpc/init';
import { listPublicSigningKeys, rotateSigningKey } from './signing-keys';

export const signingRouter = router({
  keys: adminProcedure.query(({ ctx }) => listPublicSigningKeys(ctx.db)),
  rotateKey: adminProcedure.mutation(({ ctx }) => rotateSigningKey(ctx.db, ctx.actor)),
});
