import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../errors';
import { notifyLiveEvent } from '../live/events';
import { assertAdmin, type Actor } from '../policy';
import { bumpLexiconRevision, clearLexiconCache } from './load-lexicon';
import { enqueueReportRekey, type LexiconEditEffects } from './rekey-open-reports';
import { removeConceptTermInput, type RemoveConceptTermInput } from './schema';

/** Removes one term; a concept left without terms is removed with it. */
export async function removeConceptTerm(db: Db, actor: Actor, rawInput: RemoveConceptTermInput, effects: LexiconEditEffects = {}) {
  assertAdmin(actor, 'Only admins edit the claim lexicon.');
  const input = removeConceptTermInput.parse(rawInput);
  try {
    const result = await db.$transaction(async (tx) => {
      const term = await tx.conceptTerm.findUnique({ where: { id: input.id }, select: { id: true, conceptId: true, language: true, term: true } });
      if (!term) throw notFound('Lexicon term');
      await tx.conceptTerm.delete({ where: { id: term.id } });
      const left = await tx.conceptTerm.count({ where: { conceptId: term.conceptId } });
      if (left === 0) await tx.concept.delete({ where: { id: term.conceptId } });
      const revision = await bumpLexiconRevision(tx);
      // "Already checked?" answers cached for the public pages were found with the old lexicon.
      await notifyLiveEvent(tx, { type: 'settings.public_changed' });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'lexicon.term_removed', entityId: term.id, before: term, after: { removedConcept: left === 0, revision } });
      return { id: term.id, removedConcept: left === 0 };
    });
    // Open rumours' reports get keys the new lexicon gives (what a new report is compared with).
    await (effects.enqueueRekey ?? enqueueReportRekey)();
    return result;
  } finally {
    clearLexiconCache();
  }
}
