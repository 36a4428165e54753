import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertCanManageSource, type Actor } from '../policy';
import { createSourceInput, type CreateSourceInput } from './schema';
import { sourceSelect } from './source-select';

/** Adds a source to the registry. */
export async function createSource(db: Db, actor: Actor, rawInput: CreateSourceInput) {
  const input = createSourceInput.parse(rawInput);
  const regionCodes = [...new Set(input.regionCodes)].sort();
  assertCanManageSource(actor, regionCodes);
  return db.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: { name: input.name, type: input.type, regionCodes, contact: input.contact ?? null, reliability: input.reliability, reliabilityNote: input.reliabilityNote ?? null },
      select: sourceSelect,
    });
    // The contact line stays out of the audit trail: it is personal data the log does not need.
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'source.created',
      entityId: source.id,
      after: { name: source.name, type: source.type, regionCodes: source.regionCodes, reliability: source.reliability },
    });
    return source;
  });
}
