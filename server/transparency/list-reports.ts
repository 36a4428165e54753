// Reading transparency reports: the public list of published ones, one published version for the
// public page and its downloads, and the admin's list of drafts.
import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { assertTransparencyAdmin } from './assert-may-publish';
import { transparencyFigures, type TransparencyFigures } from './figures';

export interface PublishedReportSummary {
  quarter: string;
  periodFrom: string;
  periodTo: string;
  version: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
}

/** Every report with a published version, newest quarter first. */
export async function listPublishedReports(db: Db): Promise<PublishedReportSummary[]> {
  const reports = await db.transparencyReport.findMany({
    where: { currentVersion: { gt: 0 } },
    orderBy: { quarter: 'desc' },
    select: { quarter: true, periodFrom: true, periodTo: true, currentVersion: true, versions: { orderBy: { version: 'asc' }, select: { publishedAt: true } } },
  });
  return reports.map((r) => ({ quarter: r.quarter, periodFrom: r.periodFrom, periodTo: r.periodTo, version: r.currentVersion, firstPublishedAt: r.versions[0]!.publishedAt, lastPublishedAt: r.versions.at(-1)!.publishedAt }));
}

export interface PublishedReport {
  quarter: string;
  version: number;
  latestVersion: number;
  publishedAt: Date;
  changeNote: string | null;
  narratives: { kk: string; ru: string; en: string };
  figures: TransparencyFigures;
  versions: { version: number; publishedAt: Date; changeNote: string | null }[];
}

/** One published version (the latest unless `version` is given); null when there is none. */
export async function getPublishedReport(db: Db, quarter: string, version?: number): Promise<PublishedReport | null> {
  const report = await db.transparencyReport.findUnique({
    where: { quarter },
    select: { quarter: true, currentVersion: true, versions: { orderBy: { version: 'asc' } } },
  });
  const chosen = report?.versions.find((v) => v.version === (version ?? report.currentVersion));
  if (!report || !chosen) return null;
  return {
    quarter: report.quarter,
    version: chosen.version,
    latestVersion: report.currentVersion,
    publishedAt: chosen.publishedAt,
    changeNote: chosen.changeNote,
    narratives: { kk: chosen.narrativeKk, ru: chosen.narrativeRu, en: chosen.narrativeEn },
    figures: transparencyFigures.parse(chosen.figures),
    versions: report.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, changeNote: v.changeNote })),
  };
}

/** The admin's list: every report, draft or published, with what it still needs. */
export async function listTransparencyReports(db: Db, actor: Actor) {
  assertTransparencyAdmin(actor);
  const reports = await db.transparencyReport.findMany({
    orderBy: { quarter: 'desc' },
    select: {
      quarter: true,
      periodFrom: true,
      periodTo: true,
      draftComputedAt: true,
      narrativeKk: true,
      narrativeRu: true,
      narrativeEn: true,
      currentVersion: true,
      updatedAt: true,
      versions: { orderBy: { version: 'asc' }, select: { version: true, publishedAt: true, changeNote: true, publishedBy: { select: { name: true } } } },
    },
  });
  return reports.map(({ versions, ...r }) => ({ ...r, versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, changeNote: v.changeNote, publishedBy: v.publishedBy.name })) }));
}

/** A draft's figures for the admin's preview. */
export async function getDraftReport(db: Db, actor: Actor, quarter: string) {
  assertTransparencyAdmin(actor);
  const report = await db.transparencyReport.findUnique({ where: { quarter } });
  if (!report) return null;
  return { ...report, figures: transparencyFigures.parse(report.draftFigures) };
}
