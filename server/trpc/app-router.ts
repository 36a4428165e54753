import { accountRouter } from '../account/router';
import { dashboardRouter } from '../dashboard/router';
import { lexiconRouter } from '../lexicon/router';
import { noticesRouter } from '../notices/router';
import { notificationsRouter } from '../notifications/router';
import { reportsRouter } from '../reports/router';
import { rumorsRouter } from '../rumors/router';
import { smppRouter } from '../channels/smpp/router';
import { smsRouter } from '../channels/sms/router';
import { telegramRouter } from '../channels/telegram/router';
import { settingsRouter } from '../settings/router';
import { settlementsRouter } from '../settlements/router';
import { signingRouter } from '../signing/router';
import { staffRouter } from '../staff/router';
import { transparencyRouter } from '../transparency/router';
import { webhooksRouter } from '../subscriptions/router';
import { verificationRouter } from '../verification/router';
import { createCallerFactory, router } from './init';

export const appRouter = router({
  account: accountRouter,
  dashboard: dashboardRouter,
  lexicon: lexiconRouter,
  notices: noticesRouter,
  notifications: notificationsRouter,
  reports: reportsRouter,
  rumors: rumorsRouter,
  settings: settingsRouter,
  settlements: settlementsRouter,
  signing: signingRouter,
  sms: smsRouter,
  smpp: smppRouter,
  staff: staffRouter,
  telegram: telegramRouter,
  transparency: transparencyRouter,
  verification: verificationRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
