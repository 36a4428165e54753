import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { isUniqueViolation } from '../db/unique-violation';
import { assertCanManageSource, type Actor } from '../policy';
import { createSourceInput, type CreateSourceInput } from './schema';
import { sourceSelect } from './source-select';

/**
 * Adds a source to the registry. Idempotent on the form's `clientId`: a second tap on a slow phone,
 * or a resend after a lost answer, returns the source the first one made — never a second, identical one.
 */
export async function createSource(db: Db, actor: Actor, rawInput: CreateSourceInput) {
  const input = createSourceInput.parse(rawInput);
  const regionCodes = [...new Set(input.regionCodes)].sort();
  assertCanManageSource(actor, regionCodes);
  const made = () => db.source.findUnique({ where: { clientId: input.clientId }, select: sourceSelect });
  const earlier = await made();
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.source.create({
        data: { clientId: input.clientId, name: input.name, type: input.type, regionCodes, contact: input.contact ?? null, reliability: input.reliability, reliabilityNote: input.reliabilityNote ?? null },
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
  } catch (error) {
    // The same submit arriving twice at once: the one that lost the race answers with the winner's source.
    if (isUniqueViolation(error)) {
      const winner = await made();
      if (winner) return winner;
    }
    throw error;
  }
}
