// The worker loop that keeps sending: one batch after another while there is work, then sleeps
// until a fan-out NOTIFYs (or at most POLL_MS, in case a notification was missed).
import { serverEnv } from '../config/env';
import type { WorkerLoop } from '../jobs/worker-loop';
import { wakeSmppOutbox } from '../channels/smpp/settings';
import { logger } from '../log';
import { warmPushEncryption } from './push-encryption-pool';
import { runDeliveryBatch } from './run-delivery-batch';
import { DeliveryWakeListener } from './wake';

const POLL_MS = 1_000;
const ERROR_PAUSE_MS = 2_000;
const BATCH_LIMIT = 250;

export const deliveryLoop: WorkerLoop = {
  name: 'delivery',
  async start(db, signal) {
    const listener = new DeliveryWakeListener(serverEnv().DATABASE_URL);
    await listener.start();
    warmPushEncryption();
    try {
      while (!signal.aborted) {
        try {
          const result = await runDeliveryBatch(db, { limit: BATCH_LIMIT });
          if (result.claimed > 0) logger.debug({ ...result }, 'delivery batch');
          // SMS queued for a gateway: the SMPP bind, if up, sends them now rather than at its next poll.
          if (result.pending > 0) await wakeSmppOutbox(db);
          if (result.claimed < BATCH_LIMIT) await listener.wait(POLL_MS, signal);
        } catch (error) {
          logger.error({ err: error }, 'delivery batch failed');
          await listener.wait(ERROR_PAUSE_MS, signal);
        }
      }
    } finally {
      await listener.stop();
    }
  },
};
