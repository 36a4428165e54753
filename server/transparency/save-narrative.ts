import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import type { Actor } from '../policy';
import { assertTransparencyAdmin } from './assert-may-publish';
import { saveNarrativeInput, type SaveNarrativeInput } from './schema';

/** Saves the narrative of a draft in kk, ru and en (what the next published version will say). */
export async function saveTransparencyNarrative(db: Db, actor: Actor, rawInput: SaveNarrativeInput) {
  const input = saveNarrativeInput.parse(rawInput);
  assertTransparencyAdmin(actor);
  return db.$transaction(async (tx) => {
    const report = await tx.transparencyReport.findUnique({ where: { quarter: input.quarter }, select: { id: true, narrativeKk: true, narrativeRu: true, narrativeEn: true } });
    if (!report) throw notFound('Transparency report');
    const saved = await tx.transparencyReport.update({
      where: { id: report.id },
      data: { narrativeKk: input.narrativeKk, narrativeRu: input.narrativeRu, narrativeEn: input.narrativeEn },
      select: { id: true, quarter: true, updatedAt: true },
    });
    const lengths = (r: { narrativeKk: string; narrativeRu: string; narrativeEn: string }) => ({ kk: r.narrativeKk.length, ru: r.narrativeRu.length, en: r.narrativeEn.length });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'transparency.narrative_saved', entityId: report.id, before: { length: lengths(report) }, after: { length: lengths(input) } });
    return saved;
  });
}
