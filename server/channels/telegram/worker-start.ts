// Run once when a worker starts: the configured public channel gets its subscription (so every
// published notice reaches it through the delivery queue), and a channel no longer configured stops.
import type { WorkerLoop } from '../../jobs/worker-loop';
import { logger } from '../../log';
import { ensureTelegramPublicChannelSubscription } from './subscriptions';

export const telegramPublicChannelStartup: WorkerLoop = {
  name: 'telegram-public-channel',
  async start(db) {
    try {
      const subscription = await ensureTelegramPublicChannelSubscription(db);
      if (subscription) logger.info({ subscriptionId: subscription.id }, 'telegram: public channel subscription ready');
    } catch (error) {
      // A bad TELEGRAM_* variable must not stop the other loops; the admin page shows the problem.
      logger.error({ err: error }, 'telegram: could not set up the public channel subscription');
    }
  },
};
