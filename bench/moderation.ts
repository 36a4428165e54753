// The moderation workspace under load. Loads a throwaway embedded PostgreSQL with 30,000 rumours
// across all 20 regions and 200,000 reports (a long tail: a few rumours with hundreds of
// sightings), with evidence, field tasks, verdict drafts, comments, notices and the audit trail
// intake and moderators leave behind — bulk SQL (multi-row INSERT … SELECT FROM unnest) — then
// times the real domain functions the tRPC procedures call:
//   - inbox first page: listInboxRumors for an admin, a regional moderator, and filtered + `q` search;
//   - clustering one new report: findClusterCandidate in a transaction; submitReport (intake) and
//     the worker's clusterPendingReports step for the same report;
//   - rumour page: getRumorDetail + findSimilarRumors + getRumorHistory + getRumorVerification
//     (the page's four queries, in parallel as the tRPC batch runs them, and each on its own).
// Prints p50/p95/p99; targets: inbox p95 ≤ 100 ms, clustering p95 ≤ 50 ms, rumour page p95 ≤ 150 ms
// (reported, not enforced).
//
//   npx tsx bench/moderation.ts [--port=55560] [--rumours=30000] [--reports=200000] [--runs=200]
//                               [--cluster-runs=500] [--seed=7] [--reference] [--hold]
//
// --reference: after each timed inbox search and clustering lookup, runs the previous query shape
// on the same input (inbox search as one OR; clustering's exhaustive scan) and compares answers.
// --hold: after timing, prints the database URL and keeps it running for your own EXPLAIN
// session; Ctrl-C stops the server and deletes its files.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type Db } from '../server/db/client';
import { rumorScopeFilter, type Actor } from '../server/policy';
import { REGION_CODES, type RegionCode } from '../server/regions/codes';
import { clearPlaceCache, findClusterCandidate } from '../server/reports/cluster-report';
import { clusterPendingReports } from '../server/reports/cluster-pending-reports';
import { submitReport } from '../server/reports/submit-report';
import { findSimilarRumors } from '../server/rumors/find-similar-rumors';
import { getRumorDetail } from '../server/rumors/get-rumor-detail';
import { inboxWhere } from '../server/rumors/inbox-filters';
import { listInboxRumors } from '../server/rumors/list-inbox';
import { listInboxInput } from '../server/rumors/schema';
import { computePriority, responseDeadline } from '../server/rumors/priority';
import { clearRiskTermCache } from '../server/rumors/risk-terms';
import { getRumorHistory } from '../server/rumors/rumor-history';
import type { ListInboxInput } from '../server/rumors/schema';
import { clearSettingsCache, readSetting } from '../server/settings/read-settings';
import { TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH, normalizeReportText } from '../server/text';
import { getRumorVerification } from '../server/verification/get-rumor-verification';
import { LANGUAGE_MIX, makeClaim, reportText, TEMPLATE_COUNT, type Claim, type Lang, type Place } from './lib/rumour-text';
import { insertBatches, sightingCounts } from './lib/bulk-load';
import { loadAverage, ms, pick, seededRandom, shuffled, summarize } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';

function parseArgs(argv: string[]) {
  const get = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  return {
    port: get('port', 55560),
    rumours: get('rumours', 30_000),
    reports: get('reports', 200_000),
    runs: get('runs', 200),
    clusterRuns: get('cluster-runs', 500),
    seed: get('seed', 7),
    hold: argv.includes('--hold'),
    reference: argv.includes('--reference'),
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** PostgreSQL `timestamp(3)` columns hold UTC wall-clock time (as Prisma writes them). */
const ts = (d: Date) => d.toISOString().replace('Z', '');

function trackingCode(i: number): string {
  let code = '';
  for (let n = i; code.length < TRACKING_CODE_LENGTH; n = Math.floor(n / TRACKING_CODE_ALPHABET.length)) {
    code = TRACKING_CODE_ALPHABET[n % TRACKING_CODE_ALPHABET.length] + code;
  }
  return code;
}

type Status = 'NEW' | 'INVESTIGATING' | 'AWAITING_APPROVAL' | 'PUBLISHED' | 'DISMISSED' | 'MERGED';
/** Mostly open work, some finished, a few merged away. */
const STATUS_MIX: readonly Status[] = [
  ...Array<Status>(40).fill('NEW'), ...Array<Status>(25).fill('INVESTIGATING'), ...Array<Status>(5).fill('AWAITING_APPROVAL'),
  ...Array<Status>(15).fill('PUBLISHED'), ...Array<Status>(10).fill('DISMISSED'), ...Array<Status>(5).fill('MERGED'),
];

interface RumourSeed {
  id: string;
  claim: Claim;
  place: Place;
  status: Status;
  sightings: number;
  firstSeen: Date;
  lastSeen: Date;
  regions: string[];
}

interface Staff {
  admin: Actor;
  moderator: Actor;
  moderators: Actor[];
  verifiers: string[];
}

/** Column-wise rows for insertBatches: `cols.x.push(…)` per row. */
function columns<K extends string>(...names: K[]): Record<K, unknown[]> {
  return Object.fromEntries(names.map((n) => [n, []])) as unknown as Record<K, unknown[]>;
}

const EXCERPTS = [
  'Официальное заявление: информация не подтвердилась.',
  'Әкімдік хабарлауынша, мұндай оқиға болған жоқ.',
  'Police say the situation is under control and no incident was recorded.',
  'Местный журналист на месте: всё спокойно, очередей нет.',
  'Видео из чата снято в другом городе в 2019 году.',
];
const COMMENTS = ['Звонил в акимат, ждём ответа.', 'Похоже на вброс, тот же текст был в прошлом году.', 'Тілшіміз тексеріп жатыр.', 'Need a second source before we publish.', 'Проверил видео — старое.'];

/** Tables whose triggers keep the word indexes (migration 20261121123041_search_word_index). */
const WORD_INDEXED_TABLES = ['Rumor', 'Report', 'NoticeTranslation'];

async function load(url: string, args: ReturnType<typeof parseArgs>, r: () => number, now: Date): Promise<{ rumours: RumourSeed[]; staff: Staff }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Build the trigram indexes once after loading instead of updating them row by row.
    const trigramIndexes = (
      await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Report', 'Rumor', 'NoticeTranslation') AND indexdef LIKE '%gin_trgm_ops%'`,
      )
    ).rows;
    for (const index of trigramIndexes) await client.query(`DROP INDEX ${client.escapeIdentifier(index.indexname)}`);
    // The word indexes behind search and clustering (kept by triggers) are rebuilt in one go too.
    for (const table of WORD_INDEXED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);

    // Staff: an admin, one moderator per region (the measured one works in Turkistan), verifiers.
    const mk = (role: 'ADMIN' | 'MODERATOR' | 'VERIFIER', name: string, regionCodes: string[]): Actor => ({ id: randomUUID(), name, role, regionCodes, nationalQueue: false, canViewContacts: false });
    const admin = mk('ADMIN', 'Bench administrator', []);
    const moderators = REGION_CODES.map((code) => mk('MODERATOR', `Bench moderator ${code}`, [code]));
    const verifierActors = REGION_CODES.flatMap((code) => [mk('VERIFIER', `Bench verifier ${code} a`, [code]), mk('VERIFIER', `Bench verifier ${code} b`, [code])]);
    const users = [admin, ...moderators, ...verifierActors];
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "regionCodes", "updatedAt")
       SELECT id, email, name, 'x', role::"Role", string_to_array(regions, ','), now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, email, name, role, regions)`,
      [users.map((u) => u.id), users.map((u, i) => `bench${i}@raspa.test`), users.map((u) => u.name), users.map((u) => u.role), users.map((u) => u.regionCodes.join(','))],
    );
    const moderatorOf = new Map(moderators.map((m) => [m.regionCodes[0]!, m]));
    const verifiersOf = new Map(REGION_CODES.map((code) => [code as string, verifierActors.filter((v) => v.regionCodes[0] === code).map((v) => v.id)]));

    // Reference data from the seed: settlements (by English name), neighbours, risk terms, deadlines.
    const settlementByName = new Map(
      (await client.query<{ id: string; nameEn: string; regionCode: string }>(`SELECT id, "nameEn", "regionCode" FROM "Settlement"`)).rows.map((s) => [`${s.regionCode}/${s.nameEn.toLowerCase()}`, s.id]),
    );
    const neighbours = new Map((await client.query<{ code: string; neighbourCodes: string[] }>(`SELECT code, "neighbourCodes" FROM "Region"`)).rows.map((x) => [x.code, x.neighbourCodes]));
    const riskTerms = (await client.query<{ term: string; weight: number }>(`SELECT DISTINCT ON (term) term, weight FROM "RiskTerm"`)).rows;
    const db = createPrismaClient(url, 1);
    const deadlines = await readSetting(db, 'priority.deadlines');
    await db.$disconnect();

    // Rumours: first heard some time in the last 30 days; 6 % spread into a neighbouring region.
    const counts = sightingCounts(args.rumours, args.reports, r);
    const rumours: RumourSeed[] = counts.map((sightings, i) => {
      const { claim, place } = makeClaim(r, i % TEMPLATE_COUNT);
      const firstSeen = new Date(now.getTime() - r() * 30 * DAY);
      const near = neighbours.get(place.region) ?? [];
      const regions = r() < 0.06 && near.length ? [place.region, pick(near, r)] : [place.region];
      return { id: randomUUID(), claim, place, status: pick(STATUS_MIX, r), sightings, firstSeen, lastSeen: firstSeen, regions };
    });

    // Reports: sightings over the days after the rumour started, in the language mix; every one
    // leaves a `report.submitted` audit event, as intake does.
    const rep = columns('id', 'clientId', 'code', 'channel', 'rumorId', 'text', 'norm', 'lang', 'script', 'region', 'settlement', 'at');
    const audit = columns('actorId', 'actorLabel', 'action', 'entityType', 'entityId', 'before', 'after', 'at');
    const addAudit = (actorId: string | null, action: string, entityType: string, entityId: string, before: object | null, after: object | null, at: Date) => {
      audit.actorId.push(actorId);
      audit.actorLabel.push(actorId ? null : 'citizen');
      audit.action.push(action);
      audit.entityType.push(entityType);
      audit.entityId.push(entityId);
      audit.before.push(before ? JSON.stringify(before) : null);
      audit.after.push(after ? JSON.stringify(after) : null);
      audit.at.push(ts(at));
    };
    const founding = new Map<string, { text: string; norm: string; lang: Lang }>();
    const recentCount = new Map<string, number>();
    const settlementsOf = new Map<string, Set<string>>();
    for (const rumour of rumours) {
      const settlementId = settlementByName.get(`${rumour.place.region}/${rumour.place.en.toLowerCase()}`) ?? null;
      for (let k = 0; k < rumour.sightings; k++) {
        const language = pick(LANGUAGE_MIX, r);
        const { text, script } = reportText(rumour.claim, language, r);
        const norm = normalizeReportText(text);
        const at = new Date(Math.min(now.getTime() - 60_000, rumour.firstSeen.getTime() + (k === 0 ? 0 : -Math.log(1 - r()) * 1.5 * DAY)));
        if (k === 0) founding.set(rumour.id, { text, norm, lang: language });
        if (at > rumour.lastSeen) rumour.lastSeen = at;
        if (at.getTime() > now.getTime() - 6 * HOUR) recentCount.set(rumour.id, (recentCount.get(rumour.id) ?? 0) + 1);
        const region = r() < 0.9 ? pick(rumour.regions, r) : null;
        const settlement = region === rumour.place.region && r() < 0.6 ? settlementId : null;
        if (settlement) (settlementsOf.get(rumour.id) ?? settlementsOf.set(rumour.id, new Set()).get(rumour.id)!).add(settlement);
        const id = randomUUID();
        const channel = pick(['WEB', 'WEB', 'WEB', 'API', 'SMS', 'TELEGRAM'], r);
        rep.id.push(id);
        rep.clientId.push(randomUUID());
        rep.code.push(trackingCode(rep.id.length));
        rep.channel.push(channel);
        rep.rumorId.push(rumour.id);
        rep.text.push(text);
        rep.norm.push(norm);
        rep.lang.push(language);
        rep.script.push(script);
        rep.region.push(region);
        rep.settlement.push(settlement);
        rep.at.push(ts(at));
        if (k === 0) addAudit(null, 'rumor.created_from_report', 'Rumor', rumour.id, null, null, at);
        addAudit(null, 'report.submitted', 'Report', id, null, { rumorId: rumour.id, channel, clusterScore: k === 0 ? null : 0.5 }, at);
      }
    }

    // Merged rumours point at an open rumour in the same region.
    const openByRegion = new Map<string, RumourSeed[]>();
    for (const m of rumours) if (m.status === 'NEW' || m.status === 'INVESTIGATING') (openByRegion.get(m.place.region) ?? openByRegion.set(m.place.region, []).get(m.place.region)!).push(m);
    const mergedInto = new Map<string, string>();
    for (const m of rumours) {
      if (m.status !== 'MERGED') continue;
      const target = pick(openByRegion.get(m.place.region) ?? [], r);
      if (target) mergedInto.set(m.id, target.id);
      else m.status = 'DISMISSED';
    }

    // Priority as refreshRumorStats computes it; risk flags on about one rumour in eight.
    const rum = columns('id', 'claim', 'nc', 'lang', 'status', 'score', 'level', 'due', 'flags', 'high', 'sc', 'stc', 'regions', 'fs', 'ls', 'assignee', 'merged', 'dismiss');
    const work = columns('kind', 'id', 'rumorId', 'actor', 'other', 'text', 'at');
    for (const m of rumours) {
      const flags = r() < 0.12 ? shuffled(riskTerms, r).slice(0, 1 + Math.floor(r() * 2)) : [];
      const riskWeight = Math.min(6, flags.reduce((s, t) => s + t.weight, 0));
      const settlementCount = settlementsOf.get(m.id)?.size ?? 0;
      const priority = computePriority({ sightingCount: m.sightings, sightingsLast6h: recentCount.get(m.id) ?? 0, settlementCount, regionCount: m.regions.length, riskWeight, regionRiskLevel: 0 });
      const moderator = moderatorOf.get(m.place.region) ?? admin;
      const worked = m.status !== 'NEW';
      const f = founding.get(m.id)!;
      rum.id.push(m.id);
      rum.claim.push(f.text.slice(0, 500));
      rum.nc.push(f.norm);
      rum.lang.push(f.lang);
      rum.status.push(m.status);
      rum.score.push(priority.score);
      rum.level.push(priority.level);
      rum.due.push(ts(responseDeadline(m.firstSeen, priority.level, deadlines)));
      rum.flags.push(flags.map((t) => t.term).join('\u001f'));
      rum.high.push(riskWeight >= 3 || priority.level === 'CRITICAL');
      rum.sc.push(m.sightings);
      rum.stc.push(settlementCount);
      rum.regions.push(m.regions.join(','));
      rum.fs.push(ts(m.firstSeen));
      rum.ls.push(ts(m.lastSeen));
      rum.assignee.push(worked && r() < 0.7 ? moderator.id : null);
      rum.merged.push(mergedInto.get(m.id) ?? null);
      rum.dismiss.push(m.status === 'DISMISSED' ? pick(['SPAM', 'OUT_OF_SCOPE', 'DUPLICATE'], r) : null);

      // What moderators leave on the rumour page: status changes, evidence, tasks, drafts, comments.
      const step = (h: number) => new Date(Math.min(now.getTime() - 30_000, m.firstSeen.getTime() + h * HOUR));
      if (worked) addAudit(moderator.id, 'rumor.status_changed', 'Rumor', m.id, { status: 'NEW' }, { status: m.status === 'MERGED' ? 'MERGED' : 'INVESTIGATING' }, step(1));
      if (rum.assignee.at(-1)) addAudit(moderator.id, 'rumor.assigned', 'Rumor', m.id, { assigneeId: null }, { assigneeId: moderator.id }, step(1.2));
      if (worked && m.status !== 'MERGED' && m.status !== 'DISMISSED') {
        for (let e = 0, n = 1 + Math.floor(r() * 3); e < n; e++) {
          const id = randomUUID();
          work.kind.push('evidence');
          work.id.push(id);
          work.rumorId.push(m.id);
          work.actor.push(moderator.id);
          work.other.push(pick(['REFUTES', 'REFUTES', 'CONTEXT', 'SUPPORTS'], r));
          work.text.push(pick(EXCERPTS, r));
          work.at.push(ts(step(2 + e)));
          addAudit(moderator.id, 'evidence.added', 'Rumor', m.id, null, { evidenceId: id }, step(2 + e));
        }
        if (r() < 0.5) {
          const verifier = pick(verifiersOf.get(m.place.region) ?? [], r);
          if (verifier) {
            const id = randomUUID();
            work.kind.push('request');
            work.id.push(id);
            work.rumorId.push(m.id);
            work.actor.push(moderator.id);
            work.other.push(verifier);
            work.text.push(`Is this happening in ${m.place.en}?`);
            work.at.push(ts(step(1.5)));
            addAudit(moderator.id, 'verification.requested', 'Rumor', m.id, null, { requestId: id }, step(1.5));
          }
        }
      }
      if (m.status === 'AWAITING_APPROVAL' || m.status === 'PUBLISHED') {
        work.kind.push(m.status === 'PUBLISHED' ? 'draft-approved' : 'draft');
        work.id.push(randomUUID());
        work.rumorId.push(m.id);
        work.actor.push(moderator.id);
        work.other.push(m.status === 'PUBLISHED' ? admin.id : null);
        work.text.push('Официальные источники опровергают; видео старое.');
        work.at.push(ts(step(5)));
        addAudit(moderator.id, 'verdict.drafted', 'Rumor', m.id, null, { verdict: 'FALSE' }, step(5));
      }
      for (let c = 0, n = worked ? Math.floor(r() * 4) : 0; c < n; c++) {
        work.kind.push('comment');
        work.id.push(randomUUID());
        work.rumorId.push(m.id);
        work.actor.push(pick([moderator.id, admin.id], r));
        work.other.push(null);
        work.text.push(pick(COMMENTS, r));
        work.at.push(ts(step(1 + c)));
      }
    }

    await insertBatches(
      client,
      `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "priorityScore", "priorityLevel", "dueAt", "riskFlags", "highRisk",
                           "sightingCount", "settlementCount", "regionCodes", "firstSeenAt", "lastSeenAt", "assigneeId", "mergedIntoId", "dismissReason", "updatedAt")
       SELECT id, claim, nc, lang::"Language", st::"RumorStatus", ps, pl::"PriorityLevel", due, CASE WHEN fl = '' THEN '{}' ELSE string_to_array(fl, chr(31)) END, hr,
              sc, stc, string_to_array(rc, ','), fs, ls, asg, NULL, dr::"DismissReason", now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::timestamp[], $9::text[], $10::bool[],
                   $11::int[], $12::int[], $13::text[], $14::timestamp[], $15::timestamp[], $16::uuid[], $17::text[])
         AS t(id, claim, nc, lang, st, ps, pl, due, fl, hr, sc, stc, rc, fs, ls, asg, dr)`,
      [rum.id, rum.claim, rum.nc, rum.lang, rum.status, rum.score, rum.level, rum.due, rum.flags, rum.high, rum.sc, rum.stc, rum.regions, rum.fs, rum.ls, rum.assignee, rum.dismiss],
      'Rumor',
    );
    await client.query(
      `UPDATE "Rumor" m SET "mergedIntoId" = t.target FROM unnest($1::uuid[], $2::uuid[]) AS t(id, target) WHERE m.id = t.id`,
      [[...mergedInto.keys()], [...mergedInto.values()]],
    );
    await insertBatches(
      client,
      `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, script, "regionCode", "settlementId", "heardAt", "receivedAt")
       SELECT id, cid, code, ch::"ReportChannel", rid, text, norm, lang::"Language", script, region, sid, at, at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::timestamp[])
         AS t(id, cid, code, ch, rid, text, norm, lang, script, region, sid, at)`,
      [rep.id, rep.clientId, rep.code, rep.channel, rep.rumorId, rep.text, rep.norm, rep.lang, rep.script, rep.region, rep.settlement, rep.at],
      'Report',
    );
    await insertBatches(
      client,
      `INSERT INTO "AuditEvent" ("actorId", "actorLabel", action, "entityType", "entityId", before, after, "createdAt")
       SELECT a, l, act, et, eid, b::jsonb, af::jsonb, at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamp[]) AS t(a, l, act, et, eid, b, af, at)`,
      [audit.actorId, audit.actorLabel, audit.action, audit.entityType, audit.entityId, audit.before, audit.after, audit.at],
      'AuditEvent',
    );
    // Evidence, field tasks, verdict drafts and comments from one column set.
    const w = [work.id, work.rumorId, work.actor, work.other, work.text, work.at, work.kind];
    const unnestWork = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamp[], $7::text[]) AS t(id, rid, actor, other, body, at, kind)`;
    await insertBatches(
      client,
      `INSERT INTO "Evidence" (id, "rumorId", "adHocSourceName", excerpt, stance, "obtainedAt", "createdById", "createdAt")
       SELECT id, rid, 'Акимат', body, other::"EvidenceStance", at, actor, at FROM ${unnestWork} WHERE kind = 'evidence'`,
      w,
      'work rows → Evidence',
    );
    await insertBatches(
      client,
      `INSERT INTO "VerificationRequest" (id, "rumorId", question, "dueAt", "assigneeId", status, "requestedById", "createdAt")
       SELECT id, rid, body, at + interval '1 day', other::uuid, 'OPEN', actor, at FROM ${unnestWork} WHERE kind = 'request'`,
      w,
      'work rows → VerificationRequest',
    );
    await insertBatches(
      client,
      `INSERT INTO "VerdictDraft" (id, "rumorId", verdict, rationale, status, "draftedById", "reviewedById", "reviewedAt", "createdAt", "updatedAt")
       SELECT id, rid, 'FALSE', body, CASE WHEN kind = 'draft' THEN 'AWAITING_APPROVAL' ELSE 'APPROVED' END::"VerdictDraftStatus", actor, other::uuid,
              CASE WHEN kind = 'draft' THEN NULL ELSE at END, at, at
       FROM ${unnestWork} WHERE kind LIKE 'draft%'`,
      w,
      'work rows → VerdictDraft',
    );
    await insertBatches(
      client,
      `INSERT INTO "Comment" (id, "rumorId", "authorId", body, "createdAt") SELECT id, rid, actor, body, at FROM ${unnestWork} WHERE kind = 'comment'`,
      w,
      'work rows → Comment',
    );
    // A notice for each published rumour (one version, in the rumour's language), so intake's
    // "already checked?" search has something to find.
    await client.query(
      `WITH n AS (
         INSERT INTO "Notice" (id, "rumorId", slug, verdict, status, "regionCodes", "currentVersion", "firstPublishedAt", "lastPublishedAt", "updatedAt")
         SELECT gen_random_uuid(), id, 'bench-' || id, 'FALSE', 'PUBLISHED', "regionCodes", 1, "firstSeenAt" + interval '6 hours', "firstSeenAt" + interval '6 hours', now()
         FROM "Rumor" WHERE status = 'PUBLISHED' RETURNING id, "rumorId", "firstPublishedAt", "regionCodes"
       ), v AS (
         INSERT INTO "NoticeVersion" (id, "noticeId", version, verdict, "regionCodes", "publishedAt")
         SELECT gen_random_uuid(), n.id, 1, 'FALSE', n."regionCodes", n."firstPublishedAt" FROM n RETURNING id, "noticeId"
       )
       INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "smsText", "searchText")
       SELECT gen_random_uuid(), v.id, m.language, left(m.claim, 200), 'Ложь. Акимат: информация не подтвердилась.', m.claim, left(m.claim, 70), m."normalizedClaim"
       FROM v JOIN n ON n.id = v."noticeId" JOIN "Rumor" m ON m.id = n."rumorId"`,
    );

    const began = performance.now();
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of trigramIndexes) await client.query(index.indexdef);
    await client.query('SELECT raspa_rebuild_search_words()');
    for (const table of WORD_INDEXED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await client.query('VACUUM ANALYZE');
    process.stderr.write(`  trigram indexes, word indexes rebuilt and VACUUM ANALYZE in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
    return { rumours, staff: { admin, moderator: moderatorOf.get('KZ-61')!, moderators, verifiers: verifierActors.map((v) => v.id) } };
  } finally {
    await client.end();
  }
}

/** What a moderator types into the inbox search: a place name or two words of a claim. */
function inboxQuery(rumour: RumourSeed, r: () => number): string {
  const language = pick(LANGUAGE_MIX, r);
  const place = language === 'en' ? rumour.place.en : language === 'ru' ? rumour.place.ruIn.replace(/^(в|на) /, '') : rumour.place.kkLoc;
  if (r() < 0.5 && place.length >= 3) return place;
  const words = rumour.claim[language].split(/\s+/).filter((w) => w.length > 3);
  const start = Math.floor(r() * Math.max(1, words.length - 1));
  const q = words.slice(start, start + 2).join(' ');
  return q.length >= 3 ? q : rumour.place.en;
}

/** The inbox page's rumour ids with the search written as one OR (before 9cb7115), for --reference. */
async function referenceInboxPage(db: Db, actor: Actor, rawInput: ListInboxInput, now: Date): Promise<string[]> {
  const input = listInboxInput.parse(rawInput);
  const rows = await db.rumor.findMany({
    where: { AND: [rumorScopeFilter(actor), ...inboxWhere(actor, input, now)] },
    orderBy: [{ priorityScore: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: { id: true },
  });
  return rows.slice(0, input.limit).map((r) => r.id);
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const began = performance.now();
  const result = await work();
  return [performance.now() - began, result];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const r = seededRandom(args.seed);
  const now = new Date();
  const postgres = await startThrowawayPostgres({ name: 'moderation', port: args.port });
  try {
    const url = await postgres.createDatabase('bench_moderation');
    process.stderr.write(`Generating and loading ${args.rumours} rumours, ${args.reports} reports…\n`);
    const loadStart = performance.now();
    const { rumours, staff } = await load(url, args, r, now);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const sizes = await (async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const tables = ['Rumor', 'Report', 'AuditEvent', 'Evidence', 'VerificationRequest', 'VerdictDraft', 'Comment', 'Notice', 'User'];
        const counts: string[] = [];
        for (const t of tables) counts.push(`${t} ${(await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0]?.n}`);
        return counts.join(', ');
      } finally {
        await c.end();
      }
    })();

    const db: Db = createPrismaClient(url, 10);
    const rows: [string, ReturnType<typeof summarize>, string][] = [];
    try {
      clearSettingsCache();
      clearPlaceCache();
      clearRiskTermCache();
      const loadBefore = loadAverage();
      const open = rumours.filter((m) => m.status !== 'MERGED');
      const moderatorRumours = open.filter((m) => m.regions.includes('KZ-61'));

      // Inbox first page.
      const inboxCases: [string, Actor, () => ListInboxInput, string][] = [
        ['inbox: admin, no filter', staff.admin, () => ({}), 'p95 ≤ 100'],
        ['inbox: regional moderator (KZ-61), no filter', staff.moderator, () => ({}), 'p95 ≤ 100'],
        ['inbox: admin, region + open statuses + q', staff.admin, () => { const m = pick(open, r); return { regionCode: m.place.region, status: ['NEW', 'INVESTIGATING'], q: inboxQuery(m, r) }; }, 'p95 ≤ 100'],
        ['inbox: moderator, high/critical + q', staff.moderator, () => ({ priority: ['CRITICAL', 'HIGH', 'NORMAL'], q: inboxQuery(pick(moderatorRumours, r), r) }), 'p95 ≤ 100'],
        ['inbox: admin, q only', staff.admin, () => ({ q: inboxQuery(pick(open, r), r) }), 'p95 ≤ 100'],
      ];
      const slowInbox: { ms: number; label: string; input: ListInboxInput }[] = [];
      let compared = 0;
      let samePage = 0;
      for (const [label, actor, input, target] of inboxCases) {
        for (let i = 0; i < 10; i++) await listInboxRumors(db, actor, input(), now); // warm-up
        const times: number[] = [];
        const referenceTimes: number[] = [];
        for (let i = 0; i < args.runs; i++) {
          const chosen = input();
          const [took, page] = await time(() => listInboxRumors(db, actor, chosen, now));
          times.push(took);
          slowInbox.push({ ms: took, label, input: chosen });
          if (args.reference && chosen.q) {
            const [refTook, expected] = await time(() => referenceInboxPage(db, actor, chosen, now));
            referenceTimes.push(refTook);
            compared++;
            if (expected.join() === page.items.map((m) => m.id).join()) samePage++;
          }
        }
        rows.push([label, summarize(times), target]);
        if (referenceTimes.length) rows.push(['  reference: the search as one OR (before)', summarize(referenceTimes), '']);
      }

      // Rumour page: the biggest rumours plus a random sample, as an admin.
      const biggest = [...open].sort((a, b) => b.sightings - a.sightings).slice(0, 10);
      const sample = [...biggest, ...shuffled(open, r).slice(0, args.runs - biggest.length)];
      const page = { all: [] as number[], detail: [] as number[], similar: [] as number[], history: [] as number[], verification: [] as number[], big: [] as number[] };
      const slowPage: { ms: number; id: string; sightings: number; part: string }[] = [];
      for (const m of shuffled(open, r).slice(0, 10)) await getRumorDetail(db, staff.admin, m.id, now); // warm-up
      for (const m of sample) {
        const [all] = await time(() => Promise.all([getRumorDetail(db, staff.admin, m.id, now), findSimilarRumors(db, staff.admin, { id: m.id }), getRumorHistory(db, staff.admin, { id: m.id }), getRumorVerification(db, staff.admin, m.id)]));
        page.all.push(all);
        if (biggest.includes(m)) page.big.push(all);
        const parts: [keyof typeof page, () => Promise<unknown>][] = [
          ['detail', () => getRumorDetail(db, staff.admin, m.id, now)],
          ['similar', () => findSimilarRumors(db, staff.admin, { id: m.id })],
          ['history', () => getRumorHistory(db, staff.admin, { id: m.id })],
          ['verification', () => getRumorVerification(db, staff.admin, m.id)],
        ];
        for (const [part, run] of parts) {
          const [took] = await time(run);
          page[part].push(took);
          slowPage.push({ ms: took, id: m.id, sightings: m.sightings, part });
        }
      }
      rows.push(['rumour page: all four in parallel', summarize(page.all), 'p95 ≤ 150']);
      rows.push(['  … of which the 10 biggest rumours', summarize(page.big), '']);
      rows.push(['  getRumorDetail alone', summarize(page.detail), '']);
      rows.push(['  findSimilarRumors alone', summarize(page.similar), '']);
      rows.push(['  getRumorHistory alone', summarize(page.history), '']);
      rows.push(['  getRumorVerification alone', summarize(page.verification), '']);

      // Clustering: new reports of recent claims (80 %) and of new ones (20 %), as at intake.
      const recent = open.filter((m) => m.lastSeen.getTime() > now.getTime() - 14 * DAY && m.status !== 'DISMISSED');
      const newReport = () => {
        const { claim, place } = r() < 0.8 ? pick(recent, r) : makeClaim(r);
        const { text } = reportText(claim, pick(LANGUAGE_MIX, r), r);
        return { text, regionCode: r() < 0.9 ? place.region : undefined };
      };
      const clusterTimes: number[] = [];
      const clusterTx: number[] = [];
      const referenceCluster: number[] = [];
      let sameRumour = 0;
      let joined = 0;
      for (let i = 0; i < 20 + args.clusterRuns; i++) {
        const { text, regionCode } = newReport();
        const input = { normalizedText: normalizeReportText(text), regionCode, now };
        let inner = 0;
        const [outer, found] = await time(() =>
          db.$transaction(async (tx) => {
            const [took, candidate] = await time(() => findClusterCandidate(tx, input));
            inner = took;
            return candidate;
          }),
        );
        if (i < 20) continue; // warm-up
        clusterTimes.push(inner);
        clusterTx.push(outer);
        if (found) joined++;
        if (args.reference) {
          const [refTook, expected] = await time(() => db.$transaction((tx) => findClusterCandidate(tx, input, { exhaustive: true })));
          referenceCluster.push(refTook);
          if (expected?.rumorId === found?.rumorId) sameRumour++;
        }
      }
      rows.push(['findClusterCandidate', summarize(clusterTimes), 'p95 ≤ 50']);
      rows.push(['  incl. its transaction', summarize(clusterTx), '']);
      if (referenceCluster.length) rows.push(['  reference: exhaustive scan (in its tx)', summarize(referenceCluster), '']);

      // Full intake: validation, "already checked?" search, risk terms, clustering, insert, stats, audit.
      const encryptionKey = randomBytes(32).toString('base64');
      // Intake stores; the worker clusters (one report per transaction). Both halves timed.
      const submitTimes: number[] = [];
      const workerTimes: number[] = [];
      for (let i = 0; i < 10 + args.runs; i++) {
        const { text, regionCode } = newReport();
        const [took] = await time(() => submitReport(db, { clientId: randomUUID(), text, regionCode: regionCode as RegionCode | undefined }, { channel: 'WEB', encryptionKey, now: new Date() }));
        const [clusterTook] = await time(() => clusterPendingReports(db, { limit: 1 }));
        if (i >= 10) submitTimes.push(took);
        if (i >= 10) workerTimes.push(clusterTook);
      }
      rows.push(['submitReport (intake: store + answer)', summarize(submitTimes), '']);
      rows.push(['worker: cluster one stored report', summarize(workerTimes), '']);

      console.log(`PostgreSQL: ${postgres.version}`);
      console.log(`Data: ${sizes}; generated and loaded in ${loadSeconds.toFixed(0)} s (seed ${args.seed})`);
      console.log(`Biggest rumours: ${biggest.map((m) => m.sightings).join(', ')} reports; regional moderator sees ${moderatorRumours.length} rumours of KZ-61`);
      console.log(`Load average (1/5/15 min) before timing: ${loadBefore}; after: ${loadAverage()} (2 cores shared with other work)\n`);
      console.log('measure                                       |    n |  p50 ms |  p95 ms |  p99 ms |  max ms | target');
      console.log('----------------------------------------------|------|---------|---------|---------|---------|-------');
      for (const [label, s, target] of rows) {
        console.log(`${label.padEnd(46)}| ${String(s.n).padStart(4)} | ${ms(s.p50).padStart(7)} | ${ms(s.p95).padStart(7)} | ${ms(s.p99).padStart(7)} | ${ms(s.max).padStart(7)} | ${target}`);
      }
      console.log(`\nClustering lookups that found a rumour: ${joined}/${args.clusterRuns}`);
      if (compared) console.log(`Inbox search vs the OR form: same first page ${samePage}/${compared}`);
      if (referenceCluster.length) console.log(`Clustering vs exhaustive scan: same rumour (or both none) ${sameRumour}/${referenceCluster.length}`);
      slowInbox.sort((a, b) => b.ms - a.ms);
      slowPage.sort((a, b) => b.ms - a.ms);
      console.log('Slowest inbox calls:', slowInbox.slice(0, 3).map((s) => `${s.ms.toFixed(0)} ms ${s.label} ${JSON.stringify(s.input)}`).join(' | '));
      console.log('Slowest rumour-page parts:', slowPage.slice(0, 3).map((s) => `${s.ms.toFixed(0)} ms ${s.part} ${s.id} (${s.sightings} reports)`).join(' | '));

      if (args.hold) {
        console.log(`\nDatabase: ${url}\nCtrl-C stops the server and deletes its files.`);
        await new Promise(() => {}); // until Ctrl-C: startThrowawayPostgres cleans up on SIGINT
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await postgres.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
