// Verification builders (sources, rumours under investigation, drafts, field tasks) for the
// verification tests, the authorisation matrix's rows and benchmarks.
import type { Db } from '../db/client';
import { createRumor } from './fixtures';

export async function createSourceRow(db: Db, regionCodes: string[], name = 'Акимат Мангистауской области') {
  return db.source.create({ data: { name, type: 'AKIMAT', regionCodes, reliability: 4 } });
}

export async function createInvestigatingRumor(db: Db, regionCodes: string[], claim = `Говорят, в Актау закроют порт ${Math.random()}`) {
  return createRumor(db, claim, regionCodes, 'INVESTIGATING');
}

/** A rumour awaiting approval of a draft written by `drafterId`. */
export async function createDraftAwaitingApproval(db: Db, regionCodes: string[], drafterId: string) {
  const rumor = await createRumor(db, `Говорят, в Жанаозене будут беспорядки ${Math.random()}`, regionCodes, 'AWAITING_APPROVAL');
  return db.verdictDraft.create({ data: { rumorId: rumor.id, verdict: 'FALSE', rationale: 'Акимат и полиция опровергли, очевидцы не подтвердили.', status: 'AWAITING_APPROVAL', draftedById: drafterId } });
}

/** An open task for `assigneeId` on a fresh rumour, requested by `requesterId`. */
export async function createOpenTask(db: Db, regionCodes: string[], assigneeId: string, requesterId: string) {
  const rumor = await createInvestigatingRumor(db, regionCodes);
  return db.verificationRequest.create({
    data: { rumorId: rumor.id, question: 'Закрыт ли сейчас рынок в вашем посёлке?', dueAt: new Date(Date.now() + 3600_000), assigneeId, requestedById: requesterId },
  });
}
