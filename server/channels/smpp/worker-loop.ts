// The SMPP channel in the background worker (never in the web process): every worker runs this
// loop; the bind lock in ./service.ts lets one of them hold the bind.
import { serverEnv } from '../../config/env';
import { publicBaseUrl } from '../../config/public-url';
import type { WorkerLoop } from '../../jobs/worker-loop';
import { logger } from '../../log';
import { SmppService } from './service';

export const smppLoop: WorkerLoop = {
  name: 'smpp',
  async start(db, signal) {
    const env = serverEnv();
    const service = new SmppService({
      db,
      connectionString: env.DATABASE_URL,
      encryptionKey: env.RASPA_ENCRYPTION_KEY,
      publicOrigin: publicBaseUrl(),
      passwordFromEnv: env.SMPP_PASSWORD,
      log: logger.child({ channel: 'smpp' }),
    });
    await service.run(signal);
  },
};
