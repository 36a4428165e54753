// Intake of one citizen report, from any channel. Idempotent on the client-chosen clientId: a
// retry (an offline outbox, a flaky network, a gateway resending) gets the original answer.
// Stores no IP address, user agent or precise location; contacts only encrypted.
//
// Intake is one INSERT (report + audit row in one statement), so a surge of reports is stored as
// fast as they arrive. Joining a rumour — clustering, rumour numbers, priority, the moderators'
// live event — is the worker's job (cluster-pending-reports.ts), usually within a second.
import { AUDIT_ACTIONS, type AuditAction } from '../audit/actions';
import { auditData } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { v7 as uuidv7 } from 'uuid';
import { Prisma } from '../db/generated/client';
import type { ReportChannel } from '../db/generated/enums';
import { encryptText } from '../crypto/secret-box';
import { DomainError } from '../errors';
import type { ProcessedImage } from '../media';
import { peekNoticeSearch, searchIfIdle } from '../notices/notice-search-cache';
import type { NoticeMatch } from '../notices/search-notices';
import { regionsNamed } from '../settlements/place-index';
import { resolveSettlement } from '../settlements/search-settlements';
import { detectLanguage, generateTrackingCode, normalizeReportText, sanitizeUserText } from '../text';
import { reportInputSchema, type ParsedReportInput, type ReportInput } from './schema';
import type { Language } from '../i18n/languages';

export interface ReportMatch {
  slug: string;
  title: string;
  verdict: string;
  /** The verified fact, so a reply can lead with it; absent in matches stored before it was kept. */
  summary?: string;
  score: number;
}

export interface SubmittedReport {
  id: string;
  trackingCode: string;
  status: 'received';
  matches: ReportMatch[];
  /** False when intake answered without searching (the process was busy): an empty `matches` then means "not looked up". */
  matchesChecked: boolean;
}

export interface SubmitReportOptions {
  channel: ReportChannel;
  encryptionKey: string;
  images?: ProcessedImage[];
  /** Where a forwarded message came from (Telegram), when known. */
  forwardedFrom?: string;
  /** Message id on its channel (SMS, Telegram), for de-duplication there. */
  externalId?: string;
  /** The hotline operator (PROXY) who entered it on the reporter's behalf; the audit trail names them. */
  enteredById?: string;
  /** Language to show notice titles in (the page's language); defaults to the report's. */
  displayLanguage?: Language;
  now?: Date;
}

/** About 1 km: two decimals of a degree of latitude is 1.1 km. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

function asMatches(matches: NoticeMatch[]): ReportMatch[] {
  return matches.map((m) => ({ slug: m.slug, title: m.title, verdict: m.verdict, summary: m.summary, score: m.score }));
}

async function replay(db: Db, clientId: string): Promise<SubmittedReport | null> {
  const existing = await db.report.findUnique({ where: { clientId }, select: { id: true, trackingCode: true, intakeMatches: true } });
  if (!existing) return null;
  const matches = existing.intakeMatches as ReportMatch[] | null;
  return { id: existing.id, trackingCode: existing.trackingCode, status: 'received', matches: matches ?? [], matchesChecked: matches !== null };
}

/** Attempts at a fresh tracking code; a collision needs ~10^11 codes in use, so one is plenty. */
const TRACKING_CODE_ATTEMPTS = 3;
/** The search looks at what the rumour is, not at a long forwarded tail (same as the form's panel). */
/** How much of a report's text the "already checked?" search reads. */
export const MATCH_QUERY_CHARS = 500;

interface StoredPlace {
  regionCode?: string;
  /**
   * With no region chosen: the regions of the places the text names, sorted (none: the national
   * queue). Decided once, here: it is the report's clustering partition and who may see it.
   */
  routedRegionCodes?: string[];
  settlementId?: string;
  settlementText?: string;
}

/** A chosen settlement fixes the region; a typed one is resolved when unambiguous. */
async function resolvePlace(db: Db, input: ParsedReportInput): Promise<StoredPlace> {
  if (input.settlementId) {
    const settlement = await db.settlement.findUnique({ where: { id: input.settlementId }, select: { id: true, regionCode: true } });
    if (!settlement) throw new DomainError('BAD_REQUEST', 'settlementInvalid');
    return { settlementId: settlement.id, regionCode: settlement.regionCode };
  }
  const typedPlace = input.settlement ? sanitizeUserText(input.settlement) : '';
  if (!typedPlace) return { regionCode: input.regionCode };
  const resolved = await resolveSettlement(db, typedPlace, input.regionCode);
  return resolved ? { settlementId: resolved.id, regionCode: resolved.regionCode } : { regionCode: input.regionCode, settlementText: typedPlace };
}

/**
 * The report row and its audit event in ONE statement (so one round trip, and atomic). Conflicts
 * on clientId (a retry racing its original) or trackingCode insert nothing and return no row.
 */
function insertReportSql(row: {
  id: string;
  trackingCode: string;
  input: ParsedReportInput;
  options: SubmitReportOptions;
  text: string;
  normalizedText: string;
  language: string;
  script: string;
  place: StoredPlace;
  rumorId: string | null;
  /** null: not looked up. */
  matches: ReportMatch[] | null;
  now: Date;
}): Prisma.Sql {
  const { input, options, place, now } = row;
  const contactCipher = input.contact ? encryptText(input.contact.value, options.encryptionKey) : null;
  // No text, place or contact in the audit trail: ids only. Inserted with the report in one
  // statement, so it goes through the registry here rather than through recordAuditEvent.
  const action: AuditAction = options.enteredById ? 'report.entered_on_behalf' : row.rumorId ? 'report.confirmed_match' : 'report.submitted';
  const audit = JSON.stringify(auditData(action, 'after', { channel: options.channel, confirmedMatch: Boolean(row.rumorId) }));
  return Prisma.sql`
    WITH inserted AS (
      INSERT INTO "Report" (
        id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, script,
        "regionCode", "routedRegionCodes", "settlementId", "settlementText", "approxLat", "approxLng", "heardVia", "heardAt", "receivedAt",
        "forwardedFrom", "externalId", "wantsFeedback", "contactKind", "contactCipher", "confirmedMatch", "intakeMatches", "clusteringPending")
      VALUES (
        ${row.id}::uuid, ${input.clientId}::uuid, ${row.trackingCode}, ${options.channel}::"ReportChannel", ${row.rumorId}::uuid,
        ${row.text}, ${row.normalizedText}, ${row.language}::"Language", ${row.script},
        ${place.regionCode ?? null}, ${place.routedRegionCodes ?? []}::text[], ${place.settlementId ?? null}::uuid, ${place.settlementText ?? null},
        ${input.lat === undefined ? null : roundCoordinate(input.lat)}::float8, ${input.lng === undefined ? null : roundCoordinate(input.lng)}::float8,
        ${input.heardVia ?? null}::"HeardVia", ${(input.heardAt ?? now).toISOString()}::timestamptz AT TIME ZONE 'UTC', ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC',
        ${options.forwardedFrom ?? null}, ${options.externalId ?? null}, ${Boolean(input.contact)}, ${input.contact?.kind ?? null}::"ContactKind", ${contactCipher},
        ${Boolean(row.rumorId)}, ${row.matches === null ? null : JSON.stringify(row.matches)}::jsonb, true)
      ON CONFLICT DO NOTHING
      RETURNING id
    ), audited AS (
      INSERT INTO "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", after, "createdAt")
      SELECT ${options.enteredById ?? null}::uuid, ${options.enteredById ? null : 'citizen'}, ${action}, ${AUDIT_ACTIONS[action].entityType}, id::text, ${audit}::jsonb, ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      FROM inserted
    )
    SELECT id FROM inserted`;
}

export async function submitReport(db: Db, rawInput: ReportInput, options: SubmitReportOptions): Promise<{ created: boolean; report: SubmittedReport }> {
  const input = reportInputSchema.parse(rawInput);
  const now = options.now ?? new Date();
  const text = sanitizeUserText(input.text);
  const normalizedText = normalizeReportText(text);
  const detected = detectLanguage(text);
  const language = input.language ?? detected.language;
  const resolved = await resolvePlace(db, input);
  // Routed by the places the text names whether or not a region was chosen: a report from one
  // region about a village of another is that village's region's too (report-regions.ts).
  const place = { ...resolved, routedRegionCodes: await regionsNamed(db, normalizedText) };

  // "Yes, this is what I heard": the report is a sighting of that notice's rumour.
  const confirmedNotice = input.confirmedNoticeSlug
    ? await db.notice.findFirst({ where: { slug: input.confirmedNoticeSlug, status: 'PUBLISHED' }, select: { rumorId: true } })
    : null;
  if (input.confirmedNoticeSlug && !confirmedNotice) throw new DomainError('BAD_REQUEST', 'noticeInvalid');

  // The instant answer. Skipped (empty) only while this process is busy with other searches: a
  // report is never slowed down or lost for it, the form showed matches while the citizen typed,
  // and once clustered into a checked rumour the tracking page shows its verdict.
  const query = { q: text.slice(0, MATCH_QUERY_CHARS), language: options.displayLanguage ?? language, limit: 3 };
  let found = confirmedNotice ? [] : peekNoticeSearch(query);
  if (found === undefined) {
    // A search is about to run: a retry of a stored report must not spend one. (Without a search,
    // the INSERT below finds retries itself — one round trip fewer per report in a surge.)
    const previous = await replay(db, input.clientId);
    if (previous) return { created: false, report: previous };
    found = await searchIfIdle(db, query).catch(() => null);
  }
  const matches = found && asMatches(found);

  const id = uuidv7();
  const images = options.images ?? [];
  for (let attempt = 0; attempt < TRACKING_CODE_ATTEMPTS; attempt++) {
    const trackingCode = generateTrackingCode();
    const insert = insertReportSql({ id, trackingCode, input, options, text, normalizedText, language, script: detected.script, place, rumorId: confirmedNotice?.rumorId ?? null, matches, now });
    const inserted = images.length
      ? await db.$transaction(async (tx) => {
          const rows = await tx.$queryRaw<{ id: string }[]>(insert);
          if (rows.length) {
            await tx.storedFile.createMany({
              data: images.map((img) => ({ reportId: id, mimeType: img.mimeType, byteSize: img.byteSize, width: img.width, height: img.height, sha256: img.sha256, data: new Uint8Array(img.data) })),
            });
          }
          return rows.length > 0;
        })
      : (await db.$queryRaw<{ id: string }[]>(insert)).length > 0;
    if (inserted) return { created: true, report: { id, trackingCode, status: 'received', matches: matches ?? [], matchesChecked: matches !== null } };
    // Nothing inserted: the same clientId was stored meanwhile (answer with it), or the tracking code was taken.
    const winner = await replay(db, input.clientId);
    if (winner) return { created: false, report: winner };
  }
  throw new Error('submitReport: no free tracking code after several attempts');
}
