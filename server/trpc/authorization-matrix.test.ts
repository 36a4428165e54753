// Walks every tRPC procedure with every kind of caller. A new procedure without a row here
// fails the first test, so nobody adds an endpoint without deciding who may call it.
import { TRPCError } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import type { Session } from 'next-auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { mergeRumors } from '../rumors/merge-rumors';
import { generateTrackingCode } from '../text';
import { createDraftAwaitingApproval, createInvestigatingRumor, createOpenTask, createSourceRow } from '../testing/verification';
import { completeTranslations, createFinalNoticeRow, createRumorWithApprovedVerdict } from '../testing/notices';
import { SMPP_DEFAULTS } from '../channels/smpp/schema';
import { RETENTION_DAYS } from '../privacy/retention';
import { computeTransparencyFigures } from '../transparency/compute-figures';
import { parseQuarter } from '../transparency/period';
import { hashPassword } from '../auth/password';
import { newTotpSecret, sealTotpSecret, totpCodeAt } from '../auth/two-factor';
import { serverEnv } from '../config/env';
import { issueCredentialToken } from '../staff/credential-tokens';
import { appRouter, createCaller } from './app-router';

const t = setupTestDatabase();
const PASSWORD = 'correct horse battery';

/**
 * Every kind of caller: signed out; a hotline operator (PROXY), who may only enter reports; a field
 * verifier of Mangystau; a moderator of another region (Turkistan); a moderator scoped to the
 * national queue only; a Mangystau moderator; an admin. Fixtures live in Mangystau.
 */
const CALLERS = ['anonymous', 'proxy', 'verifier', 'otherRegionModerator', 'nationalModerator', 'regionModerator', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN';

interface Fixtures {
  mangystauRumorId: string;
}

const PUBLIC: Record<Caller, Outcome> = { anonymous: 'ok', proxy: 'ok', verifier: 'ok', otherRegionModerator: 'ok', nationalModerator: 'ok', regionModerator: 'ok', admin: 'ok' };
/** Anyone signed in, about their own account: the hotline's PROXY too. */
const ACCOUNT: Record<Caller, Outcome> = { ...PUBLIC, anonymous: 'UNAUTHORIZED' };
/** Staff who work on rumours: everyone signed in but the hotline's PROXY. */
const STAFF: Record<Caller, Outcome> = { ...ACCOUNT, proxy: 'FORBIDDEN' };
const MODERATORS: Record<Caller, Outcome> = { ...STAFF, verifier: 'FORBIDDEN' };
/** Moderators of the rumour's region and admins only (a national-queue moderator is not one for a Mangystau rumour). */
const REGION_MODERATORS: Record<Caller, Outcome> = { ...MODERATORS, otherRegionModerator: 'FORBIDDEN', nationalModerator: 'FORBIDDEN' };
/** Reports entered on a caller's behalf: hotline operators and admins. */
const HOTLINE: Record<Caller, Outcome> = { anonymous: 'UNAUTHORIZED', proxy: 'ok', verifier: 'FORBIDDEN', otherRegionModerator: 'FORBIDDEN', nationalModerator: 'FORBIDDEN', regionModerator: 'FORBIDDEN', admin: 'ok' };

/** Admins only: settings that change every region's inbox. */
const ADMINS: Record<Caller, Outcome> = { ...REGION_MODERATORS, regionModerator: 'FORBIDDEN' };

/** A fresh rumour in Mangystau for each call of a mutation, so calls do not depend on each other. */
const freshMangystauRumor = async () => (await createRumor(t.db, `Говорят, в Актау закроют порт ${Math.random()}`, ['KZ-47'])).id;
/** A fresh merge of two Mangystau rumours (made by an admin), for undoing: the rumour and its history entry. */
const freshMerge = async () => {
  const id = await freshMangystauRumor();
  await mergeRumors(t.db, asActor(await createStaff(t.db, 'ADMIN', [])), { targetId: id, sourceIds: [await freshMangystauRumor()] });
  return { id, eventId: (await t.db.auditEvent.findFirstOrThrow({ where: { action: 'rumor.merge_received', entityId: id } })).id.toString() };
};

const smppMatrixSettings = () => ({ ...SMPP_DEFAULTS, host: '127.0.0.1', port: 9, systemId: 'matrix', sourceAddress: 'Raspa' });

/** The signed-in member behind a caller (for rows about one's own account). */
const userOf = (caller: Caller) => sessions[caller]?.user.id ?? randomUUID();

/** Puts a caller's two-factor in a known state: off, pending with `secret`, or on with `secret`. */
async function setTwoFactor(caller: Caller, state: 'off' | 'pending' | 'on', secret = newTotpSecret()) {
  const key = serverEnv().RASPA_ENCRYPTION_KEY;
  const sealed = sealTotpSecret(secret, key);
  await t.db.user.updateMany({
    where: { id: userOf(caller) },
    data: state === 'off' ? { totpSecretCipher: null, totpPendingCipher: null, totpEnabledAt: null, totpLastStep: null } : state === 'pending' ? { totpPendingCipher: sealed, totpSecretCipher: null, totpEnabledAt: null, totpLastStep: null } : { totpSecretCipher: sealed, totpEnabledAt: new Date(), totpLastStep: null },
  });
  return totpCodeAt(secret, new Date());
}

/** A member for an admin to act on, so rows do not depend on each other. */
const freshMember = async (role: 'MODERATOR' | 'VERIFIER' = 'MODERATOR') => (await createStaff(t.db, role, ['KZ-47'])).id;

const MATRIX: Record<string, { input: (f: Fixtures, caller: Caller) => unknown; expected: Record<Caller, Outcome> }> = {
  'account.changePassword': {
    input: async (_f, caller) => {
      await t.db.user.updateMany({ where: { id: userOf(caller) }, data: { passwordHash: await hashPassword(PASSWORD) } });
      const newPassword = `Matrix-${randomUUID()}`;
      return { currentPassword: PASSWORD, newPassword, confirmPassword: newPassword };
    },
    expected: ACCOUNT,
  },
  'account.endSession': {
    input: async (_f, caller) => ({ sessionId: sessions[caller] ? (await sessionFor(t.db, { id: userOf(caller), name: '', email: '' })).user.sessionId : randomUUID() }),
    expected: ACCOUNT,
  },
  'account.endOtherSessions': { input: () => undefined, expected: ACCOUNT },
  'account.startTwoFactor': { input: async (_f, caller) => void (await setTwoFactor(caller, 'off')), expected: ACCOUNT },
  'account.confirmTwoFactor': { input: async (_f, caller) => ({ code: await setTwoFactor(caller, 'pending') }), expected: ACCOUNT },
  'account.regenerateRecoveryCodes': { input: async (_f, caller) => ({ code: await setTwoFactor(caller, 'on') }), expected: ACCOUNT },
  'account.disableTwoFactor': {
    input: async (_f, caller) => {
      await t.db.user.updateMany({ where: { id: userOf(caller) }, data: { passwordHash: await hashPassword(PASSWORD) } });
      return { password: PASSWORD, code: await setTwoFactor(caller, 'on') };
    },
    expected: ACCOUNT,
  },
  // Whoever holds the link: it is the only credential of someone invited.
  'account.setPasswordWithLink': {
    input: async () => {
      const memberId = await freshMember();
      const { token } = await t.db.$transaction((tx) => issueCredentialToken(tx, { userId: memberId, purpose: 'INVITE', createdById: userOf('admin'), now: new Date() }));
      const password = `Matrix-${randomUUID()}`;
      return { token, newPassword: password, confirmPassword: password };
    },
    expected: PUBLIC,
  },
  'reports.enterOnBehalf': {
    input: () => ({ clientId: randomUUID(), channel: 'PHONE', text: 'Звонивший говорит, что в Актау закроют порт', regionCode: 'KZ-47', contact: { kind: 'PHONE', value: '+7 701 555 00 11' } }),
    expected: HOTLINE,
  },
  'staff.create': {
    input: () => ({ email: `matrix-${randomUUID()}@test.raspa`, name: 'Matrix member', role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false, locale: 'ru', credentials: 'INVITE_LINK' }),
    expected: ADMINS,
  },
  'staff.update': { input: async () => ({ id: await freshMember(), name: 'Matrix renamed', role: 'MODERATOR', regionCodes: ['KZ-47', 'KZ-61'], nationalQueue: true, canViewContacts: false }), expected: ADMINS },
  'staff.deactivate': { input: async () => ({ id: await freshMember() }), expected: ADMINS },
  'staff.reactivate': {
    input: async () => {
      const id = await freshMember();
      await t.db.user.update({ where: { id }, data: { active: false } });
      return { id };
    },
    expected: ADMINS,
  },
  'staff.resetPassword': { input: async () => ({ id: await freshMember(), credentials: 'ONE_TIME_PASSWORD' }), expected: ADMINS },
  'staff.endSessions': { input: async () => ({ id: await freshMember() }), expected: ADMINS },
  'staff.resetTwoFactor': { input: async () => ({ id: await freshMember('VERIFIER') }), expected: ADMINS },
  'dashboard.summary': { input: () => undefined, expected: MODERATORS },
  'notices.getForEditing': { input: async () => ({ rumorId: (await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: sessions.regionModerator!.user.id })).id }), expected: REGION_MODERATORS },
  'notices.listForRumor': { input: (f) => ({ rumorId: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'notices.saveDraft': {
    input: async () => ({ rumorId: (await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: sessions.regionModerator!.user.id })).id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() }),
    expected: REGION_MODERATORS,
  },
  'notices.saveAndPublish': {
    input: async () => ({
      draft: { rumorId: (await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: sessions.regionModerator!.user.id })).id, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], translations: completeTranslations() },
    }),
    expected: REGION_MODERATORS,
  },
  'notices.publish': {
    input: async () => {
      const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { drafterId: sessions.regionModerator!.user.id });
      return { noticeId: (await createFinalNoticeRow(t.db, rumor.id, { published: false })).id };
    },
    expected: REGION_MODERATORS,
  },
  'notices.startCorrection': {
    input: async () => {
      const rumor = await createRumorWithApprovedVerdict(t.db, ['KZ-47'], { status: 'PUBLISHED', drafterId: sessions.regionModerator!.user.id });
      return { noticeId: (await createFinalNoticeRow(t.db, rumor.id, { published: true })).id };
    },
    expected: REGION_MODERATORS,
  },
  'notices.withdraw': {
    input: async () => ({ noticeId: (await createFinalNoticeRow(t.db, (await freshMangystauRumor()), { published: true })).id, reasons: { ru: 'Опубликовано по ошибке' } }),
    expected: REGION_MODERATORS,
  },
  'notices.publishInterim': { input: async () => ({ rumorId: (await createInvestigatingRumor(t.db, ['KZ-47'])).id }), expected: REGION_MODERATORS },
  'rumors.inbox': { input: () => ({}), expected: MODERATORS },
  'rumors.changeStatus': { input: async () => ({ id: await freshMangystauRumor(), to: 'INVESTIGATING' }), expected: REGION_MODERATORS },
  'rumors.assign': { input: async () => ({ ids: [await freshMangystauRumor()], assigneeId: null }), expected: REGION_MODERATORS },
  'rumors.dismiss': { input: async () => ({ ids: [await freshMangystauRumor()], reason: 'SPAM' }), expected: REGION_MODERATORS },
  'rumors.merge': { input: async () => ({ targetId: await freshMangystauRumor(), sourceIds: [await freshMangystauRumor()] }), expected: REGION_MODERATORS },
  'rumors.undoMerge': { input: freshMerge, expected: REGION_MODERATORS },
  'rumors.splitReport': { input: async () => ({ reportId: await freshSplittableReport() }), expected: REGION_MODERATORS },
  'rumors.splitJoin': { input: async () => ({ reportId: await freshSplittableReport() }), expected: REGION_MODERATORS },
  'rumors.editClaim': { input: async () => ({ id: await freshMangystauRumor(), claim: 'Утверждение: в Актау закроют порт' }), expected: REGION_MODERATORS },
  'rumors.saveInboxFilter': { input: () => ({ name: `Matrix ${Math.random()}`, query: { overdue: true } }), expected: MODERATORS },
  'rumors.listInboxFilters': { input: () => undefined, expected: MODERATORS },
  'rumors.deleteInboxFilter': { input: () => ({ id: randomUUID() }), expected: MODERATORS },
  'rumors.detail': { input: (f) => ({ id: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'rumors.languageCandidates': { input: (f) => ({ id: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'rumors.mergePreview': { input: async () => ({ targetId: await freshMangystauRumor(), sourceIds: [await freshMangystauRumor()] }), expected: REGION_MODERATORS },
  'rumors.similar': { input: (f) => ({ id: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'rumors.history': { input: (f) => ({ id: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'rumors.acquireLock': { input: async () => ({ id: await freshMangystauRumor() }), expected: REGION_MODERATORS },
  'rumors.releaseLock': { input: async () => ({ id: await freshMangystauRumor() }), expected: REGION_MODERATORS },
  'rumors.addComment': { input: async () => ({ rumorId: await freshMangystauRumor(), body: 'Проверяю через акимат' }), expected: REGION_MODERATORS },
  'webhooks.create': { input: () => ({ url: `https://partner.example.kz/raspa/${Math.random().toString(36).slice(2)}`, label: 'Matrix partner', regionCodes: ['KZ-47'] }), expected: ADMINS },
  'webhooks.setActive': {
    input: async () => ({ id: (await t.db.subscription.create({ data: { channel: 'WEBHOOK', regionCodes: [], language: 'ru', addressCipher: 'x', addressHash: `matrix-${Math.random()}`, unsubscribeToken: `matrix-${Math.random()}`, webhookSecret: 's' } })).id, active: false }),
    expected: ADMINS,
  },
  'sms.createGatewaySecret': { input: () => ({ label: `Matrix phone ${Math.random().toString(36).slice(2, 6)}` }), expected: ADMINS },
  'sms.revokeGatewaySecret': { input: () => ({ id: randomUUID() }), expected: ADMINS },
  // The gateway phones and the SMS log: moderators watch them too, only admins hold the secrets.
  'lexicon.list': { input: () => undefined, expected: ADMINS },
  'lexicon.classConcepts': { input: () => ({ contrastClass: 'worship' }), expected: ADMINS },
  'lexicon.addTerm': { input: () => ({ conceptId: 'matrix-test', contrastClass: null, language: 'ru', term: `матрица${Math.random().toString(36).slice(2, 8)}*` }), expected: ADMINS },
  'lexicon.removeTerm': {
    input: async () => ({ id: (await t.db.conceptTerm.create({ data: { language: 'en', term: `matrix${Math.random().toString(36).slice(2, 8)}`, concept: { connectOrCreate: { where: { id: 'matrix-remove' }, create: { id: 'matrix-remove' } } } } })).id }),
    expected: ADMINS,
  },
  'settings.priority': { input: () => undefined, expected: ADMINS },
  'settings.addRiskTerm': { input: () => ({ term: `матрица ${Math.random().toString(36).slice(2)}`, language: 'ru', weight: 1 }), expected: ADMINS },
  'settings.removeRiskTerm': { input: async () => ({ id: (await t.db.riskTerm.create({ data: { term: `matrix ${Math.random()}`, matchKey: 'matrix', language: 'en' } })).id }), expected: ADMINS },
  'settings.updateDeadlines': { input: () => ({ CRITICAL: 2, HIGH: 12, NORMAL: 72, LOW: 168 }), expected: ADMINS },
  'settings.updateRetention': { input: () => ({ ...RETENTION_DAYS }), expected: ADMINS },
  'settlements.add': {
    input: () => {
      const suffix = Math.random().toString(36).slice(2, 8);
      return { regionCode: 'KZ-47', nameKk: `Матрица ${suffix}`, nameRu: `Матрица ${suffix}`, nameEn: `Matrix ${suffix}`, districtKk: 'Маңғыстау ауданы', districtRu: 'Мангистауский район', districtEn: 'Mangystau District' };
    },
    expected: ADMINS,
  },
  'settings.updatePublicChannels': { input: () => ({ smsNumbers: ['+7 701 000 00 00'], telegramBot: '@raspa_kz_bot' }), expected: ADMINS },
  'settings.updateRegionRisk': { input: async () => ({ code: 'KZ-47', ...(await t.db.region.findUniqueOrThrow({ where: { code: 'KZ-47' }, select: { riskLevel: true, requiresApproval: true } })) }), expected: ADMINS },
  // Without TELEGRAM_BOT_TOKEN (as in tests) it answers { ok: false, reason: 'notConfigured' }.
  // Rotating retires the key in use (kept published) and makes a new one.
  'signing.keys': { input: () => undefined, expected: ADMINS },
  'signing.rotateKey': { input: () => undefined, expected: ADMINS },
  'smpp.settings': { input: () => undefined, expected: ADMINS },
  'smpp.status': { input: () => undefined, expected: MODERATORS },
  // Disabled, so no worker binds with it; the test bind to a closed port answers a result, not an error.
  'smpp.saveSettings': { input: () => smppMatrixSettings(), expected: ADMINS },
  'smpp.testConnection': { input: () => smppMatrixSettings(), expected: ADMINS },
  'telegram.registerWebhook': { input: () => undefined, expected: ADMINS },
  'transparency.list': { input: () => undefined, expected: ADMINS },
  'transparency.draft': { input: () => ({ quarter: '2025-Q4' }), expected: ADMINS },
  'transparency.saveNarrative': {
    input: async () => ({ quarter: await freshDraftQuarter(), narrativeKk: 'Тоқсан туралы баяндама мәтіні.', narrativeRu: 'Текст отчёта о работе за квартал.', narrativeEn: 'What we did this quarter, in words.' }),
    expected: ADMINS,
  },
  'transparency.publish': { input: async () => ({ quarter: await freshDraftQuarter({ narrated: true }) }), expected: ADMINS },
  // Colleagues are listed only for a rumour one may see: another region's team is not shown to outsiders.
  'staff.assignableModerators': { input: () => ({ regionCodes: ['KZ-47'] }), expected: REGION_MODERATORS },
  'verification.listSources': { input: () => ({}), expected: MODERATORS },
  'verification.createSource': { input: () => ({ clientId: crypto.randomUUID(), name: 'ДП Мангистауской области', type: 'POLICE', regionCodes: ['KZ-47'], reliability: 4 }), expected: REGION_MODERATORS },
  'verification.updateSource': { input: async () => ({ id: (await createSourceRow(t.db, ['KZ-47'])).id, name: 'Акимат Актау', type: 'AKIMAT', regionCodes: ['KZ-47'], reliability: 5 }), expected: REGION_MODERATORS },
  'verification.setSourceActive': { input: async () => ({ id: (await createSourceRow(t.db, ['KZ-47'])).id, active: false }), expected: REGION_MODERATORS },
  'verification.forRumor': { input: (f) => ({ rumorId: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'verification.addEvidence': { input: async () => ({ rumorId: await freshMangystauRumor(), adHocSourceName: 'Житель Актау', excerpt: 'Порт работает.', stance: 'REFUTES', obtainedAt: new Date() }), expected: REGION_MODERATORS },
  'verification.requestVerification': { input: async () => ({ rumorId: await freshMangystauRumor(), assigneeIds: [sessions.verifier!.user.id], question: 'Работает ли сейчас порт в Актау?', dueAt: new Date(Date.now() + 3600_000) }), expected: REGION_MODERATORS },
  'verification.myTasks': { input: () => undefined, expected: STAFF },
  // One's own notifications: every member who works on rumours (their scope is applied inside).
  'notifications.list': { input: () => ({}), expected: STAFF },
  'notifications.unreadCount': { input: () => undefined, expected: STAFF },
  'notifications.markRead': { input: () => ({ ids: [randomUUID()] }), expected: STAFF },
  'notifications.markAllRead': { input: () => undefined, expected: STAFF },
  'notifications.settings': { input: () => undefined, expected: STAFF },
  'notifications.updateSettings': { input: () => ({ channels: { ASSIGNED: 'EMAIL' }, quietHoursStart: '22:00', quietHoursEnd: '07:00' }), expected: STAFF },
  'notifications.enablePush': { input: () => ({ endpoint: `https://93.184.216.34/wpush/${randomUUID()}`, keys: { p256dh: 'BPublicKeyOfTheBrowser', auth: 'authSecret' } }), expected: STAFF },
  'notifications.disablePush': { input: () => ({ endpoint: 'https://93.184.216.34/wpush/gone' }), expected: STAFF },
  'notifications.telegram': { input: () => undefined, expected: STAFF },
  'notifications.startTelegramLink': { input: () => undefined, expected: STAFF },
  'notifications.unlinkTelegram': { input: () => undefined, expected: STAFF },
  // Only the assignee answers a task — not even an admin answers in a verifier's name.
  'verification.answer': {
    input: async () => ({ id: (await createOpenTask(t.db, ['KZ-47'], sessions.verifier!.user.id, sessions.regionModerator!.user.id)).id, answer: 'CONFIRMS' }),
    expected: { anonymous: 'UNAUTHORIZED', proxy: 'FORBIDDEN', verifier: 'ok', otherRegionModerator: 'FORBIDDEN', nationalModerator: 'FORBIDDEN', regionModerator: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  'verification.draftVerdict': { input: async () => ({ rumorId: (await createInvestigatingRumor(t.db, ['KZ-47'])).id, verdict: 'UNVERIFIED', rationale: 'Ни подтверждений, ни опровержений пока нет.' }), expected: REGION_MODERATORS },
  'verification.prepareInterimNotice': { input: async () => ({ rumorId: (await createInvestigatingRumor(t.db, ['KZ-47'])).id }), expected: REGION_MODERATORS },
  'verification.reviewVerdict': { input: async () => ({ draftId: (await createDraftAwaitingApproval(t.db, ['KZ-47'], (await createStaff(t.db, 'MODERATOR', ['KZ-47'])).id)).id, decision: 'approve' }), expected: REGION_MODERATORS },
};

let draftYear = 2000;
/** A drafted transparency report of its own (an old quarter), so publications do not depend on each other. */
async function freshDraftQuarter(options: { narrated?: boolean } = {}): Promise<string> {
  const quarter = `${draftYear++}-Q1`;
  const text = options.narrated ? 'Отчёт о работе за квартал: что проверили и как быстро.' : '';
  await t.db.transparencyReport.create({
    data: { quarter, periodFrom: `${quarter.slice(0, 4)}-01-01`, periodTo: `${quarter.slice(0, 4)}-03-31`, draftFigures: await emptyFigures(quarter), draftComputedAt: new Date(), narrativeKk: text, narrativeRu: text, narrativeEn: text },
  });
  return quarter;
}

async function emptyFigures(quarter: string) {
  return computeTransparencyFigures(t.db, parseQuarter(quarter)!);
}

/** A report in a two-report Mangystau rumour (a rumour's only report cannot be split out). */
async function freshSplittableReport(): Promise<string> {
  const rumorId = await freshMangystauRumor();
  const now = new Date();
  const make = () =>
    t.db.report.create({
      data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId, text: 'Говорят, в Актау закроют порт', normalizedText: 'govoriat v aktau zakroiut port', language: 'ru', regionCode: 'KZ-47', heardAt: now },
    });
  await make();
  return (await make()).id;
}

const sessions = {} as Record<Caller, Session | null>;
const fixtures = {} as Fixtures;

beforeAll(async () => {
  sessions.anonymous = null;
  sessions.proxy = await sessionFor(t.db, await createStaff(t.db, 'PROXY', []));
  sessions.nationalModerator = await sessionFor(t.db, await createStaff(t.db, 'MODERATOR', [], { nationalQueue: true }));
  sessions.verifier = await sessionFor(t.db, await createStaff(t.db, 'VERIFIER', ['KZ-47']));
  sessions.otherRegionModerator = await sessionFor(t.db, await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  sessions.regionModerator = await sessionFor(t.db, await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  sessions.admin = await sessionFor(t.db, await createStaff(t.db, 'ADMIN', []));
  fixtures.mangystauRumorId = (await createRumor(t.db, 'Говорят, в Жанаозене отключат интернет', ['KZ-47'])).id;
});

async function call(path: string, caller: Caller, input: unknown): Promise<Outcome> {
  const trpc = createCaller({ db: t.db, session: sessions[caller], requestId: 'matrix' });
  const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], trpc) as (input: unknown) => Promise<unknown>;
  try {
    await procedure(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN')) return error.code;
    throw error;
  }
}

describe('authorisation matrix', () => {
  it('has a row for every procedure', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [path, row] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      it(`${path} as ${caller} → ${row.expected[caller]}`, async () => {
        expect(await call(path, caller, await row.input(fixtures, caller))).toBe(row.expected[caller]);
      });
    }
  }

  it('shows a moderator only the rumours of their regions — not the national queue', async () => {
    await createRumor(t.db, 'Слух в Туркестанской области', ['KZ-61']);
    const unplaced = await createRumor(t.db, 'Говорят, что где-то закроют все школы', []);
    const moderator = createCaller({ db: t.db, session: sessions.regionModerator, requestId: 'matrix' });
    const { items: rumors } = await moderator.rumors.inbox({});
    expect(rumors.length).toBeGreaterThan(0);
    expect(rumors.every((r) => r.regionCodes.includes('KZ-47'))).toBe(true);
    await expect(moderator.rumors.detail({ id: unplaced.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const national = createCaller({ db: t.db, session: sessions.nationalModerator, requestId: 'matrix' });
    const { items: queue } = await national.rumors.inbox({});
    expect(queue.map((r) => r.id)).toContain(unplaced.id);
    expect(queue.every((r) => r.regionCodes.length === 0)).toBe(true);
    expect(await national.rumors.detail({ id: unplaced.id })).toMatchObject({ id: unplaced.id });
  });
});
