// A valid input for each tRPC procedure the bad-input bench (bench/bad-input.ts) sends, pointing at
// rows it seeds, so the bad requests built from it differ from a request the use case accepts by one
// thing — and the requests the breakage leaves valid (a wrong query string, huge headers) reach the
// use case itself. Generating inputs from the JSON schema could not do that: regexes (region codes,
// quarters), refinements (a role's scope, the deadlines' order) and real ids are beyond it, so most
// of them were refused by zod before any code ran (rumors.inbox: 74 × 200 against 5,771 × 400).
// bench/lib/trpc-valid-inputs.test.ts parses every entry with its procedure's own schema.

/** Rows the bench seeds for the inputs to point at. */
export interface BenchIds {
  /** An open rumour in KZ-47 (comments, evidence, verification requests, the interim notice). */
  rumorId: string;
  /** A staff member in KZ-47 other than the bench's admin: the staff procedures edit this one. */
  memberId: string;
  /** A verifier in KZ-47, and the open verification request assigned to it. */
  verifierId: string;
  verificationRequestId: string;
  /** Where the verifier's list of open tasks is half read (more than a page of them): myTasks pages on after it. */
  myTasksCursor: { dueAt: string; id: string };
  sourceId: string;
  /** A source only addEvidence names: setSourceActive's valid shots (active: false among them) switch the other one off. */
  evidenceSourceId: string;
  gatewaySecretId: string;
  webhookId: string;
  savedFilterId: string;
  /** Rows a valid request uses up (a risk term removed, a draft reviewed): one per shot, round robin. */
  riskTermIds: readonly string[];
  investigatingRumorIds: readonly string[];
  draftIds: readonly string[];
  /** A published notice (of its own rumour) that notices.saveDraft and saveAndPublish write corrections of. */
  correctedNotice: { rumorId: string; noticeId: string };
  /** Published notices to withdraw, invitation links (of new members) to set a password with, merges to undo. */
  withdrawNoticeIds: readonly string[];
  inviteTokens: readonly string[];
  merges: readonly { rumorId: string; eventId: string }[];
}

/** A fixed input, or one made per shot (`i`, the shot's number) where a valid request uses a row up or must be new. */
export type ValidInput = unknown | ((i: number) => unknown);

const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
/**
 * A new row's name for shot i: its own for odd shots, the first one's for even ones — so most valid
 * creations succeed and some repeat at once, as a double submit does (a place added twice at once
 * answered 500 before session 33).
 */
const twice = (i: number): number => (i % 2 === 1 ? i : 0);

export const BENCH_QUARTER = '2026-Q3';
/**
 * The quarter transparency.publish publishes, drafted with its narrative by the bench: saveNarrative's
 * shots empty BENCH_QUARTER's narrative (an empty one is a valid draft), and publishing that one was
 * refused (narrativeMissing) for every shot once they had run first.
 */
export const PUBLISHED_QUARTER = '2026-Q2';

/** The bench's staff password. account.changePassword's valid input keeps it: a change that succeeded would lock the bench out (it signs in again with it). */
export const BENCH_PASSWORD = 'bad-input bench password 1';

export function validTrpcInputs(ids: BenchIds): Record<string, ValidInput> {
  const sourceFields = { name: 'Акимат Мангистауской области', type: 'AKIMAT', regionCodes: ['KZ-47'], contact: '+7 7292 00 00 00', reliability: 4, reliabilityNote: 'Пресс-служба' };
  const smpp = { enabled: false, host: '127.0.0.1', port: 9, tls: false, bindMode: 'transceiver', systemId: 'raspa', password: 'secret12', systemType: '', sourceAddress: '1414', sourceTon: 0, sourceNpi: 1, ratePerSecond: 10, windowSize: 10, concatenation: 'udh', useGsm7: true, deliveryReceipts: true };
  const staffProfile = { name: 'Айгерим Бенчева', role: 'MODERATOR', regionCodes: ['KZ-47'], nationalQueue: false, canViewContacts: false };
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const claimTexts = (title: string) => ({ title, summary: `${title}: акимат это опроверг.`, body: 'Акимат сообщил, что порт работает в обычном режиме.', whatToDo: 'Проверяйте сообщения на сайте акимата.', smsText: 'Порт Актау работает. Raspa' });
  const correction = { rumorId: ids.correctedNotice.rumorId, noticeId: ids.correctedNotice.noticeId, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'], changeNote: 'Уточнён ответ акимата.', translations: { kk: claimTexts('Ақтау порты жабылады'), ru: claimTexts('Порт Актау закроют на неделю'), en: claimTexts('Aktau port to close for a week') } };
  return {
    // Done in earlier sessions with skeletons their schemas refused; valid from session 34 on. The
    // two-factor codes are well-formed but the admin has no enrolment (one would ask the bench's
    // sign-in for a code), so the use case refuses them; changePassword reaches the password check
    // and is refused as unchanged.
    'account.changePassword': { currentPassword: BENCH_PASSWORD, newPassword: BENCH_PASSWORD, confirmPassword: BENCH_PASSWORD },
    'account.confirmTwoFactor': { code: '123 456' },
    'account.regenerateRecoveryCodes': { code: '123456' },
    'account.setPasswordWithLink': (i: number) => ({ token: at(ids.inviteTokens, i), newPassword: `Бенч пароль ${i} для ссылки`, confirmPassword: `Бенч пароль ${i} для ссылки` }),
    'notices.saveDraft': correction,
    'notices.saveAndPublish': { draft: correction, allowMissingLanguages: [] },
    'notices.withdraw': (i: number) => ({ noticeId: at(ids.withdrawNoticeIds, i), reasons: { kk: '', ru: 'Акимат уточнил данные.', en: 'The akimat corrected its figures.' } }),
    'rumors.undoMerge': (i: number) => ({ id: at(ids.merges, i).rumorId, eventId: at(ids.merges, i).eventId }),
    // Done in earlier sessions with generated skeletons their schemas refused; valid from the next run on.
    'rumors.inbox': { status: ['NEW', 'INVESTIGATING'], regionCode: 'KZ-47', q: 'порт', limit: 20 },
    'notifications.updateSettings': { channels: { ASSIGNED: 'EMAIL', APPROVAL_REQUESTED: 'IN_APP' }, quietHoursStart: '22:00', quietHoursEnd: '07:00' },
    'reports.enterOnBehalf': (i: number) => ({ clientId: `0193a2b4-0000-7000-8000-${String(i).padStart(12, '0')}`, text: 'Звонила жительница: говорят, в Актау закроют порт на неделю', regionCode: 'KZ-47', settlement: 'Актау', heardVia: 'WHATSAPP', language: 'ru', channel: 'PHONE' }),
    'rumors.addComment': { rumorId: ids.rumorId, body: 'Позвонила в акимат, ждём ответа.' },
    'rumors.saveInboxFilter': { name: 'Актау, новые', query: { status: ['NEW', 'INVESTIGATING'], regionCode: 'KZ-47', priority: ['HIGH'], language: 'ru', channel: 'WEB', assignee: 'me', lastSeenFrom: '2026-11-01', lastSeenTo: '2026-12-31', q: 'порт' } },
    'rumors.listInboxFilters': undefined,
    'rumors.deleteInboxFilter': { id: ids.savedFilterId },
    'settings.priority': undefined,
    'settings.addRiskTerm': (i: number) => ({ term: `бенч угроза ${twice(i)}`, language: 'ru', weight: 1.5 }),
    'settings.removeRiskTerm': (i: number) => ({ id: at(ids.riskTermIds, i) }),
    'settings.updateDeadlines': { CRITICAL: 2, HIGH: 12, NORMAL: 48, LOW: 168 },
    'settings.updateRegionRisk': { code: 'KZ-47', riskLevel: 2, requiresApproval: true },
    'settings.updatePublicChannels': { smsNumbers: ['+7 701 234 56 78', '1414'], telegramBot: '@raspa_bench_bot' },
    'settings.updateRetention': { contactAfterVerdict: 30, contactAtMost: 180, reportPhotosAndLocation: 90, smsLog: 90, smppInboundParts: 7, telegramUpdates: 7, channelContacts: 180, staffSessions: 30, credentialTokens: 7, auditDetails: 365 },
    'settlements.add': (i: number) => ({ regionCode: 'KZ-47', nameKk: `Бенчауыл ${twice(i)}`, nameRu: `Бенчаул ${twice(i)}`, nameEn: `Benchaul ${twice(i)}`, districtKk: '', districtRu: '', districtEn: '', otherSpellings: `Бенч-аул ${twice(i)}`, lat: '43.65', lng: '51.17' }),
    'signing.keys': undefined,
    'signing.rotateKey': undefined,
    'sms.createGatewaySecret': { label: 'Телефон в Актау' },
    'sms.revokeGatewaySecret': { id: ids.gatewaySecretId },
    'smpp.settings': undefined,
    'smpp.status': undefined,
    'smpp.saveSettings': smpp,
    'smpp.testConnection': smpp,
    'staff.assignableModerators': { regionCodes: ['KZ-47'] },
    'staff.create': (i: number) => ({ email: `bench-member-${twice(i)}@example.org`, ...staffProfile, locale: 'kk', credentials: 'INVITE_LINK' }),
    'staff.update': { id: ids.memberId, ...staffProfile },
    'staff.deactivate': { id: ids.memberId },
    'staff.reactivate': { id: ids.memberId },
    'staff.resetPassword': { id: ids.memberId, credentials: 'INVITE_LINK' },
    'staff.endSessions': { id: ids.memberId },
    'staff.resetTwoFactor': { id: ids.memberId },
    'telegram.registerWebhook': undefined,
    'transparency.list': undefined,
    'transparency.draft': { quarter: BENCH_QUARTER },
    'transparency.saveNarrative': { quarter: BENCH_QUARTER, narrativeKk: 'Тоқсан ішінде 12 хабар тексерілді.', narrativeRu: 'За квартал проверено 12 сообщений.', narrativeEn: 'Twelve messages were checked this quarter.' },
    'transparency.publish': { quarter: PUBLISHED_QUARTER, changeNote: 'Уточнены числа за ноябрь.' },
    'verification.listSources': { includeInactive: true, regionCode: 'KZ-47' },
    // The form's key for the one source it adds (sent again, the same source comes back).
    'verification.createSource': { ...sourceFields, clientId: '0b4f3c2e-8a4d-4c55-9f1e-6d2a7b9c1e30' },
    'verification.updateSource': { id: ids.sourceId, ...sourceFields },
    'verification.setSourceActive': { id: ids.sourceId, active: true },
    'verification.forRumor': { rumorId: ids.rumorId },
    'verification.addEvidence': { rumorId: ids.rumorId, sourceId: ids.evidenceSourceId, excerpt: 'Акимат: порт работает в обычном режиме.', url: 'https://example.org/news/1', stance: 'REFUTES', obtainedAt: inDays(-1), isPublic: false },
    'verification.requestVerification': { rumorId: ids.rumorId, assigneeIds: [ids.verifierId], question: 'Работает ли порт Актау сегодня?', dueAt: inDays(2) },
    'verification.myTasks': { cursor: ids.myTasksCursor },
    // The same clientId again replays the first answer (the phone's retry): every valid shot is answered.
    'verification.answer': { id: ids.verificationRequestId, answer: 'DENIES', note: 'Был у порта: работает.', clientId: '0193a2b4-0000-7000-8000-00000000b0b0' },
    'verification.draftVerdict': (i: number) => ({ rumorId: at(ids.investigatingRumorIds, i), verdict: 'UNVERIFIED', rationale: 'Подтверждений нет ни от акимата, ни от очевидцев.' }),
    'verification.reviewVerdict': (i: number) => ({ draftId: at(ids.draftIds, i), decision: 'return', comment: 'Нужен ответ акимата.' }),
    'verification.prepareInterimNotice': { rumorId: ids.rumorId },
    // A literal address: no DNS lookup (the bench runs offline); the bench allows private destinations.
    'webhooks.create': (i: number) => ({ url: `http://127.0.0.1:9/hook/${twice(i)}`, label: 'Партнёр', regionCodes: ['KZ-47'], language: 'ru' }),
    'webhooks.setActive': { id: ids.webhookId, active: true },
  };
}

/** Procedures a verifier, not the admin, calls (their tasks are assigned to verifiers only). */
export const VERIFIER_PROCEDURES: readonly string[] = ['verification.myTasks', 'verification.answer'];

export function inputFor(input: ValidInput, i: number): unknown {
  return typeof input === 'function' ? (input as (i: number) => unknown)(i) : input;
}
