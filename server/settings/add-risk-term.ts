import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { isUniqueViolation } from '../db/unique-violation';
import { DomainError } from '../errors';
import { assertAdmin, type Actor } from '../policy';
import { clearRiskTermCache } from '../rumors/risk-terms';
import { toMatchKey } from '../text';
import { openStatusesSql, refreshOpenRumors } from './open-rumors';
import { addRiskTermInput, type AddRiskTermInput } from './schema';

/**
 * Adds a risk term and flags the open rumours that already contain it (in their claim or any
 * report), so a new danger word raises their priority now rather than at their next report.
 * Matching is the intake rule: the term's match key at a word start of the normalised text.
 */
export async function addRiskTerm(db: Db, actor: Actor, rawInput: AddRiskTermInput) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const input = addRiskTermInput.parse(rawInput);
  const matchKey = toMatchKey(input.term);
  if (matchKey.length < 3) throw new DomainError('BAD_REQUEST', 'termTooShort');
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.riskTerm.create({ data: { term: input.term, language: input.language, weight: input.weight, matchKey }, select: { id: true, term: true, language: true, weight: true } });
      clearRiskTermCache();
      const pattern = `% ${matchKey.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const flagged = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Rumor" r SET "riskFlags" = array_append(coalesce(r."riskFlags", '{}'), ${input.term})
        WHERE r.status IN (${openStatusesSql}) AND NOT (coalesce(r."riskFlags", '{}') @> ARRAY[${input.term}]::text[])
          AND ((' ' || r."normalizedClaim") LIKE ${pattern}
               OR EXISTS (SELECT 1 FROM "Report" rp WHERE rp."rumorId" = r.id AND (' ' || rp."normalizedText") LIKE ${pattern}))
        RETURNING r.id`;
      const refreshed = await refreshOpenRumors(tx, flagged.map((r) => r.id));
      await recordAuditEvent(tx, { actorId: actor.id, action: 'risk_term.added', entityId: created.id, after: { ...created, matchKey, rumorsFlagged: refreshed } });
      return { ...created, rumorsFlagged: refreshed };
    });
  } catch (error) {
    // The unique key answers a term that exists, also when two admins (or one double submit) add it at
    // once: a check before the insert let both through and the second insert answered 500.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'termExists');
    throw error;
  } finally {
    // Also after a rollback: the transaction may have cached a term that was never committed.
    clearRiskTermCache();
  }
}
