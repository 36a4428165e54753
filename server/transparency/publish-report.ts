// Publishing a transparency report: the draft's figures (as the admin previewed them) and its
// narrative become a new immutable version. The first publication needs the narrative in all
// three languages; a correction also needs a note saying what changed.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { assertTransparencyAdmin } from './assert-may-publish';
import { transparencyFigures } from './figures';
import { CHANGE_NOTE_MIN, NARRATIVE_MIN, publishReportInput, type PublishReportInput } from './schema';

export interface PublishedReport {
  reportId: string;
  versionId: string;
  quarter: string;
  version: number;
  publishedAt: Date;
}

export async function publishTransparencyReport(db: Db, actor: Actor, rawInput: PublishReportInput, now = new Date()): Promise<PublishedReport> {
  const input = publishReportInput.parse(rawInput);
  assertTransparencyAdmin(actor);
  return db.$transaction(async (tx) => {
    // Locks the report row: two admins publishing at once get versions n and n+1, never two n.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TransparencyReport" WHERE quarter = ${input.quarter} FOR UPDATE`;
    if (!locked) throw notFound('Transparency report');
    const report = await tx.transparencyReport.findUniqueOrThrow({ where: { id: locked.id } });
    const narratives = [report.narrativeKk, report.narrativeRu, report.narrativeEn];
    if (narratives.some((text) => text.trim().length < NARRATIVE_MIN)) throw new DomainError('BAD_REQUEST', 'narrativeMissing');
    if (report.currentVersion > 0 && (input.changeNote?.length ?? 0) < CHANGE_NOTE_MIN) throw new DomainError('BAD_REQUEST', 'changeNoteRequired');
    const figures = transparencyFigures.parse(report.draftFigures);
    const version = report.currentVersion + 1;
    const created = await tx.transparencyReportVersion.create({
      data: {
        reportId: report.id,
        version,
        figures,
        narrativeKk: report.narrativeKk,
        narrativeRu: report.narrativeRu,
        narrativeEn: report.narrativeEn,
        changeNote: version > 1 ? input.changeNote! : null,
        publishedAt: now,
        publishedById: actor.id,
      },
      select: { id: true, publishedAt: true },
    });
    await tx.transparencyReport.update({ where: { id: report.id }, data: { currentVersion: version } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: version === 1 ? 'transparency.published' : 'transparency.correction_published',
      entityType: 'TransparencyReport',
      entityId: report.id,
      before: { currentVersion: report.currentVersion },
      after: { quarter: report.quarter, version, figuresComputedAt: figures.computedAt, changeNote: version > 1 ? input.changeNote! : null },
    });
    return { reportId: report.id, versionId: created.id, quarter: report.quarter, version, publishedAt: created.publishedAt };
  });
}
