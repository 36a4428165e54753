import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { normalizeReportText, sanitizeUserText } from '../text';
import { loadRumorForAction } from './load-for-action';
import { editClaimInput } from './schema';

/** Rewords the canonical claim (neutral wording: what people say, not what happened). */
export async function editRumorClaim(db: Db, actor: Actor, rawInput: { id: string; claim: string }) {
  const input = editClaimInput.parse(rawInput);
  const claim = sanitizeUserText(input.claim);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.id);
    const updated = await tx.rumor.update({ where: { id: rumor.id }, data: { claim, normalizedClaim: normalizeReportText(claim) }, select: { id: true, claim: true } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.claim_edited', entityId: rumor.id, before: { claim: rumor.claim }, after: { claim } });
    return updated;
  });
}
