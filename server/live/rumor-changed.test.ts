// Every audited change to a rumour, or to what hangs off it, is announced to open staff views as
// rumor.changed — once, after commit, with the rumour's regions (the AuditEvent trigger of migration
// 20261205103000_rumor_changed_events) — and nothing is announced for a change that rolled back.
import { describe, expect, it } from 'vitest';
import { addComment } from '../rumors/add-comment';
import { acquireRumorLock, releaseRumorLock } from '../rumors/rumor-lock';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { addEvidence } from '../verification/add-evidence';
import { requestVerification } from '../verification/request-verification';
import { EventHub, type RaspaEvent } from './events';

const t = setupTestDatabase();

describe('rumor.changed', () => {
  it('follows comments, evidence and verification requests, with the rumour’s regions, after commit only', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const rumor = await createRumor(t.db, 'В Актау закроют порт', ['KZ-47']);
    const hub = new EventHub(t.url);
    const events: RaspaEvent[] = [];
    const stop = await hub.subscribe((e) => events.push(e));
    try {
      await addComment(t.db, moderator, { rumorId: rumor.id, body: 'Проверю у акимата' });
      await addEvidence(t.db, moderator, { rumorId: rumor.id, adHocSourceName: 'Порт Актау', excerpt: 'Порт работает как обычно', stance: 'REFUTES', obtainedAt: new Date() });
      await requestVerification(t.db, moderator, { rumorId: rumor.id, assigneeIds: [verifier.id], question: 'Работает ли порт сегодня утром?', dueAt: new Date(Date.now() + 3_600_000) });
      // A change that fails inside its transaction announces nothing.
      await t.db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: 'rumor.comment_added', entityType: 'Rumor', entityId: rumor.id, actorLabel: 'system' } });
        throw new Error('roll back');
      }).catch(() => undefined);

      await expect.poll(() => events.filter((e) => e.type === 'rumor.changed').length).toBe(3);
      expect(events.filter((e) => e.type === 'rumor.changed')).toEqual([
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'rumor.comment_added' },
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'evidence.added' },
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'verification.requested' },
      ]);
    } finally {
      stop();
    }
  });

  it('announces a lock taken and let go (which are not audited), once each: not a renewal, not a refused attempt', async () => {
    const first = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const second = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    const rumor = await createRumor(t.db, 'В Жанаозене отключат свет', ['KZ-47']);
    const hub = new EventHub(t.url);
    const events: RaspaEvent[] = [];
    const stop = await hub.subscribe((e) => events.push(e));
    try {
      expect((await acquireRumorLock(t.db, first, { id: rumor.id })).acquired).toBe(true);
      expect((await acquireRumorLock(t.db, first, { id: rumor.id })).acquired).toBe(true); // renewal
      expect((await acquireRumorLock(t.db, second, { id: rumor.id })).acquired).toBe(false);
      expect(await releaseRumorLock(t.db, second, { id: rumor.id })).toEqual({ released: false }); // not theirs
      expect(await releaseRumorLock(t.db, first, { id: rumor.id })).toEqual({ released: true });
      expect((await acquireRumorLock(t.db, second, { id: rumor.id })).acquired).toBe(true);

      await expect.poll(() => events.length).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events).toEqual([
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'rumor.lock_taken' },
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'rumor.lock_released' },
        { type: 'rumor.changed', rumorId: rumor.id, regionCodes: ['KZ-47'], action: 'rumor.lock_taken' },
      ]);
    } finally {
      stop();
    }
  });
});
