// The SMPP channel in the background worker (never in the web process): every worker runs this
// loop; the bind lock in ./service.ts lets one of them hold the bind.
import { serverEnv } from '../../config/env';
import { publicBaseUrl } from '../../config/public-url';
import { createPrismaClient } from '../../db/client';
import type { WorkerLoop } from '../../jobs/worker-loop';
import { logger } from '../../log';
import { SmppService } from './service';

export const smppLoop: WorkerLoop = {
  name: 'smpp',
  async start(_sharedDb, signal) {
    const env = serverEnv();
    // Its own small pool: a fan-out's burst of deliveries holds the worker's shared connections,
    // and the bind's bookkeeping waiting behind it would send at a fraction of the account's rate.
    const db = createPrismaClient(env.DATABASE_URL, 3);
    const service = new SmppService({
      db,
      connectionString: env.DATABASE_URL,
      encryptionKey: env.RASPA_ENCRYPTION_KEY,
      publicOrigin: publicBaseUrl(),
      passwordFromEnv: env.SMPP_PASSWORD,
      log: logger.child({ channel: 'smpp' }),
    });
    try {
      await service.run(signal);
    } finally {
      await db.$disconnect();
    }
  },
};
