import { z } from 'zod';
import { serverEnv } from '../config/env';
import { publicProcedure, router } from '../trpc/init';
import { reportInputSchema, trackingCodeInput } from './schema';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';

export const reportsRouter = router({
  /** JSON-only intake (no images); the web form posts to /api/v1/reports so its outbox can replay it. */
  submit: publicProcedure
    .input(reportInputSchema)
    .mutation(async ({ ctx, input }) => (await submitReport(ctx.db, input, { channel: 'API', encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY })).report),
  track: publicProcedure
    .input(trackingCodeInput.extend({ language: z.enum(['kk', 'ru', 'en']).default('ru') }))
    .query(({ ctx, input }) => trackReport(ctx.db, input.trackingCode, input.language)),
});
