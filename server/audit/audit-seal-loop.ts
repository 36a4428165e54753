// The worker loop that seals the audit trail (./audit-chain.ts) every few seconds.
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkerLoop } from '../jobs/worker-loop';
import { logger } from '../log';
import { sealAuditEvents, upgradeLegacyAuditChain } from './audit-chain';

const EVERY_MS = 5_000;

export const auditSealLoop: WorkerLoop = {
  name: 'audit-seal',
  async start(db, signal) {
    // Once, in a database sealed before data digests: so that personal details can be removed in time.
    await upgradeLegacyAuditChain(db).catch((error: unknown) => logger.error({ err: error }, 're-linking the audit trail failed'));
    while (!signal.aborted) {
      try {
        // A backlog (after downtime) is sealed batch after batch without waiting.
        while ((await sealAuditEvents(db)) === 1_000 && !signal.aborted);
      } catch (error) {
        logger.error({ err: error }, 'sealing the audit trail failed');
      }
      await sleep(EVERY_MS, undefined, { signal }).catch(() => undefined);
    }
  },
};
