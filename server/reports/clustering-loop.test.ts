// The worker's clustering loop leaves intake room only while reports arrive faster than they are
// clustered: a backlog nobody adds to is drained flat out, whatever happened before its first batch.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { clusteringCounters } from './cluster-pending-reports';
import { clusteringLoop } from './clustering-loop';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 5).toString('base64');

describe('clustering loop', () => {
  it('drains a backlog no one adds to without resting for intake', async () => {
    // More than two of the loop's batches (50): the same forwarded message, sent from Almaty.
    const start = Date.now() - 200 * 60_000;
    for (let i = 0; i < 120; i++) {
      await submitReport(t.db, { clientId: randomUUID(), text: 'Говорят, в Алматы завтра отключат воду во всех районах', regionCode: 'KZ-75' }, { channel: 'API', encryptionKey, now: new Date(start + i * 60_000) });
    }
    const rested = clusteringCounters.surgeMs;
    const stop = new AbortController();
    const loop = clusteringLoop.start(t.db, stop.signal);
    try {
      while (await t.db.report.findFirst({ where: { clusteringPending: true }, select: { id: true } })) await sleep(20);
    } finally {
      stop.abort();
      await loop;
    }
    expect(await t.db.report.count({ where: { rumorId: { not: null } } })).toBe(120);
    // The backlog only shrank between its batches: no surge, no pause.
    expect(clusteringCounters.surgeMs - rested).toBe(0);
  }, 180_000);
});
