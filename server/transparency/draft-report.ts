// Drafting a quarter's report: the figures are (re)computed and kept on the draft. The job does it
// once a quarter has ended; an admin may recompute later (e.g. before a correction). Narratives and
// published versions are never touched here.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { computeTransparencyFigures } from './compute-figures';
import { assertTransparencyAdmin } from './assert-may-publish';
import { parseQuarter, previousQuarter, quarterContaining } from './period';
import { quarterInput, type QuarterInput } from './schema';

export interface DraftedReport {
  id: string;
  quarter: string;
  draftComputedAt: Date;
  created: boolean;
}

/** Creates or refreshes the draft of a quarter that has ended (or the current one, for a preview). */
export async function draftTransparencyReport(db: Db, actor: Actor | 'system', rawInput: QuarterInput, now = new Date()): Promise<DraftedReport> {
  const input = quarterInput.parse(rawInput);
  if (actor !== 'system') assertTransparencyAdmin(actor);
  const period = parseQuarter(input.quarter)!;
  if (period.from > quarterContaining(now).from) throw new DomainError('BAD_REQUEST', 'quarterInFuture');
  const figures = await computeTransparencyFigures(db, period, now);
  return db.$transaction(async (tx) => {
    const existing = await tx.transparencyReport.findUnique({ where: { quarter: input.quarter }, select: { id: true } });
    const saved = await tx.transparencyReport.upsert({
      where: { quarter: input.quarter },
      create: { quarter: input.quarter, periodFrom: period.from, periodTo: period.to, draftFigures: figures, draftComputedAt: now },
      update: { draftFigures: figures, draftComputedAt: now },
      select: { id: true, quarter: true, draftComputedAt: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor === 'system' ? null : actor.id,
      actorLabel: actor === 'system' ? 'system' : undefined,
      action: existing ? 'transparency.recomputed' : 'transparency.drafted',
      entityId: saved.id,
      after: { quarter: saved.quarter, computedAt: now.toISOString() },
    });
    return { ...saved, created: !existing };
  });
}

/** The job: once a quarter has ended, its draft exists (made once; an admin recomputes on request). */
export async function draftEndedQuarter(db: Db, now = new Date()): Promise<DraftedReport | null> {
  const quarter = previousQuarter(now).quarter!;
  if (await db.transparencyReport.findUnique({ where: { quarter }, select: { id: true } })) return null;
  return draftTransparencyReport(db, 'system', { quarter }, now);
}
