// Publishing a transparency report: the draft's figures (as the admin previewed them) and its
// narrative become a new immutable version. The first publication needs the narrative in all
// three languages; a correction also needs a note saying what changed — and a change: a draft the
// same as the version in force (the figures recomputed to the same numbers, the narrative as it
// was) is refused, so a version, its announcement and the public page's "updated" date each mean
// that something the public reads is different. Each version is announced in the feeds and the
// public Telegram channel.
import { isDeepStrictEqual } from 'node:util';
import { createAnnouncementInTransaction, enqueueAnnouncementFanout, type AnnouncementTexts } from '../announcements/announcements';
import { recordAuditEvent } from '../audit/record-audit-event';
import { LANGUAGES } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import type { Db } from '../db/client';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { assertTransparencyAdmin } from './assert-may-publish';
import { transparencyFigures, type TransparencyFigures } from './figures';
import type { Period } from './period';
import { reportPresenter } from './present';
import { CHANGE_NOTE_MIN, NARRATIVE_MIN, publishReportInput, type PublishReportInput } from './schema';

export interface PublishedReport {
  reportId: string;
  versionId: string;
  announcementId: string;
  quarter: string;
  version: number;
  publishedAt: Date;
}

/** Side effects after the commit; tests replace the queue. */
export interface PublishReportEffects {
  enqueueAnnouncement?: (announcementId: string) => Promise<unknown>;
}

/** The feed item and Telegram post for a published version, in every language. */
function announcementTexts(quarter: string, version: number, period: Period): AnnouncementTexts {
  const texts = {} as AnnouncementTexts;
  for (const language of LANGUAGES) {
    const t = translatorFor(language);
    const when = reportPresenter(language, {}).period(period);
    const title = t('transparency.feedItemTitle', { period: when });
    texts[language] = {
      title: version > 1 ? `${title} (${t('transparency.versionOf', { version, latest: version })})` : title,
      summary: `${t('transparency.announcement', { period: when })} ${t('transparency.feedItemSummary', { period: when })}`,
      path: `/${language}/transparency?quarter=${quarter}`,
    };
  }
  return texts;
}

/** The draft's figures are the published ones: every number the same; only when they were computed differs. */
function sameForReaders(draft: TransparencyFigures, published: unknown): boolean {
  const { computedAt: _draftComputed, ...draftNumbers } = draft;
  const { computedAt: _publishedComputed, ...publishedNumbers } = transparencyFigures.parse(published);
  return isDeepStrictEqual(draftNumbers, publishedNumbers);
}

export async function publishTransparencyReport(db: Db, actor: Actor, rawInput: PublishReportInput, now = new Date(), effects: PublishReportEffects = {}): Promise<PublishedReport> {
  const input = publishReportInput.parse(rawInput);
  assertTransparencyAdmin(actor);
  const result = await db.$transaction(async (tx) => {
    // Locks the report row: two admins publishing at once get versions n and n+1, never two n.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TransparencyReport" WHERE quarter = ${input.quarter} FOR UPDATE`;
    if (!locked) throw notFound('Transparency report');
    const report = await tx.transparencyReport.findUniqueOrThrow({ where: { id: locked.id } });
    const narratives = [report.narrativeKk, report.narrativeRu, report.narrativeEn];
    if (narratives.some((text) => text.trim().length < NARRATIVE_MIN)) throw new DomainError('BAD_REQUEST', 'narrativeMissing');
    const figures = transparencyFigures.parse(report.draftFigures);
    if (report.currentVersion > 0) {
      const inForce = await tx.transparencyReportVersion.findUniqueOrThrow({ where: { reportId_version: { reportId: report.id, version: report.currentVersion } } });
      if (sameForReaders(figures, inForce.figures) && isDeepStrictEqual(narratives, [inForce.narrativeKk, inForce.narrativeRu, inForce.narrativeEn])) throw new DomainError('BAD_REQUEST', 'nothingChanged');
      if ((input.changeNote?.length ?? 0) < CHANGE_NOTE_MIN) throw new DomainError('BAD_REQUEST', 'changeNoteRequired');
    }
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
      entityId: report.id,
      before: { currentVersion: report.currentVersion },
      after: { quarter: report.quarter, version, figuresComputedAt: figures.computedAt, changeNote: version > 1 ? input.changeNote! : null },
    });
    // Announced in the feeds and the public Telegram channel by the same outbox as notices.
    const announcement = await createAnnouncementInTransaction(tx, {
      kind: 'TRANSPARENCY_REPORT',
      texts: announcementTexts(report.quarter, version, { from: report.periodFrom, to: report.periodTo, quarter: report.quarter }),
      publishedAt: now,
      transparencyVersionId: created.id,
    });
    return { reportId: report.id, versionId: created.id, announcementId: announcement.id, quarter: report.quarter, version, publishedAt: created.publishedAt };
  });
  await (effects.enqueueAnnouncement ?? enqueueAnnouncementFanout)(result.announcementId);
  return result;
}
