import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { EventHub, notifyLiveEvents, type RaspaEvent } from './events';

const t = setupTestDatabase();

describe('live events', () => {
  it('fans one LISTEN connection out to every subscriber, and only committed events', async () => {
    const hub = new EventHub(t.url);
    const first: RaspaEvent[] = [];
    const second: RaspaEvent[] = [];
    const stopFirst = await hub.subscribe((e) => first.push(e));
    const stopSecond = await hub.subscribe((e) => second.push(e));

    await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_notify('raspa_events', ${JSON.stringify({ type: 'report.created', reportId: 'r-rolled-back', rumorId: 'x', regionCodes: ['KZ-47'] })})`;
      throw new Error('roll back');
    }).catch(() => undefined);
    await t.db.$executeRaw`SELECT pg_notify('raspa_events', ${JSON.stringify({ type: 'report.created', reportId: 'r1', rumorId: 'rumor-1', regionCodes: ['KZ-47'] })})`;
    await t.db.$executeRaw`SELECT pg_notify('raspa_events', 'not json')`;
    await expect.poll(() => second.length).toBe(1);

    expect(first).toEqual([{ type: 'report.created', reportId: 'r1', rumorId: 'rumor-1', regionCodes: ['KZ-47'] }]);
    stopFirst();
    stopSecond();
    expect(hub.subscriberCount).toBe(0);
  });

  it('sends a batch of events in one statement, in order, and only once committed', async () => {
    const hub = new EventHub(t.url);
    const heard: RaspaEvent[] = [];
    const stop = await hub.subscribe((e) => heard.push(e));
    const events: RaspaEvent[] = Array.from({ length: 30 }, (_, i) => ({ type: 'report.created', reportId: `r${i}`, rumorId: `rumor-${i % 3}`, regionCodes: ['KZ-47'] }));
    await t.db.$transaction(async (tx) => {
      await notifyLiveEvents(tx, [{ type: 'report.created', reportId: 'rolled-back', rumorId: 'x', regionCodes: [] }]);
      throw new Error('roll back');
    }).catch(() => undefined);
    await t.db.$transaction(async (tx) => {
      await notifyLiveEvents(tx, events, [{ channel: 'raspa_other', payload: 'wake' }]);
      await notifyLiveEvents(tx, []);
    });
    await expect.poll(() => heard.length).toBe(30);
    expect(heard.map((e) => (e.type === 'report.created' ? e.reportId : e.type))).toEqual(events.map((e) => (e.type === 'report.created' ? e.reportId : e.type)));
    stop();
  });
});
