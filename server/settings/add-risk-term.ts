import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
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
      const existing = await tx.riskTerm.findUnique({ where: { language_term: { language: input.language, term: input.term } } });
      if (existing) throw new DomainError('CONFLICT', 'termExists');
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
  } finally {
    // Also after a rollback: the transaction may have cached a term that was never committed.
    clearRiskTermCache();
  }
}
