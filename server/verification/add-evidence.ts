import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { addEvidenceInput, type AddEvidenceInput } from './schema';

/** Evidence can be gathered on any rumour that is still its own (a merged one lives on in its target). */
export function assertAcceptsEvidence(status: string): void {
  if (status === 'MERGED') throw new DomainError('CONFLICT', 'rumorMerged');
}

/** Records a piece of evidence on a rumour: from a registered source or one named ad hoc. */
export async function addEvidence(db: Db, actor: Actor, rawInput: AddEvidenceInput) {
  const input = addEvidenceInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.rumorId);
    assertAcceptsEvidence(rumor.status);
    if (input.sourceId) {
      const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { active: true } });
      if (!source || !source.active) throw new DomainError('BAD_REQUEST', 'sourceInvalid');
    }
    const evidence = await tx.evidence.create({
      data: {
        rumorId: rumor.id,
        sourceId: input.sourceId ?? null,
        adHocSourceName: input.sourceId ? null : (input.adHocSourceName ?? null),
        excerpt: input.excerpt,
        url: input.url ?? null,
        stance: input.stance,
        obtainedAt: input.obtainedAt,
        isPublic: input.isPublic,
        createdById: actor.id,
      },
      select: { id: true, rumorId: true, sourceId: true, adHocSourceName: true, excerpt: true, url: true, stance: true, obtainedAt: true, isPublic: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'evidence.added',
      entityId: evidence.id,
      after: { rumorId: rumor.id, sourceId: evidence.sourceId, adHocSourceName: evidence.adHocSourceName, stance: evidence.stance, isPublic: evidence.isPublic, url: evidence.url },
    });
    return evidence;
  });
}
