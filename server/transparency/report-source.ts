// Which figures a transparency page or download shows: a published version (the latest of a
// quarter, or ?version=), live figures for any range of days, or — when nothing has been published
// yet — the current quarter so far. Live figures are counted by the database and kept for five
// minutes, so a busy public page does not recount them for every reader.
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client';
import { REGION_CODES } from '../regions/codes';
import { computeTransparencyFigures } from './compute-figures';
import { NATIONAL, type TransparencyFigures } from './figures';
import { getPublishedReport, type PublishedReport } from './list-reports';
import { dayPeriod, quarterContaining, transparencyPeriodInput, type Period } from './period';
import { kazakhstanDay } from '../i18n/format';

export type ReportSource =
  | { kind: 'published'; period: Period; figures: TransparencyFigures; report: PublishedReport }
  | { kind: 'live'; period: Period; figures: TransparencyFigures };

export interface ReportQuery {
  quarter?: string;
  version?: string;
  from?: string;
  to?: string;
  region?: string;
}

export interface ResolvedReport {
  source: ReportSource | null;
  scope: string;
  /** Translation keys under transparency.errors, by field, for what could not be honoured. */
  errors: Record<string, string>;
}

const LIVE_CACHE_MS = 5 * 60_000;
const liveCache = new LRUCache<string, Promise<TransparencyFigures>>({ max: 50, ttl: LIVE_CACHE_MS });

/** Live figures for a period, computed at most once per five minutes per period. */
export function liveFigures(db: Db, period: Period, now = new Date()): Promise<TransparencyFigures> {
  const key = `${period.from}|${period.to}`;
  let figures = liveCache.get(key);
  if (!figures) {
    figures = computeTransparencyFigures(db, period, now);
    liveCache.set(key, figures);
    figures.catch(() => liveCache.delete(key));
  }
  return figures;
}

export function scopeOf(region: string | undefined): string | null {
  if (!region) return NATIONAL;
  const code = region.toUpperCase();
  return (REGION_CODES as readonly string[]).includes(code) ? code : null;
}

export async function resolveReport(db: Db, query: ReportQuery, now = new Date()): Promise<ResolvedReport> {
  const errors: Record<string, string> = {};
  const scope = scopeOf(query.region);
  if (!scope) errors.region = 'regionInvalid';

  if (query.from || query.to) {
    const parsed = transparencyPeriodInput.safeParse({ from: query.from || undefined, to: query.to || undefined });
    if (parsed.success) {
      return { source: { kind: 'live', period: parsed.data, figures: await liveFigures(db, parsed.data, now) }, scope: scope ?? NATIONAL, errors };
    }
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'from')] ??= issue.message;
  }
  if (query.quarter) {
    const version = query.version && /^\d{1,4}$/.test(query.version) ? Number(query.version) : undefined;
    const report = /^\d{4}-Q[1-4]$/.test(query.quarter) ? await getPublishedReport(db, query.quarter, version) : null;
    if (report) return { source: { kind: 'published', period: { ...report.figures.period }, figures: report.figures, report }, scope: scope ?? NATIONAL, errors };
    errors.quarter = 'notFound';
    return { source: null, scope: scope ?? NATIONAL, errors };
  }
  const latest = await db.transparencyReport.findFirst({ where: { currentVersion: { gt: 0 } }, orderBy: { quarter: 'desc' }, select: { quarter: true } });
  const report = latest ? await getPublishedReport(db, latest.quarter) : null;
  if (report) return { source: { kind: 'published', period: { ...report.figures.period }, figures: report.figures, report }, scope: scope ?? NATIONAL, errors };
  // Nothing published yet: the current quarter up to today.
  const current = quarterContaining(now);
  const period = dayPeriod(current.from, kazakhstanDay(now));
  return { source: { kind: 'live', period, figures: await liveFigures(db, period, now) }, scope: scope ?? NATIONAL, errors };
}
