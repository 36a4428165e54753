// The authorisation matrix of the HTTP routes outside tRPC (tRPC's procedures have theirs in
// server/trpc/authorization-matrix.test.ts). Every route file under app/ is either a staff route
// with a row per kind of caller here, or listed as public with who may call it and why: a new
// route with neither fails the first test, so nobody adds an endpoint without deciding who may call it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachEvidenceFile } from '../verification/attach-evidence-file';
import { addEvidence } from '../verification/add-evidence';
import { asActor, createStaff } from '../testing/fixtures';
import { createInvestigatingRumor, createOpenTask } from '../testing/verification';
import { answerVerification } from '../verification/answer-verification';
import { EventHub } from '../live/events';
import { testApiDeps, signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import type { ApiDeps } from './deps';
import { handleEvidenceFileDownload, handleEvidenceFileUpload } from './evidence-files';
import { handleReportPhotoGet } from './report-photos';
import { handleAuditLogCsv } from './audit-log';
import { handleStaffEvents } from './staff-events';
import { handleStaffExport } from './staff-exports';
import { handleTaskAnswer, handleTaskAnswerCorrection } from './verification-answers';

const t = setupTestDatabase();

/** As in the tRPC matrix: signed out, a hotline operator (PROXY), a Mangystau verifier, a Turkistan moderator, a national-queue moderator, a Mangystau moderator, an admin. */
const CALLERS = ['anonymous', 'proxy', 'verifier', 'otherRegionModerator', 'nationalModerator', 'regionModerator', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';

/** Moderators and admins; the stream then filters each event by region (server/api/staff-events.test.ts). */
const MODERATORS: Record<Caller, Outcome> = { anonymous: 'UNAUTHORIZED', proxy: 'FORBIDDEN', verifier: 'FORBIDDEN', otherRegionModerator: 'ok', nationalModerator: 'ok', regionModerator: 'ok', admin: 'ok' };
/** Who may open the rumour: its region's moderators and admins — a verifier of the region is not one of them. */
const RUMOR_MODERATORS: Record<Caller, Outcome> = { ...MODERATORS, otherRegionModerator: 'FORBIDDEN', nationalModerator: 'FORBIDDEN' };
/** The audit log: admins alone. */
const ADMINS_ONLY: Record<Caller, Outcome> = { anonymous: 'UNAUTHORIZED', proxy: 'FORBIDDEN', verifier: 'FORBIDDEN', nationalModerator: 'FORBIDDEN', otherRegionModerator: 'FORBIDDEN', regionModerator: 'FORBIDDEN', admin: 'ok' };
/** A field answer: the task's assignee alone — not even an admin answers or corrects in a verifier's name. */
const ASSIGNEE_ONLY: Record<Caller, Outcome> = { anonymous: 'UNAUTHORIZED', proxy: 'FORBIDDEN', verifier: 'ok', otherRegionModerator: 'FORBIDDEN', nationalModerator: 'FORBIDDEN', regionModerator: 'FORBIDDEN', admin: 'FORBIDDEN' };
/** The same, where another region's moderator is told "not found" rather than confirming the thing exists. */
const RUMOR_MODERATORS_HIDDEN: Record<Caller, Outcome> = { ...MODERATORS, otherRegionModerator: 'NOT_FOUND', nationalModerator: 'NOT_FOUND' };

interface Fixtures {
  /** A Mangystau rumour with one report photo, and evidence with one PDF. */
  rumorId: string;
  photoId: string;
  evidenceId: string;
  evidenceFileId: string;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const BASE = 'http://raspa.test';

/** A fresh piece of Mangystau evidence, so that uploads do not depend on each other. */
async function freshEvidenceId(): Promise<string> {
  const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
  return (await addEvidence(t.db, asActor(users.admin), { rumorId: rumor.id, adHocSourceName: 'Житель Актау', excerpt: 'Порт работает.', stance: 'REFUTES', obtainedAt: new Date() })).id;
}

function upload(evidenceId: string): Request {
  const body = new FormData();
  body.append('file', new Blob([PDF], { type: 'application/pdf' }), 'statement.pdf');
  return new Request(`${BASE}/api/admin/evidence/${evidenceId}/files`, { method: 'POST', body });
}

/** A fresh Mangystau task for the matrix's verifier, so that answers do not depend on each other. */
async function freshTaskId(): Promise<string> {
  return (await createOpenTask(t.db, ['KZ-47'], users.verifier.id, users.regionModerator.id)).id;
}

function taskAnswer(id: string, method: 'POST' | 'PUT'): Request {
  const body = new FormData();
  body.set(method === 'POST' ? 'answer' : 'correction', JSON.stringify({ clientId: randomUUID(), answer: 'DENIES', note: 'Порт работает.' }));
  return new Request(`${BASE}/api/admin/tasks/${id}/answer`, { method, body });
}

/** Staff routes: the handler the route file wires, and how to call it as each caller. */
const STAFF_ROUTES: Record<string, { handler: { name: string }; call: (deps: ApiDeps, f: Fixtures) => Promise<Response>; expected: Record<Caller, Outcome> }> = {
  'GET /api/admin/events': {
    handler: handleStaffEvents,
    async call(deps) {
      const abort = new AbortController();
      const response = await handleStaffEvents(new Request(`${BASE}/api/admin/events`, { signal: abort.signal }), deps);
      abort.abort();
      return response;
    },
    // Field verifiers too: their task list is live; each event is then filtered by its own audience.
    expected: { ...MODERATORS, verifier: 'ok' },
  },
  'POST /api/admin/evidence/[id]/files': {
    handler: handleEvidenceFileUpload,
    call: async (deps) => {
      const evidenceId = await freshEvidenceId();
      return handleEvidenceFileUpload(upload(evidenceId), deps, { id: evidenceId });
    },
    expected: RUMOR_MODERATORS,
  },
  'GET /api/admin/evidence/[id]/files/[fileId]': {
    handler: handleEvidenceFileDownload,
    call: (deps, f) => handleEvidenceFileDownload(new Request(`${BASE}/api/admin/evidence/${f.evidenceId}/files/${f.evidenceFileId}`), deps, { id: f.evidenceId, fileId: f.evidenceFileId }),
    expected: RUMOR_MODERATORS,
  },
  'POST /api/admin/tasks/[id]/answer': {
    handler: handleTaskAnswer,
    call: async (deps) => {
      const id = await freshTaskId();
      return handleTaskAnswer(taskAnswer(id, 'POST'), deps, { id });
    },
    expected: ASSIGNEE_ONLY,
  },
  'PUT /api/admin/tasks/[id]/answer': {
    handler: handleTaskAnswerCorrection,
    call: async (deps) => {
      const id = await freshTaskId();
      await answerVerification(t.db, asActor(users.verifier), { id, answer: 'CONFIRMS' });
      return handleTaskAnswerCorrection(taskAnswer(id, 'PUT'), deps, { id });
    },
    expected: ASSIGNEE_ONLY,
  },
  'GET /api/admin/audit/events.csv': {
    handler: handleAuditLogCsv,
    call: (deps) => handleAuditLogCsv(new Request(`${BASE}/api/admin/audit/events.csv`), deps),
    expected: ADMINS_ONLY,
  },
  // Mangystau's rumours: another region's moderator may export only their own regions.
  'GET /api/admin/export/[file]': {
    handler: handleStaffExport,
    call: (deps) => handleStaffExport(new Request(`${BASE}/api/admin/export/rumors.csv?region=KZ-47`), deps, { file: 'rumors.csv' }),
    expected: RUMOR_MODERATORS,
  },
  'GET /[locale]/admin/rumors/[id]/photos/[fileId]': {
    handler: handleReportPhotoGet,
    call: (deps, f) => handleReportPhotoGet(new Request(`${BASE}/ru/admin/rumors/${f.rumorId}/photos/${f.photoId}`), deps, { id: f.rumorId, fileId: f.photoId }),
    expected: RUMOR_MODERATORS_HIDDEN,
  },
};

/** Every other route: who may call it, and what guards it. */
const OTHER_ROUTES: Record<string, string> = {
  'GET /api/trpc/[trpc]': 'each procedure has its rows in server/trpc/authorization-matrix.test.ts',
  'POST /api/trpc/[trpc]': 'each procedure has its rows in server/trpc/authorization-matrix.test.ts',
  'GET /api/auth/[...nextauth]': 'anyone: next-auth sign-in and sign-out',
  'POST /api/auth/[...nextauth]': 'anyone: next-auth sign-in and sign-out',
  'GET /api/sms/smssync': 'SMS gateway phones, by gateway secret (server/channels/sms/smssync.test.ts)',
  'POST /api/sms/smssync': 'SMS gateway phones, by gateway secret (server/channels/sms/smssync.test.ts)',
  'POST /api/telegram/webhook': 'Telegram, by the webhook secret token (server/channels/telegram/bot.test.ts)',
  'GET /api/health': 'anyone: monitoring',
  'GET /api/notice-views/[slug]': 'anyone: the public notice page’s view counter',
  'GET /api/public-pages/[page]': 'anyone: the cached home and region pages (only those addresses; server/http/cached-public-pages.test.ts)',
  'GET /api/region-choice': 'anyone: the home page’s region filter',
  'GET /api/v1/export/[file]': 'anyone: open data of published notices only, no personal data (server/api/open-data.test.ts)',
  'GET /api/v1/feeds/[lang]/[file]': 'anyone: public feeds',
  'GET /api/v1/notices': 'anyone: public API',
  'GET /api/v1/notices/[slug]': 'anyone: public API',
  'GET /api/v1/notices/search': 'anyone: public API, rate-limited',
  'POST /api/v1/notices/search': 'anyone: the same search with the question in the body (the report form’s panel), rate-limited',
  'GET /api/v1/openapi.json': 'anyone: public API',
  'POST /api/v1/reports': 'anyone: citizens’ reports, rate-limited',
  'GET /api/v1/reports/[trackingCode]': 'whoever holds the tracking code',
  'GET /api/v1/settlements': 'anyone: the public API’s place search',
  'POST /api/v1/settlements': 'anyone: the same place search with the typed name in the body (the report form’s picker)',
  'GET /api/v1/stream': 'anyone: public notice events',
  'POST /api/v1/subscriptions': 'anyone: subscribing, rate-limited',
  'GET /api/v1/subscriptions/unsubscribe/[token]': 'whoever holds the unsubscribe token',
  'POST /api/v1/subscriptions/unsubscribe/[token]': 'whoever holds the unsubscribe token',
  'POST /api/v1/subscriptions/cadence/[token]': 'whoever holds the unsubscribe token (the manage link every message carries)',
  'GET /[locale]/notices/[slug]': 'anyone: published notices',
  'GET /[locale]/notices/[slug]/card.png': 'anyone: published notices',
  'GET /[locale]/notices/[slug]/poster': 'anyone: published notices',
  'GET /api/v1/transparency/[source]/[file]': 'anyone: published transparency reports and the live public figures (counts under 5 shown as “< 5”; server/api/transparency.test.ts)',
  'GET /live-notice.js': 'anyone: a static script',
  'POST /[locale]/report/send': 'anyone: the report form without JavaScript, rate-limited like POST /api/v1/reports (server/api/page-forms.test.ts)',
  'POST /[locale]/check/search': 'anyone: the check page’s question, posted so it is in no address; rate-limited like GET /api/v1/notices/search (server/api/page-forms.test.ts)',
  'POST /[locale]/report/start': 'anyone: “report this” on the check page keeps the searched text as a 10-minute draft for the report form (server/api/page-forms.test.ts)',
  'POST /api/admin/search': 'staff: the SMS log’s and risk terms’ search forms; the words come back sealed for a signed-in member with the page’s role, anyone else is sent back to the page unsearched and nothing is stored (server/api/staff-search-form.test.ts)',
  'POST /[locale]/privacy/forget': 'whoever holds a tracking code: forget its contact, rate-limited (server/api/page-forms.test.ts)',
  'GET /.well-known/raspa-keys.json': 'anyone: the public keys that verify signed notices',
  'GET /api/v1/bundles/[region]': 'anyone: a region’s signed offline bundle of public notices',
  'GET /serwist/[path]': 'anyone: the service worker',
};

const APP = path.resolve(import.meta.dirname, '../../app');
const METHODS = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;

/** "METHOD /path" of every route handler under app/ (route groups like "(public)" are not in the path). */
function routesInApp(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const file of fs.readdirSync(APP, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(file) !== 'route.ts') continue;
    const urlPath = `/${path.dirname(file).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`;
    const source = fs.readFileSync(path.join(APP, file), 'utf8');
    const exported = source.split('\n').filter((line) => line.startsWith('export '));
    for (const method of new Set(exported.flatMap((line) => line.match(METHODS) ?? []))) routes.set(`${method} ${urlPath}`, source);
  }
  return routes;
}

const users = {} as Record<Exclude<Caller, 'anonymous'>, Awaited<ReturnType<typeof createStaff>>>;
const fixtures = {} as Fixtures;
let hub: EventHub;

beforeAll(async () => {
  hub = new EventHub(t.url);
  users.proxy = await createStaff(t.db, 'PROXY', []);
  users.nationalModerator = await createStaff(t.db, 'MODERATOR', [], { nationalQueue: true });
  users.verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
  users.otherRegionModerator = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
  users.regionModerator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  users.admin = await createStaff(t.db, 'ADMIN', []);
  const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
  const report = await t.db.report.create({
    data: { clientId: randomUUID(), trackingCode: 'MTRX-PHTO', channel: 'WEB', rumorId: rumor.id, text: 'Говорят, в Актау закроют порт', normalizedText: 'govoriat v aktau zakroiut port', language: 'ru', regionCode: 'KZ-47', heardAt: new Date() },
  });
  const photo = await t.db.storedFile.create({ data: { mimeType: 'image/webp', byteSize: 4, sha256: 'x', data: Buffer.from('RIFF'), reportId: report.id } });
  const evidenceId = await freshEvidenceId();
  const evidenceFile = await attachEvidenceFile(t.db, asActor(users.admin), { evidenceId, bytes: PDF });
  Object.assign(fixtures, { rumorId: rumor.id, photoId: photo.id, evidenceId, evidenceFileId: evidenceFile.id });
});

function depsFor(caller: Caller): ApiDeps {
  return caller === 'anonymous' ? testApiDeps(t, { liveEvents: hub }) : signedInApiDeps(t, users[caller], { liveEvents: hub });
}

function outcomeOf(response: Response): Outcome | number {
  if (response.ok) return 'ok';
  return ({ 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' } as const)[response.status as 401 | 403 | 404] ?? response.status;
}

describe('authorisation matrix of the HTTP routes outside tRPC', () => {
  it('has a row for every route under app/, and each staff row calls the handler its route file wires', () => {
    const routes = routesInApp();
    expect([...routes.keys()].sort()).toEqual([...Object.keys(STAFF_ROUTES), ...Object.keys(OTHER_ROUTES)].sort());
    for (const [route, row] of Object.entries(STAFF_ROUTES)) expect(routes.get(route), route).toContain(row.handler.name);
  });

  for (const [route, row] of Object.entries(STAFF_ROUTES)) {
    for (const caller of CALLERS) {
      it(`${route} as ${caller} → ${row.expected[caller]}`, async () => {
        expect(outcomeOf(await row.call(depsFor(caller), fixtures))).toBe(row.expected[caller]);
      });
    }
  }

  // Files people uploaded, served back, are never run as a page nor sniffed into one.
  it.each(['GET /[locale]/admin/rumors/[id]/photos/[fileId]', 'GET /api/admin/evidence/[id]/files/[fileId]'])('%s serves the file sandboxed, unsniffed', async (route) => {
    const response = await STAFF_ROUTES[route]!.call(depsFor('admin'), fixtures);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
