// tRPC wiring of the admin Channels page's SMPP section. Logic lives in the use-case files.
import { serverEnv } from '../../config/env';
import { adminProcedure, moderatorProcedure, router } from '../../trpc/init';
import { smppSettingsInput } from './schema';
import { getSmppSettingsForm, getSmppStatus, saveSmppSettings } from './settings';
import { testSmppConnection } from './test-connection';

export const smppRouter = router({
  settings: adminProcedure.query(({ ctx }) => getSmppSettingsForm(ctx.db, ctx.actor, { passwordFromEnv: Boolean(serverEnv().SMPP_PASSWORD) })),
  status: moderatorProcedure.query(({ ctx }) => getSmppStatus(ctx.db, ctx.actor)),
  saveSettings: adminProcedure.input(smppSettingsInput).mutation(({ ctx, input }) => saveSmppSettings(ctx.db, ctx.actor, input, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY, passwordFromEnv: Boolean(serverEnv().SMPP_PASSWORD) })),
  testConnection: adminProcedure.input(smppSettingsInput).mutation(({ ctx, input }) => testSmppConnection(ctx.db, ctx.actor, input, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY, passwordFromEnv: serverEnv().SMPP_PASSWORD })),
});
