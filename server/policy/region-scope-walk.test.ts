// The out-of-region walk: a Mangystau moderator — with the contact permission, so with the widest
// view a moderator can have — walks everything a moderator can reach: every tRPC query, every
// read use case the admin pages call, every staff HTTP route, and the staff live stream. Another
// region's work (Turkistan) and the national queue (what no region claims) are seeded next to
// Mangystau's with words and ids that must never come back; Mangystau's own must (so the walk is
// not vacuous). The walk is built so it cannot go stale: it enumerates the router's queries, the
// read use cases in server/ and the staff route files in app/, and fails on one it does not walk.
import { TRPCError } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMyAccount } from '../account/overview';
import { listMySessions } from '../account/sessions';
import { handleEvidenceFileDownload, handleEvidenceFileUpload } from '../api/evidence-files';
import { handleStaffExport } from '../api/staff-exports';
import { handleStaffSearchPost } from '../api/staff-search-form';
import { handleAuditLogCsv } from '../api/audit-log';
import { exportAuditEvents, listAuditActors, listAuditEvents } from '../audit/list-audit-events';
import { exportReports, exportRumors } from '../exports/staff-export';
import { getDraftReport, listTransparencyReports } from '../transparency/list-reports';
import { handleReportPhotoGet } from '../api/report-photos';
import { handleStaffEvents } from '../api/staff-events';
import { getSmppSettingsForm } from '../channels/smpp/settings';
import { listGatewaySecrets } from '../channels/sms/gateway-secrets';
import { listGatewayPhones, listSmsLog } from '../channels/sms/message-log';
import { sealPhone } from '../channels/sms/phone';
import { getTelegramBotStatus } from '../channels/telegram/admin';
import { serverEnv } from '../config/env';
import { encryptText } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import { EventHub } from '../live/events';
import { listLexicon } from '../lexicon/list-lexicon';
import { clusterPendingReports } from '../reports/cluster-pending-reports';
import { submitReport } from '../reports/submit-report';
import { readReportPhoto } from '../rumors/read-report-photo';
import { listPrioritySettings } from '../settings/list-priority-settings';
import { listStaff } from '../staff/list-staff';
import { loadSignedInStaff } from '../staff/load-actor';
import { listWebhooks } from '../subscriptions/webhooks';
import { signedInApiDeps, TEST_PUBLIC_ORIGIN } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff, sessionFor } from '../testing/fixtures';
import { sseReader } from '../testing/sse-reader';
import { normalizeReportText } from '../text';
import { appRouter, createCaller } from '../trpc/app-router';
import { readEvidenceFile } from '../verification/read-evidence-file';
import { handleTaskAnswer, handleTaskAnswerCorrection } from '../api/verification-answers';
import type { Actor } from './index';

const t = setupTestDatabase();
const KEY = () => serverEnv().RASPA_ENCRYPTION_KEY;

/** Words only Mangystau's own data carries (they must be seen), and words of what must not be. */
const OWN = 'OWNMANGYSTAU47';
const FOREIGN = 'FOREIGNTURKISTAN61';
const NATIONAL = 'NATIONALQUEUE00';

interface RegionWorld {
  marker: string;
  moderator: Awaited<ReturnType<typeof createStaff>>;
  verifier: Awaited<ReturnType<typeof createStaff>>;
  rumorId: string;
  reportIds: string[];
  trackingCodes: string[];
  photoId: string;
  evidenceId: string;
  evidenceFileId: string;
  sourceId: string;
  taskId: string;
  noticeId: string;
  phone: string;
}

/**
 * One region's work: a rumour under investigation whose claim reads like the others' (so any search
 * or similarity list would surface them all without scope), its reports (one with a contact and a
 * photo), evidence with a file, a source, a field task, a verdict waiting for approval, a notice
 * draft, a comment, a saved inbox filter, an SMS report and its reply. `regionCodes` empty: the
 * national queue (a report that chose no region and names no known place).
 */
async function seedRegionWorld(db: Db, marker: string, regionCodes: string[]): Promise<RegionWorld> {
  const moderator = await createStaff(db, 'MODERATOR', regionCodes, { nationalQueue: regionCodes.length === 0 });
  await db.user.update({ where: { id: moderator.id }, data: { name: `Moderator ${marker}` } });
  const verifier = await createStaff(db, 'VERIFIER', regionCodes.length ? regionCodes : ['KZ-10']);
  await db.user.update({ where: { id: verifier.id }, data: { name: `Verifier ${marker}` } });
  const claim = `Говорят, закроют морской порт и рынок ${marker}`;
  const now = new Date();
  const rumor = await db.rumor.create({
    data: { claim, normalizedClaim: normalizeReportText(claim), language: 'ru', status: 'INVESTIGATING', regionCodes, firstSeenAt: now, lastSeenAt: now, sightingCount: 2, priorityLevel: 'HIGH', dueAt: new Date(now.getTime() - 3600_000) },
  });
  const phone = `+7701${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const reportIds: string[] = [];
  const trackingCodes: string[] = [];
  for (const [i, withContact] of [true, false].entries()) {
    const trackingCode = `${marker.slice(0, 4)}${i}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();
    const text = `Слышал: закроют морской порт и рынок ${marker} номер ${i}`;
    const report = await db.report.create({
      data: {
        clientId: randomUUID(),
        trackingCode,
        channel: i === 0 ? 'SMS' : 'WEB',
        rumorId: rumor.id,
        text,
        normalizedText: normalizeReportText(text),
        language: 'ru',
        regionCode: regionCodes[0] ?? null,
        heardAt: now,
        wantsFeedback: withContact,
        contactKind: withContact ? 'PHONE' : null,
        contactCipher: withContact ? encryptText(phone, KEY()) : null,
      },
    });
    reportIds.push(report.id);
    trackingCodes.push(trackingCode);
  }
  const photo = await db.storedFile.create({ data: { mimeType: 'image/webp', byteSize: 4, sha256: marker, data: Buffer.from('RIFF'), reportId: reportIds[0]! } });
  const source = await db.source.create({ data: { name: `Akimat ${marker}`, type: 'AKIMAT', regionCodes: regionCodes.length ? regionCodes : ['KZ-10'], reliability: 4, contact: `+7 7172 ${marker}` } });
  const evidence = await db.evidence.create({ data: { rumorId: rumor.id, sourceId: source.id, excerpt: `Порт работает ${marker}`, stance: 'REFUTES', obtainedAt: now, createdById: moderator.id } });
  const evidenceFile = await db.storedFile.create({ data: { mimeType: 'application/pdf', byteSize: 4, sha256: `${marker}pdf`, data: Buffer.from('%PDF'), evidenceId: evidence.id } });
  const task = await db.verificationRequest.create({ data: { rumorId: rumor.id, question: `Закрыт ли рынок ${marker}?`, dueAt: new Date(now.getTime() + 3600_000), assigneeId: verifier.id, requestedById: moderator.id } });
  await db.verdictDraft.create({ data: { rumorId: rumor.id, verdict: 'FALSE', rationale: `Опровергнуто ${marker}`, status: 'AWAITING_APPROVAL', draftedById: moderator.id } });
  await db.comment.create({ data: { rumorId: rumor.id, authorId: moderator.id, body: `Звоню в акимат ${marker}` } });
  await db.savedFilter.create({ data: { userId: moderator.id, name: `Filter ${marker}`, query: { q: marker } } });
  const notice = await db.notice.create({
    data: {
      rumorId: rumor.id,
      slug: `draft-${marker.toLowerCase()}`,
      verdict: 'FALSE',
      status: 'DRAFT',
      regionCodes,
      versions: {
        create: {
          version: 1,
          verdict: 'FALSE',
          regionCodes,
          translations: {
            create: (['kk', 'ru', 'en'] as const).map((language) => ({ language, title: `Title ${marker}`, summary: `Summary ${marker}`, body: `Body ${marker}`, smsText: `SMS ${marker}`, searchText: marker.toLowerCase() })),
          },
        },
      },
    },
  });
  // The SMS the first report came in as, and the reply that answered it.
  const sealed = sealPhone(phone, KEY());
  await db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'INBOUND', status: 'RECEIVED', ...sealed, text: `Закроют порт ${marker}`, reportId: reportIds[0]!, deviceId: 'walk-phone' } });
  await db.smsMessage.create({ data: { uuid: randomUUID(), direction: 'OUTBOUND', status: 'SENT', ...sealed, text: `Raspa: принято ${trackingCodes[0]}`, reportId: reportIds[0]! } });
  return { marker, moderator, verifier, rumorId: rumor.id, reportIds, trackingCodes, photoId: photo.id, evidenceId: evidence.id, evidenceFileId: evidenceFile.id, sourceId: source.id, taskId: task.id, noticeId: notice.id, phone };
}

const world = {} as { own: RegionWorld; foreign: RegionWorld; national: RegionWorld };
let me: Actor;
let caller: ReturnType<typeof createCaller>;
let deps: ReturnType<typeof signedInApiDeps>;
let hub: EventHub;

/** What one step of the walk saw; refusals are recorded as such. */
const seen = new Map<string, unknown>();

/** A refusal (403/404) is the right answer to a request about another region's thing. */
async function refusedOr<T>(work: Promise<T>): Promise<T | 'refused'> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) return 'refused';
    if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) return 'refused';
    throw error;
  }
}

async function responseOf(response: Response): Promise<unknown> {
  if (response.status === 403 || response.status === 404) return 'refused';
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()).toString('latin1') };
}

type Step = () => Promise<unknown>;

/**
 * Every tRPC query, called the ways that could reach another region's data. A query added to the
 * router without a row here fails the first test.
 */
const TRPC_QUERIES: Record<string, Step> = {
  'dashboard.summary': () => caller.dashboard.summary({}),
  'lexicon.list': () => refusedOr(caller.lexicon.list()),
  // The lexicon is region-independent and the admins' alone: a moderator is refused every class.
  'lexicon.classConcepts': async () => [await refusedOr(caller.lexicon.classConcepts({ contrastClass: 'settlement' })), await refusedOr(caller.lexicon.classConcepts({ contrastClass: null }))],
  'notices.getForEditing': async () => [await refusedOr(caller.notices.getForEditing({ rumorId: world.foreign.rumorId })), await refusedOr(caller.notices.getForEditing({ rumorId: world.national.rumorId }))],
  'notices.listForRumor': async () => [
    await caller.notices.listForRumor({ rumorId: world.own.rumorId }),
    await refusedOr(caller.notices.listForRumor({ rumorId: world.foreign.rumorId })),
    await refusedOr(caller.notices.listForRumor({ rumorId: world.national.rumorId })),
  ],
  'rumors.inbox': async () => [
    await caller.rumors.inbox({}),
    await caller.rumors.inbox({ regionCode: 'KZ-61' }),
    await caller.rumors.inbox({ q: FOREIGN }),
    await caller.rumors.inbox({ q: 'закроют морской порт' }),
    await caller.rumors.inbox({ assignee: world.foreign.moderator.id }),
    await caller.rumors.inbox({ status: ['INVESTIGATING'], overdue: true }),
  ],
  // Staff's own notifications: written only for what they may open, and re-scoped when read.
  'notifications.list': async () => [await caller.notifications.list({}), await caller.notifications.list({ unread: true })],
  'notifications.unreadCount': () => caller.notifications.unreadCount(),
  'notifications.settings': () => caller.notifications.settings(),
  // Whether one's own Telegram is linked: nothing about rumours at all.
  'notifications.telegram': () => caller.notifications.telegram(),
  'rumors.detail': async () => [
    await caller.rumors.detail({ id: world.own.rumorId }),
    await refusedOr(caller.rumors.detail({ id: world.foreign.rumorId })),
    await refusedOr(caller.rumors.detail({ id: world.national.rumorId })),
  ],
  'rumors.languageCandidates': async () => [await caller.rumors.languageCandidates({ id: world.own.rumorId }), await refusedOr(caller.rumors.languageCandidates({ id: world.foreign.rumorId }))],
  'rumors.mergePreview': async () => [
    await refusedOr(caller.rumors.mergePreview({ targetId: world.own.rumorId, sourceIds: [world.foreign.rumorId] })),
    await refusedOr(caller.rumors.mergePreview({ targetId: world.national.rumorId, sourceIds: [world.own.rumorId] })),
  ],
  'rumors.similar': async () => [await caller.rumors.similar({ id: world.own.rumorId }), await refusedOr(caller.rumors.similar({ id: world.foreign.rumorId }))],
  'rumors.history': async () => [
    await caller.rumors.history({ id: world.own.rumorId }),
    await refusedOr(caller.rumors.history({ id: world.foreign.rumorId })),
    await refusedOr(caller.rumors.history({ id: world.national.rumorId })),
  ],
  'rumors.listInboxFilters': () => caller.rumors.listInboxFilters(),
  'settings.priority': () => refusedOr(caller.settings.priority()),
  // Admins only; signing keys belong to no region.
  'signing.keys': () => refusedOr(caller.signing.keys()),
  'smpp.settings': () => refusedOr(caller.smpp.settings()),
  'smpp.status': () => caller.smpp.status(),
  'staff.assignableModerators': async () => [
    await caller.staff.assignableModerators({ regionCodes: ['KZ-47'] }),
    await refusedOr(caller.staff.assignableModerators({ regionCodes: ['KZ-61'] })),
    await refusedOr(caller.staff.assignableModerators({ regionCodes: [] })),
  ],
  'transparency.list': () => refusedOr(caller.transparency.list()),
  'verification.listSources': async () => [await caller.verification.listSources({}), await caller.verification.listSources({ regionCode: 'KZ-61' })],
  'verification.forRumor': async () => [
    await caller.verification.forRumor({ rumorId: world.own.rumorId }),
    await refusedOr(caller.verification.forRumor({ rumorId: world.foreign.rumorId })),
    await refusedOr(caller.verification.forRumor({ rumorId: world.national.rumorId })),
  ],
  'verification.myTasks': () => caller.verification.myTasks(),
};

/**
 * Every read use case in server/ that takes the acting staff member — what pages and components
 * call on the server — walked here, or through the tRPC query that calls it. Found by name
 * (list…, get…, find…, read…, preview…, …) in the source; a new one without a row fails.
 */
const READ_USE_CASES: Record<string, Step | { via: string } | { guard: string }> = {
  // The admin pages' own reads.
  listSmsLog: async () => [
    await listSmsLog(t.db, me, {}, KEY()),
    await listSmsLog(t.db, me, { q: FOREIGN }, KEY()),
    await listSmsLog(t.db, me, { q: 'Закроют порт' }, KEY()),
    await listSmsLog(t.db, me, { q: world.foreign.phone }, KEY()),
    await listSmsLog(t.db, me, { q: world.national.phone }, KEY()),
    await listSmsLog(t.db, me, { q: world.own.phone }, KEY()),
  ],
  listGatewayPhones: () => listGatewayPhones(t.db, me),
  listGatewaySecrets: () => refusedOr(listGatewaySecrets(t.db, me)),
  getSmppSettingsForm: () => refusedOr(getSmppSettingsForm(t.db, me, { passwordFromEnv: false })),
  getTelegramBotStatus: () => getTelegramBotStatus(t.db, me, { config: null, publicOrigin: 'https://raspa.example' }),
  listWebhooks: () => refusedOr(listWebhooks(t.db, me, { encryptionKey: KEY() })),
  listStaff: () => refusedOr(listStaff(t.db, me)),
  listLexicon: () => refusedOr(listLexicon(t.db, me)),
  listLexiconClass: { via: 'lexicon.classConcepts' },
  listPrioritySettings: () => refusedOr(listPrioritySettings(t.db, me)),
  getMyAccount: async () => getMyAccount(t.db, (await loadSignedInStaff(t.db, { userId: me.id, sessionId: (await deps.session())!.user.sessionId }))!),
  listMySessions: async () => listMySessions(t.db, (await loadSignedInStaff(t.db, { userId: me.id, sessionId: (await deps.session())!.user.sessionId }))!),
  readReportPhoto: async () => [await readReportPhoto(t.db, me, world.own.rumorId, world.own.photoId).then(() => 'own photo'), await refusedOr(readReportPhoto(t.db, me, world.foreign.rumorId, world.foreign.photoId))],
  readEvidenceFile: async () => [
    await readEvidenceFile(t.db, me, { evidenceId: world.own.evidenceId, fileId: world.own.evidenceFileId }).then(() => 'own file'),
    await refusedOr(readEvidenceFile(t.db, me, { evidenceId: world.foreign.evidenceId, fileId: world.foreign.evidenceFileId })),
    await refusedOr(readEvidenceFile(t.db, me, { evidenceId: world.national.evidenceId, fileId: world.national.evidenceFileId })),
  ],
  // Staff exports, also walked through their route below.
  exportRumors: async () => [await refusedOr(exportRumors(t.db, me, { regionCode: 'KZ-61' }, 'csv')), await exportRumors(t.db, me, {}, 'geojson')],
  exportReports: async () => [await refusedOr(exportReports(t.db, me, { regionCode: 'KZ-61' }, 'csv', 'ru')), await exportReports(t.db, me, {}, 'csv', 'ru')],
  // The audit log is the admins' alone.
  listAuditEvents: () => refusedOr(listAuditEvents(t.db, me, {})),
  listAuditActors: () => refusedOr(listAuditActors(t.db, me)),
  exportAuditEvents: () => refusedOr(exportAuditEvents(t.db, me, {})),
  // The transparency report's drafts are the admins' alone.
  listTransparencyReports: () => refusedOr(listTransparencyReports(t.db, me)),
  getDraftReport: () => refusedOr(getDraftReport(t.db, me, '2026-Q3')),
  // Reached through their tRPC query (walked above).
  listNotifications: { via: 'notifications.list' },
  countUnreadNotifications: { via: 'notifications.unreadCount' },
  getNotificationSettings: { via: 'notifications.settings' },
  getTelegramLink: { via: 'notifications.telegram' },
  getDashboardSummary: { via: 'dashboard.summary' },
  countOpenRumors: { via: 'dashboard.summary' },
  medianTimeToVerdict: { via: 'dashboard.summary' },
  reportActivity: { via: 'dashboard.summary' },
  topActiveRumors: { via: 'dashboard.summary' },
  getNoticeForEditing: { via: 'notices.getForEditing' },
  listRumorNotices: { via: 'notices.listForRumor' },
  listInboxRumors: { via: 'rumors.inbox' },
  getRumorDetail: { via: 'rumors.detail' },
  findLanguageCandidates: { via: 'rumors.languageCandidates' },
  previewMerge: { via: 'rumors.mergePreview' },
  findSimilarRumors: { via: 'rumors.similar' },
  getRumorHistory: { via: 'rumors.history' },
  listInboxFilters: { via: 'rumors.listInboxFilters' },
  getSmppStatus: { via: 'smpp.status' },
  listAssignableModerators: { via: 'staff.assignableModerators' },
  listSources: { via: 'verification.listSources' },
  getRumorVerification: { via: 'verification.forRumor' },
  listMyTasks: { via: 'verification.myTasks' },
  // Loaders inside write use cases: they refuse, they do not list (the authorisation matrix calls every write).
  loadRumorForAction: { guard: 'every rumour write checks scope through it' },
  loadNoticeForAction: { guard: 'every notice write checks scope through it' },
  loadReportToSplit: { guard: 'both splits check the report’s rumour through loadRumorForAction' },
};

/** Every staff route file in app/ (HTTP handlers outside tRPC), walked. */
const STAFF_ROUTES: Record<string, Step> = {
  'GET /api/admin/events': () => walkLiveStream(),
  'GET /api/admin/evidence/[id]/files/[fileId]': async () => [
    await responseOf(await handleEvidenceFileDownload(new Request('http://raspa.test/x'), deps, { id: world.foreign.evidenceId, fileId: world.foreign.evidenceFileId })),
    await responseOf(await handleEvidenceFileDownload(new Request('http://raspa.test/x'), deps, { id: world.national.evidenceId, fileId: world.national.evidenceFileId })),
  ],
  'POST /api/admin/evidence/[id]/files': async () => {
    const body = new FormData();
    body.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'x.pdf');
    return responseOf(await handleEvidenceFileUpload(new Request('http://raspa.test/x', { method: 'POST', body }), deps, { id: world.foreign.evidenceId }));
  },
  // Answers: only a task's assignee, so another region's task is refused (and an answer reveals nothing of it).
  ...Object.fromEntries(
    (['POST', 'PUT'] as const).map((method) => [
      `${method} /api/admin/tasks/[id]/answer`,
      async () => {
        const body = new FormData();
        body.set(method === 'POST' ? 'answer' : 'correction', JSON.stringify({ clientId: randomUUID(), answer: 'DENIES' }));
        const handler = method === 'POST' ? handleTaskAnswer : handleTaskAnswerCorrection;
        return [
          await responseOf(await handler(new Request('http://raspa.test/x', { method, body }), deps, { id: world.foreign.taskId })),
          await responseOf(await handler(new Request('http://raspa.test/x', { method, body }), deps, { id: world.national.taskId })),
        ];
      },
    ]),
  ),
  // The staff search forms seal the typed words for the searcher and send them back to the page: the route reads
  // no region's data itself (the page it returns to is walked as the SMS log and risk-term queries above).
  'POST /api/admin/search': async () =>
    responseOf(
      await handleStaffSearchPost(
        new Request(`${TEST_PUBLIC_ORIGIN}/api/admin/search`, {
          method: 'POST',
          headers: { origin: TEST_PUBLIC_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ page: 'sms-log', locale: 'ru', q: 'Жанаозен' }).toString(),
        }),
        deps,
      ),
    ),
  'GET /api/admin/audit/events.csv': async () => responseOf(await handleAuditLogCsv(new Request('http://raspa.test/x'), deps)),
  'GET /api/admin/export/[file]': async () => [
    await responseOf(await handleStaffExport(new Request('http://raspa.test/x?region=KZ-61'), deps, { file: 'rumors.csv' })),
    await responseOf(await handleStaffExport(new Request('http://raspa.test/x'), deps, { file: 'rumors.geojson' })),
    await responseOf(await handleStaffExport(new Request('http://raspa.test/x'), deps, { file: 'reports.csv' })),
  ],
  'GET /[locale]/admin/rumors/[id]/photos/[fileId]': async () => [
    await responseOf(await handleReportPhotoGet(new Request('http://raspa.test/x'), deps, { id: world.foreign.rumorId, fileId: world.foreign.photoId })),
    await responseOf(await handleReportPhotoGet(new Request('http://raspa.test/x'), deps, { id: world.national.rumorId, fileId: world.national.photoId })),
  ],
};

/**
 * The live stream while reports arrive in the three worlds: Turkistan's and the national queue's
 * are committed first, Mangystau's last; events reach a stream in commit order, so the first event
 * this moderator gets must be Mangystau's — the others never reached them.
 */
async function walkLiveStream(): Promise<unknown> {
  const abort = new AbortController();
  const response = await handleStaffEvents(new Request('http://raspa.test/api/admin/events', { signal: abort.signal }), { ...deps, liveEvents: hub });
  const stream = sseReader(response);
  expect(await stream.next()).toBe('retry: 5000\n: connected');
  const submit = (text: string, regionCode?: 'KZ-47' | 'KZ-61') => submitReport(t.db, { clientId: randomUUID(), text, regionCode }, { channel: 'API', encryptionKey: KEY() });
  await submit(`В Шымкенте закроют рынок ${FOREIGN}`, 'KZ-61');
  await clusterPendingReports(t.db);
  await submit(`По всей стране поднимут цены на муку ${NATIONAL}`);
  await clusterPendingReports(t.db);
  await submit(`В Жанаозене закроют рынок ${OWN}`);
  const clustered = await clusterPendingReports(t.db);
  const first = await stream.next();
  abort.abort();
  expect(first).toMatch(/^event: report.created\nid: [0-9a-f]+\.\d+\ndata: /);
  expect(first.replace(/^id: .*\n/m, '')).toBe(`event: report.created\ndata: ${JSON.stringify({ rumorId: clustered[0]!.rumorId })}`);
  const ownRumor = await t.db.rumor.findUniqueOrThrow({ where: { id: clustered[0]!.rumorId } });
  expect(ownRumor.regionCodes).toEqual(['KZ-47']);
  return first;
}

/** Every exported `(db, actor, …)` function in server/ whose name says it reads. */
function readUseCasesInSource(): string[] {
  const root = path.resolve(import.meta.dirname, '..');
  const found: string[] = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('db/generated') || file.startsWith('testing')) continue;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/export (?:async )?function ((?:list|get|find|search|read|preview|count|median|report|top|load|export)[A-Z]\w*)\(\s*(?:db|tx): (?:Db|DbTx)\b[^,]*,\s*_?(?:actor|me): (?:Actor|SignedInStaff)\b/g)) {
      found.push(match[1]!);
    }
  }
  return found.sort();
}

/** "METHOD /path" of every route file in app/ that works for signed-in staff (it reads the staff session). */
function staffRoutesInApp(): string[] {
  const app = path.resolve(import.meta.dirname, '../../app');
  const handlers = path.resolve(import.meta.dirname, '../api');
  const staffHandlers = new Set(
    fs
      .readdirSync(handlers)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => {
        const source = fs.readFileSync(path.join(handlers, f), 'utf8');
        return /requireStaff(Actor|Session)\(/.test(source) ? [...source.matchAll(/export (?:async )?function (handle\w+)/g)].map((m) => m[1]!) : [];
      }),
  );
  const routes: string[] = [];
  for (const file of fs.readdirSync(app, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(file) !== 'route.ts') continue;
    const source = fs.readFileSync(path.join(app, file), 'utf8');
    const urlPath = `/${path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`;
    for (const line of source.split('\n').filter((l) => l.startsWith('export '))) {
      const method = /\b(GET|POST|PUT|PATCH|DELETE)\b/.exec(line)?.[1];
      const handler = [...staffHandlers].find((name) => source.includes(name) && new RegExp(`${method}[^\\n]*${name}|${name}[^\\n]*${method}`).test(source));
      if (method && handler) routes.push(`${method} ${urlPath}`);
    }
  }
  return routes.sort();
}

beforeAll(async () => {
  hub = new EventHub(t.url);
  world.own = await seedRegionWorld(t.db, OWN, ['KZ-47']);
  world.foreign = await seedRegionWorld(t.db, FOREIGN, ['KZ-61']);
  world.national = await seedRegionWorld(t.db, NATIONAL, []);
  const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47'], { canViewContacts: true });
  me = asActor(moderator);
  const session = await sessionFor(t.db, moderator);
  caller = createCaller({ db: t.db, session, requestId: 'walk' });
  deps = signedInApiDeps(t, moderator, { session: async () => session, liveEvents: hub });
  await t.db.rumor.update({ where: { id: world.own.rumorId }, data: { assigneeId: moderator.id } });
  // A second Mangystau rumour of the same wording: "similar rumours" has something of its own to show.
  const twin = `Говорят, закроют морской порт и рынок ${OWN} снова`;
  await t.db.rumor.create({ data: { claim: twin, normalizedClaim: normalizeReportText(twin), language: 'ru', status: 'NEW', regionCodes: ['KZ-47'], firstSeenAt: new Date(), lastSeenAt: new Date() } });
});
afterAll(() => expect(hub.subscriberCount).toBe(0));

const queryProcedures = () =>
  Object.entries(appRouter._def.procedures)
    .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === 'query')
    .map(([name]) => name)
    .sort();

describe('the out-of-region walk', () => {
  it('knows every query, every read use case and every staff route (a new one must be added here)', () => {
    expect(queryProcedures()).toEqual(Object.keys(TRPC_QUERIES).sort());
    expect(readUseCasesInSource()).toEqual(Object.keys(READ_USE_CASES).sort());
    for (const [name, row] of Object.entries(READ_USE_CASES)) if ('via' in row) expect(TRPC_QUERIES, name).toHaveProperty([row.via]);
    expect(staffRoutesInApp()).toEqual(Object.keys(STAFF_ROUTES).sort());
  });

  it('a Mangystau moderator sees nothing of Turkistan nor of the national queue — and sees Mangystau', async () => {
    const steps: [string, Step][] = [
      ...Object.entries(TRPC_QUERIES).map(([name, step]) => [`trpc ${name}`, step] as [string, Step]),
      ...Object.entries(READ_USE_CASES).flatMap(([name, row]) => (typeof row === 'function' ? [[`read ${name}`, row] as [string, Step]] : [])),
      ...Object.entries(STAFF_ROUTES).map(([name, step]) => [`route ${name}`, step] as [string, Step]),
    ];
    for (const [name, step] of steps) seen.set(name, await step());

    const secrets = (w: RegionWorld) => [w.marker, w.rumorId, ...w.reportIds, ...w.trackingCodes, w.photoId, w.evidenceId, w.evidenceFileId, w.sourceId, w.taskId, w.noticeId, w.phone, w.phone.slice(-7), w.moderator.id, w.verifier.id];
    for (const [name, result] of seen) {
      const text = JSON.stringify(result, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
      for (const secret of [...secrets(world.foreign), ...secrets(world.national)]) expect(text.toLowerCase(), `${name} shows ${secret}`).not.toContain(secret.toLowerCase());
    }

    // The walk read real data: Mangystau's own shows up where it should.
    const own = (name: string) => JSON.stringify(seen.get(name));
    for (const name of ['trpc rumors.inbox', 'trpc rumors.detail', 'trpc rumors.similar', 'trpc verification.forRumor', 'trpc verification.listSources', 'trpc notices.listForRumor', 'read listSmsLog']) {
      expect(own(name).toLowerCase(), name).toContain(OWN.toLowerCase());
    }
    expect(own('trpc rumors.detail')).toContain(world.own.phone); // the contact permission shows the reporter's number…
    expect(own('read listSmsLog')).toContain(world.own.phone); // …and the SMS log's, for this region only
    // Numbers are of this region too, not the country's.
    const dashboard = seen.get('trpc dashboard.summary') as { openRumors: { count: number }[]; overdue: number; topActive: { id: string }[] };
    const openOwn = await t.db.rumor.count({ where: { regionCodes: { has: 'KZ-47' }, status: { in: ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'] } } });
    expect(dashboard.openRumors.reduce((sum, cell) => sum + cell.count, 0)).toBe(openOwn);
    const smsLog = (seen.get('read listSmsLog') as { total: number }[])[0]!;
    expect(smsLog.total).toBe(await t.db.smsMessage.count({ where: { reportId: { in: world.own.reportIds } } }));
  });
});
