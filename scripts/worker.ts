// `npm run worker`: one more background worker against DATABASE_URL (npm start already runs one).
import { serverEnv } from '../server/config/env';
import { createPrismaClient } from '../server/db/client';
import { startWorker } from '../server/jobs/worker';
import { logger } from '../server/log';

async function main() {
  const databaseUrl = serverEnv().DATABASE_URL; // validates the whole environment first: set it to what the web server uses
  const db = createPrismaClient(databaseUrl, 8);
  const worker = await startWorker(db, databaseUrl);
  const stop = async () => {
    await worker.stop().catch((error: unknown) => logger.error({ err: error }, 'worker did not stop cleanly'));
    await db.$disconnect();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Raspa worker could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
