// Intake of one citizen report, from any channel. Idempotent on the client-chosen clientId: a
// retry (an offline outbox, a flaky network, a gateway resending) gets the original answer.
// Stores no IP address, user agent or precise location; contacts only encrypted.
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { ReportChannel } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { encryptText } from '../crypto/secret-box';
import { DomainError } from '../errors';
import type { ProcessedImage } from '../media';
import { searchPublishedNotices, type NoticeMatch } from '../notices/search-notices';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { findRiskTerms } from '../rumors/risk-terms';
import { resolveSettlement } from '../settlements/search-settlements';
import { detectLanguage, generateTrackingCode, normalizeReportText, sanitizeUserText } from '../text';
import { findClusterCandidate } from './cluster-report';
import { reportInputSchema, type ReportInput } from './schema';

export interface ReportMatch {
  slug: string;
  title: string;
  verdict: string;
  score: number;
}

export interface SubmittedReport {
  id: string;
  trackingCode: string;
  status: 'received';
  matches: ReportMatch[];
}

export interface SubmitReportOptions {
  channel: ReportChannel;
  encryptionKey: string;
  images?: ProcessedImage[];
  /** Where a forwarded message came from (Telegram), when known. */
  forwardedFrom?: string;
  /** Message id on its channel (SMS, Telegram), for de-duplication there. */
  externalId?: string;
  /** Language to show notice titles in (the page's language); defaults to the report's. */
  displayLanguage?: 'kk' | 'ru' | 'en';
  now?: Date;
}

/** About 1 km: two decimals of a degree of latitude is 1.1 km. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

function asMatches(matches: NoticeMatch[]): ReportMatch[] {
  return matches.map((m) => ({ slug: m.slug, title: m.title, verdict: m.verdict, score: m.score }));
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: string }).code === 'P2002';
}

async function replay(db: Db, clientId: string): Promise<SubmittedReport | null> {
  const existing = await db.report.findUnique({ where: { clientId }, select: { id: true, trackingCode: true, intakeMatches: true } });
  if (!existing) return null;
  return { id: existing.id, trackingCode: existing.trackingCode, status: 'received', matches: (existing.intakeMatches as ReportMatch[] | null) ?? [] };
}

export async function submitReport(db: Db, rawInput: ReportInput, options: SubmitReportOptions): Promise<{ created: boolean; report: SubmittedReport }> {
  const input = reportInputSchema.parse(rawInput);
  const previous = await replay(db, input.clientId);
  if (previous) return { created: false, report: previous };

  const now = options.now ?? new Date();
  const text = sanitizeUserText(input.text);
  const normalizedText = normalizeReportText(text);
  const detected = detectLanguage(text);
  const language = input.language ?? detected.language;

  // Place: a chosen settlement fixes the region; a typed one is resolved when unambiguous.
  let regionCode: string | undefined = input.regionCode;
  let settlementId: string | undefined;
  let settlementText: string | undefined;
  if (input.settlementId) {
    const settlement = await db.settlement.findUnique({ where: { id: input.settlementId }, select: { id: true, regionCode: true } });
    if (!settlement) throw new DomainError('BAD_REQUEST', 'settlementInvalid');
    settlementId = settlement.id;
    regionCode = settlement.regionCode;
  } else if (input.settlement && sanitizeUserText(input.settlement)) {
    const typedPlace = sanitizeUserText(input.settlement);
    const resolved = await resolveSettlement(db, typedPlace, input.regionCode);
    if (resolved) {
      settlementId = resolved.id;
      regionCode = resolved.regionCode;
    } else settlementText = typedPlace;
  }

  const confirmedNotice = input.confirmedNoticeSlug
    ? await db.notice.findFirst({ where: { slug: input.confirmedNoticeSlug, status: 'PUBLISHED' }, select: { rumorId: true, slug: true } })
    : null;
  if (input.confirmedNoticeSlug && !confirmedNotice) throw new DomainError('BAD_REQUEST', 'noticeInvalid');

  const matches = confirmedNotice
    ? []
    : asMatches(await searchPublishedNotices(db, { q: text, language: options.displayLanguage ?? language, limit: 3 }).catch(() => []));
  const riskMatches = await findRiskTerms(db, normalizedText);

  try {
    const report = await db.$transaction(async (tx) => {
      const candidate = confirmedNotice ? { rumorId: confirmedNotice.rumorId, score: 1 } : await findClusterCandidate(tx, { normalizedText, regionCode, settlementId, now });
      let rumorId = candidate?.rumorId;
      if (!rumorId) {
        const rumor = await tx.rumor.create({
          data: {
            claim: text.slice(0, 500),
            normalizedClaim: normalizedText,
            language,
            firstSeenAt: now,
            lastSeenAt: now,
            regionCodes: regionCode ? [regionCode] : [],
            riskFlags: riskMatches.map((m) => m.term),
          },
          select: { id: true },
        });
        rumorId = rumor.id;
        await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'rumor.created_from_report', entityType: 'Rumor', entityId: rumorId });
      } else if (riskMatches.length) {
        const current = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { riskFlags: true } });
        const flags = [...new Set([...current.riskFlags, ...riskMatches.map((m) => m.term)])];
        if (flags.length !== current.riskFlags.length) await tx.rumor.update({ where: { id: rumorId }, data: { riskFlags: flags } });
      }

      const created = await tx.report.create({
        data: {
          clientId: input.clientId,
          trackingCode: generateTrackingCode(),
          channel: options.channel,
          rumorId,
          text,
          normalizedText,
          language,
          script: detected.script,
          regionCode,
          settlementId,
          settlementText,
          approxLat: input.lat === undefined ? undefined : roundCoordinate(input.lat),
          approxLng: input.lng === undefined ? undefined : roundCoordinate(input.lng),
          heardVia: input.heardVia,
          heardAt: input.heardAt ?? now,
          receivedAt: now,
          forwardedFrom: options.forwardedFrom,
          externalId: options.externalId,
          wantsFeedback: Boolean(input.contact),
          contactKind: input.contact?.kind,
          contactCipher: input.contact ? encryptText(input.contact.value, options.encryptionKey) : undefined,
          confirmedMatch: Boolean(confirmedNotice),
          clusterScore: candidate?.score,
          intakeMatches: matches as unknown as Prisma.InputJsonValue,
          attachments: options.images?.length
            ? { create: options.images.map((img) => ({ mimeType: img.mimeType, byteSize: img.byteSize, width: img.width, height: img.height, sha256: img.sha256, data: new Uint8Array(img.data) })) }
            : undefined,
        },
        select: { id: true, trackingCode: true },
      });
      await refreshRumorStats(tx, rumorId, now);
      // No text, place or contact in the audit trail: ids only.
      await recordAuditEvent(tx, {
        actorLabel: 'citizen',
        action: confirmedNotice ? 'report.confirmed_match' : 'report.submitted',
        entityType: 'Report',
        entityId: created.id,
        after: { rumorId, channel: options.channel, clusterScore: candidate?.score ?? null },
      });
      await tx.$executeRaw`SELECT pg_notify('raspa_events', ${JSON.stringify({ type: 'report.created', reportId: created.id, rumorId })})`;
      return created;
    });
    return { created: true, report: { id: report.id, trackingCode: report.trackingCode, status: 'received', matches } };
  } catch (error) {
    // The same clientId submitted twice at once: the loser answers with the winner's report.
    if (isUniqueViolation(error)) {
      const winner = await replay(db, input.clientId);
      if (winner) return { created: false, report: winner };
    }
    throw error;
  }
}
