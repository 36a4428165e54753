import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../errors';
import { assertAdmin, type Actor } from '../policy';
import { clearRiskTermCache } from '../rumors/risk-terms';
import { openStatusesSql, refreshOpenRumors } from './open-rumors';
import { removeRiskTermInput, type RemoveRiskTermInput } from './schema';

/** Removes a risk term; open rumours flagged only by it drop back to the priority their numbers earn. */
export async function removeRiskTerm(db: Db, actor: Actor, rawInput: RemoveRiskTermInput) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const input = removeRiskTermInput.parse(rawInput);
  try {
    return await db.$transaction(async (tx) => {
      const term = await tx.riskTerm.findUnique({ where: { id: input.id }, select: { id: true, term: true, language: true, weight: true } });
      if (!term) throw notFound('Risk term');
      await tx.riskTerm.delete({ where: { id: term.id } });
      clearRiskTermCache();
      // The same wording may remain as a term of another language; then the flag stays.
      const stillListed = await tx.riskTerm.count({ where: { term: term.term } });
      const unflagged = stillListed
        ? []
        : await tx.$queryRaw<{ id: string }[]>`
            UPDATE "Rumor" r SET "riskFlags" = array_remove(r."riskFlags", ${term.term})
            WHERE r.status IN (${openStatusesSql}) AND r."riskFlags" @> ARRAY[${term.term}]::text[]
            RETURNING r.id`;
      const refreshed = await refreshOpenRumors(tx, unflagged.map((r) => r.id));
      await recordAuditEvent(tx, { actorId: actor.id, action: 'risk_term.removed', entityId: term.id, before: term, after: { rumorsUnflagged: refreshed } });
      return { id: term.id, rumorsUnflagged: refreshed };
    });
  } finally {
    clearRiskTermCache();
  }
}
