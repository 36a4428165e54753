// The audit registry: every action is said in words in every language, names follow one rule,
// recordAuditEvent refuses what the registry does not know, and the rename migration brings rows
// written under the old names into it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DbTx } from '../db/client';
import { LANGUAGES } from '../i18n/languages';
import { messagesFor, translatorFor } from '../i18n/translator';
import { setupTestDatabase } from '../testing/database';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionMessageKey, auditEntityMessageKey, auditActorMessageKey, isAuditAction, NON_STAFF_ACTORS, RENAMED_AUDIT_ACTIONS } from './actions';
import { recordAuditEvent } from './record-audit-event';

const t = setupTestDatabase();

function fakeTx() {
  // The stored event's id is a BigInt, as PostgreSQL's bigserial comes back.
  const create = vi.fn(async (_: unknown) => ({ id: 41n }));
  return { tx: { auditEvent: { create } } as unknown as DbTx, create };
}

describe('audit actions', () => {
  it('are said in words in kk, ru and en, and the words are not the key', () => {
    for (const language of LANGUAGES) {
      const t = translatorFor(language);
      for (const action of AUDIT_ACTION_NAMES) {
        const key = auditActionMessageKey(action);
        expect(key, action).toBe(`audit.actions.${action}`);
        expect(t.has(key), `${language}: ${key}`).toBe(true);
        const text = t(key);
        expect(text.trim(), `${language}: ${key}`).not.toBe('');
        expect(text, `${language}: ${key}`).not.toContain('audit.');
      }
      for (const actor of NON_STAFF_ACTORS) expect(t.has(auditActorMessageKey(actor)), `${language}: ${actor}`).toBe(true);
      expect(t('audit.unknownAction').trim()).not.toBe('');
    }
  });

  it('name the records they are about, and every field they record, in words in kk, ru and en', () => {
    const fields = new Set<string>();
    const collect = (schema: unknown) => {
      const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
      if (!def) return;
      if (def.type === 'object') for (const field of Object.keys(def.shape as object)) fields.add(field);
      for (const inner of [def.innerType, def.in, def.schema]) collect(inner);
      for (const option of (def.options as unknown[] | undefined) ?? []) collect(option);
    };
    for (const action of AUDIT_ACTION_NAMES) {
      collect(AUDIT_ACTIONS[action].before);
      collect(AUDIT_ACTIONS[action].after);
    }
    expect(fields.size).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      const t = translatorFor(language);
      for (const type of AUDIT_ENTITY_TYPES) expect(t.has(auditEntityMessageKey(type)!), `${language}: ${type}`).toBe(true);
      for (const field of fields) expect(t.has(`audit.fields.${field}` as 'audit.fields.status'), `${language}: audit.fields.${field}`).toBe(true);
    }
  });

  it('have no words left over for actions that no longer exist', () => {
    const actions: Record<string, Record<string, string>> = messagesFor('en').audit.actions;
    const worded = Object.entries(actions).flatMap(([entity, whats]) => Object.keys(whats).map((what) => `${entity}.${what}`));
    expect(worded.sort()).toEqual([...AUDIT_ACTION_NAMES].sort());
  });

  it('are named <entity>.<what happened> in snake_case', () => {
    for (const action of AUDIT_ACTION_NAMES) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
  });

  it('never show an unknown name or actor raw', () => {
    expect(auditActionMessageKey('rumor.teleported')).toBe('audit.unknownAction');
    expect(auditActionMessageKey('toString')).toBe('audit.unknownAction');
    expect(isAuditAction('constructor')).toBe(false);
    expect(auditActorMessageKey('somebody-new')).toBe('audit.actors.anonymous');
    expect(auditActorMessageKey('citizen')).toBe('audit.actors.citizen');
  });
});

describe('recordAuditEvent', () => {
  it('stores a known action with its entity type and its parsed data, and answers its id (for an undo that names it)', async () => {
    const { tx, create } = fakeTx();
    const id = await recordAuditEvent(tx, { actorId: 'u1', action: 'rumor.assigned', entityId: 'r1', before: { assigneeId: null }, after: { assigneeId: 'u2' } });
    expect(id).toBe('41');
    expect(create).toHaveBeenCalledWith({
      select: { id: true },
      data: { actorId: 'u1', actorLabel: null, action: 'rumor.assigned', entityType: 'Rumor', entityId: 'r1', before: { assigneeId: null }, after: { assigneeId: 'u2' } },
    });
  });

  it('refuses an unknown action and data of the wrong shape, writing nothing', async () => {
    const { tx, create } = fakeTx();
    await expect(recordAuditEvent(tx, { action: 'rumor.teleported', entityId: 'r1' } as never)).rejects.toThrow(/Unknown audit action/);
    await expect(recordAuditEvent(tx, { action: 'rumor.assigned', entityId: 'r1', before: { assigneeId: null }, after: { assigneeId: 7 } } as never)).rejects.toThrow();
    // A field the registry does not list is refused too: the trail holds only what the entry says.
    await expect(recordAuditEvent(tx, { action: 'rumor.claim_edited', entityId: 'r1', before: { claim: 'a' }, after: { claim: 'b', contact: '+77010000000' } } as never)).rejects.toThrow();
    await expect(recordAuditEvent(tx, { action: 'auth.signed_in', entityId: 'u1', after: { ip: '10.0.0.1' } } as never)).rejects.toThrow();
    expect(create).not.toHaveBeenCalled();
  });

  it('is typed by the registry (checked by the type checker)', () => {
    const { tx } = fakeTx();
    const typeChecks = () => {
      // @ts-expect-error an action the registry does not have
      void recordAuditEvent(tx, { action: 'rumor.teleported', entityId: 'r1' });
      // @ts-expect-error the wrong shape for this action
      void recordAuditEvent(tx, { action: 'rumor.assigned', entityId: 'r1', before: { assigneeId: null }, after: { assignee: 'u2' } });
      // @ts-expect-error data this action must record is missing
      void recordAuditEvent(tx, { action: 'rumor.claim_edited', entityId: 'r1' });
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});

describe('the rename migration', () => {
  const folder = readdirSync(path.resolve(import.meta.dirname, '../../prisma/migrations')).find((name) => name.endsWith('_audit_action_names'));
  const sql = readFileSync(path.resolve(import.meta.dirname, '../../prisma/migrations', folder!, 'migration.sql'), 'utf8');

  it('renames every old name to a registry action', () => {
    const renames = Object.fromEntries([...sql.matchAll(/WHEN '([^']+)' THEN '([^']+)'/g)].map((m) => [m[1], m[2]]));
    expect(renames).toEqual(RENAMED_AUDIT_ACTIONS);
    for (const [old, current] of Object.entries(RENAMED_AUDIT_ACTIONS)) {
      expect(isAuditAction(old), old).toBe(false);
      expect(isAuditAction(current), current).toBe(true);
    }
  });

  it('brings rows of an existing database under the new names, leaving the others alone', async () => {
    const old = Object.keys(RENAMED_AUDIT_ACTIONS);
    await t.db.auditEvent.createMany({ data: [...old, 'rumor.merged'].map((action, i) => ({ actorLabel: 'system', action, entityType: 'Test', entityId: `rename-${i}` })) });
    await t.db.$executeRawUnsafe(sql);
    const rows = await t.db.auditEvent.findMany({ where: { entityType: 'Test' }, orderBy: { entityId: 'asc' }, select: { action: true } });
    expect(rows.map((r) => r.action).sort()).toEqual([...Object.values(RENAMED_AUDIT_ACTIONS), 'rumor.merged'].sort());
    expect(rows.every((r) => isAuditAction(r.action))).toBe(true);
    expect(AUDIT_ACTIONS['rumor.merged'].entityType).toBe('Rumor');
  });
});
