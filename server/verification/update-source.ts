import type { Db, DbTx } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../errors';
import { assertCanManageSource, type Actor } from '../policy';
import { setSourceActiveInput, updateSourceInput, type SetSourceActiveInput, type UpdateSourceInput } from './schema';
import { sourceSelect } from './source-select';

async function loadSourceForEdit(tx: DbTx, actor: Actor, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Source" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) throw notFound('Source');
  const source = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceSelect });
  assertCanManageSource(actor, source.regionCodes);
  return source;
}

const audited = (s: { name: string; type: string; regionCodes: string[]; reliability: number; reliabilityNote: string | null; active: boolean; contact: string | null }) => ({
  name: s.name,
  type: s.type,
  regionCodes: s.regionCodes,
  reliability: s.reliability,
  reliabilityNote: s.reliabilityNote,
  active: s.active,
  // Whether the contact changed is worth knowing; its value is not kept in the log.
  hasContact: s.contact !== null,
});

/** Edits a registry entry; a moderator may neither edit another region's source nor move one out of their regions. */
export async function updateSource(db: Db, actor: Actor, rawInput: UpdateSourceInput) {
  const input = updateSourceInput.parse(rawInput);
  const regionCodes = [...new Set(input.regionCodes)].sort();
  return db.$transaction(async (tx) => {
    const before = await loadSourceForEdit(tx, actor, input.id);
    assertCanManageSource(actor, regionCodes);
    const after = await tx.source.update({
      where: { id: input.id },
      data: { name: input.name, type: input.type, regionCodes, contact: input.contact ?? null, reliability: input.reliability, reliabilityNote: input.reliabilityNote ?? null },
      select: sourceSelect,
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'source.updated', entityId: after.id, before: audited(before), after: audited(after) });
    return after;
  });
}

/** Deactivates (or reactivates) a source: it stays on past evidence but is no longer offered. */
export async function setSourceActive(db: Db, actor: Actor, rawInput: SetSourceActiveInput) {
  const input = setSourceActiveInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await loadSourceForEdit(tx, actor, input.id);
    if (before.active === input.active) return before;
    const after = await tx.source.update({ where: { id: input.id }, data: { active: input.active }, select: sourceSelect });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.active ? 'source.reactivated' : 'source.deactivated',
      entityId: after.id,
      before: { active: before.active },
      after: { active: after.active },
    });
    return after;
  });
}
