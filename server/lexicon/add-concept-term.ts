import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { isUniqueViolation } from '../db/unique-violation';
import { notifyLiveEvent } from '../live/events';
import { assertAdmin, type Actor } from '../policy';
import { termKeys } from '../text/concepts';
import { bumpLexiconRevision, clearLexiconCache } from './load-lexicon';
import { enqueueReportRekey, type LexiconEditEffects } from './rekey-open-reports';
import { addConceptTermInput, type AddConceptTermInput } from './schema';

/**
 * Adds a word, stem or phrase to a concept of the claim lexicon (creating the concept, with its
 * contrast class, when it is new). Takes effect for the next report and search in every process.
 */
export async function addConceptTerm(db: Db, actor: Actor, rawInput: AddConceptTermInput, effects: LexiconEditEffects = {}) {
  assertAdmin(actor, 'Only admins edit the claim lexicon.');
  const input = addConceptTermInput.parse(rawInput);
  if (!termKeys(input.term)) throw new DomainError('BAD_REQUEST', 'lexiconTermTooShort');
  try {
    const result = await db.$transaction(async (tx) => {
      let concept = await tx.concept.findUnique({ where: { id: input.conceptId }, select: { id: true, contrastClass: true } });
      const createdConcept = !concept;
      if (!concept) concept = await tx.concept.create({ data: { id: input.conceptId, contrastClass: input.contrastClass, weight: input.contrastClass ? 1.5 : 1 }, select: { id: true, contrastClass: true } });
      const existing = await tx.conceptTerm.findUnique({ where: { conceptId_language_term: { conceptId: concept.id, language: input.language, term: input.term } } });
      if (existing) throw new DomainError('CONFLICT', 'termExists');
      const created = await tx.conceptTerm.create({ data: { conceptId: concept.id, language: input.language, term: input.term }, select: { id: true, conceptId: true, language: true, term: true } });
      const revision = await bumpLexiconRevision(tx);
      // "Already checked?" answers cached for the public pages were found with the old lexicon.
      await notifyLiveEvent(tx, { type: 'settings.public_changed' });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'lexicon.term_added', entityId: created.id, after: { ...created, contrastClass: concept.contrastClass, createdConcept, revision } });
      return { ...created, contrastClass: concept.contrastClass, createdConcept };
    });
    // Open rumours' reports get keys the new lexicon gives (what a new report is compared with).
    await (effects.enqueueRekey ?? enqueueReportRekey)();
    return result;
  } catch (error) {
    // Two admins (or a double click) adding the same term or new concept at once: the second is told it exists.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'termExists');
    throw error;
  } finally {
    clearLexiconCache();
  }
}
