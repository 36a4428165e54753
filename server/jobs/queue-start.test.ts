// Workers started together on a fresh database (the e2e run's two, compose's two after a reset) each
// create every queue: none may fail to start. pg-boss creates a queue's partition with DDL that locks
// the queue table after the queue row, so two processes creating queues at once could deadlock and
// PostgreSQL would abort one of them — a worker that "could not start".
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { JOB_QUEUES, startJobQueue } from './queue';

const t = setupTestDatabase();

describe('startJobQueue', () => {
  it('four processes starting at once on a fresh database all start, and every queue exists once', async () => {
    const started = await Promise.allSettled(Array.from({ length: 4 }, () => startJobQueue({ connectionString: t.url })));
    const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    try {
      expect(failures).toEqual([]);
      const queues = await t.db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue ORDER BY name`;
      expect(queues.map((q) => q.name)).toEqual(Object.values(JOB_QUEUES).sort());
    } finally {
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop({ graceful: false, wait: true }) : null)));
    }
  }, 60_000);
});
