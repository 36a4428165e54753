// The one list of audit actions. Each action names the entity it is about and the shape of what
// it records before and after the change (zod, strict: a field the registry does not know is an
// error). recordAuditEvent accepts only these names and parses the data against them; viewers
// read any stored event back through the same entries and say it in words from the message key
// `audit.actions.<action>` in messages/{kk,ru,en}.json (a test checks every action has all three).
//
// Naming: `<entity>.<what happened>` in snake_case, past tense (rumor.merged, notice.published).
// A new action: one entry here and its text under `audit.actions` in the three catalogues.
import { z } from 'zod';
import {
  ContactKind,
  DeliveryCadence,
  DismissReason,
  EvidenceStance,
  Language,
  NoticeStatus,
  NoticeUrgency,
  ReportChannel,
  Role,
  RumorStatus,
  SubscriptionChannel,
  Verdict,
  VerdictDraftStatus,
  VerificationAnswer,
  VerificationRequestStatus,
} from '../db/generated/enums';
import { auditedSmppSettings } from '../channels/smpp/schema';
import { CREDENTIAL_METHODS } from '../staff/schema';
import { RETENTION_KINDS, type RetentionKind } from '../privacy/retention';

/** Who acted when no staff member did; the viewers translate these under `auditActors`. */
export const NON_STAFF_ACTORS = ['citizen', 'system', 'telegram', 'sms-gateway', 'anonymous'] as const;
export type NonStaffActor = (typeof NON_STAFF_ACTORS)[number];

const id = z.string().min(1);
const text = z.string();
const count = z.number().int().nonnegative();
const isoTime = z.string().min(1);
const regionCodes = z.array(z.string());
const rumorStatus = z.enum(RumorStatus);
const verdict = z.enum(Verdict);
const draftStatus = z.enum(VerdictDraftStatus);
const noticeStatus = z.enum(NoticeStatus);
const language = z.enum(Language);
const none = z.undefined();

/**
 * One action: the entity type it is recorded against and its before/after data. `personal`: the data
 * may identify or describe a person (free text a colleague wrote, a name, an e-mail address, a
 * device): it is removed when the "audit details" retention period is over, while who did what to
 * which thing and when stays as the accountable record (server/privacy/purge-personal-data.ts).
 */
function action<Entity extends string, Before extends z.ZodType = typeof none, After extends z.ZodType = typeof none>(
  entityType: Entity,
  shapes: { before?: Before; after?: After } = {},
  options: { personal?: true } = {},
) {
  return { entityType, before: (shapes.before ?? none) as Before, after: (shapes.after ?? none) as After, personal: options.personal ?? false };
}

const sourceFields = z.strictObject({
  name: text,
  type: text,
  regionCodes,
  reliability: z.number(),
  reliabilityNote: text.nullable(),
  active: z.boolean(),
  hasContact: z.boolean(),
});
// What a staff export was asked for and gave (never its rows).
const staffExportAudit = z.strictObject({
  format: text,
  filters: z.strictObject({ regionCode: text.optional(), from: text.optional(), to: text.optional() }),
  rows: count,
  truncated: z.boolean(),
});
const narrativeLengths = z.strictObject({ length: z.strictObject({ kk: count, ru: count, en: count }) });
const transparencyVersion = z.strictObject({ quarter: text, version: count, figuresComputedAt: isoTime, changeNote: text.nullable() });
// A staff member's profile as an admin sets it.
const staffProfile = { name: text, role: z.enum(Role), regionCodes, nationalQueue: z.boolean(), canViewContacts: z.boolean() };
const deadlines = { CRITICAL: z.number(), HIGH: z.number(), NORMAL: z.number(), LOW: z.number() };
// auditDetails came later: rows recorded before it do not carry it.
const retentionDays = z.strictObject({
  ...(Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, count])) as Record<RetentionKind, typeof count>),
  auditDetails: count.optional(),
});
const regionRisk = { code: text, riskLevel: z.number().int(), requiresApproval: z.boolean() };
const riskTerm = { id, term: text, language, weight: z.number() };
// Rows written before transitionRumor carry `dismissReason: null` on both sides.
const dismissReason = z.enum(DismissReason).nullable().optional();
const statusChange = {
  before: z.strictObject({ status: rumorStatus, dismissReason }),
};

export const AUDIT_ACTIONS = {
  // ——— Reports ———
  'report.submitted': action('Report', { after: z.strictObject({ channel: z.enum(ReportChannel), confirmedMatch: z.boolean() }) }),
  'report.confirmed_match': action('Report', { after: z.strictObject({ channel: z.enum(ReportChannel), confirmedMatch: z.boolean() }) }),
  'report.clustered': action('Report', {
    // via: how it joined — by wording, by the claim's concepts, through a notice, or confirmed by the reporter.
    // routedRegionCodes: for a report that chose no region, the regions of the places its text names.
    after: z.strictObject({ rumorId: id, clusterScore: z.number().nullable(), via: z.enum(['wording', 'claim', 'notice', 'confirmed']).nullable().optional(), routedRegionCodes: regionCodes.optional() }),
  }),
  // A hotline operator typed in what a caller or visitor told them.
  'report.entered_on_behalf': action('Report', { after: z.strictObject({ channel: z.enum(ReportChannel), confirmedMatch: z.boolean() }) }),
  'report.split': action('Report', { before: z.strictObject({ rumorId: id }), after: z.strictObject({ rumorId: id }) }),
  'report.contact_attached': action('Report', { after: z.strictObject({ contactKind: z.enum(ContactKind) }) }),
  'report.sms_feedback_stopped': action('Report', { after: z.strictObject({ reports: count }) }),
  // A reporter had the report's contact details deleted (privacy page): how much, never what.
  'report.contact_forgotten': action('Report', {
    after: z.strictObject({ contact: z.boolean(), pushSubscriptions: count, queuedDeliveries: count, smsMessages: count }),
  }),

  // ——— Rumours ———
  'rumor.created_from_report': action('Rumor', { after: z.strictObject({ reportId: id }) }),
  'rumor.created_by_split': action('Rumor', { after: z.strictObject({ fromRumorId: id, reportIds: z.array(id).optional() }) }),
  'rumor.joined_across_languages': action('Rumor', {
    after: z.strictObject({
      reportId: id,
      language,
      matchedLanguage: language,
      // Kazakh joined to Kazakh in the other script (Latin ↔ Cyrillic): both scripts.
      script: z.enum(['cyrl', 'latn']).optional(),
      matchedScript: z.enum(['cyrl', 'latn']).optional(),
      matchedReportId: id.nullable(),
      via: z.enum(['wording', 'claim', 'notice', 'confirmed']).nullable(),
      score: z.number(),
      shared: z.array(text),
    }),
  }),
  'rumor.join_split': action('Rumor', { after: z.strictObject({ reportId: id, reportsMoved: count, toRumorId: id }) }),
  'rumor.status_changed': action('Rumor', {
    ...statusChange,
    after: z.strictObject({ status: rumorStatus, verdictDraftId: id.optional(), comment: text.nullable().optional(), noticeId: id.optional(), withdrawnNoticeId: id.optional(), dismissReason }),
  }, { personal: true }),
  'rumor.dismissed': action('Rumor', {
    ...statusChange,
    after: z.strictObject({ status: z.literal('DISMISSED'), dismissReason: z.enum(DismissReason), note: text.optional() }),
  }, { personal: true }),
  'rumor.merged': action('Rumor', { ...statusChange, after: z.strictObject({ status: z.literal('MERGED'), mergedIntoId: id, reportsMoved: count }) }),
  // before/moved: what the target was and what moved from each source, for undoing it exactly
  // (merges recorded before undo existed have neither and cannot be undone). bridgeReportId: merged
  // by the clusterer (system), because that report bridged rumours of one claim (merge-bridged-rumours.ts);
  // consolidated: by the clusterer, the two whole rumours being one claim (consolidate-rumours.ts).
  'rumor.merge_received': action('Rumor', {
    before: z.strictObject({ riskFlags: z.array(text), regionCodes }).optional(),
    after: z.strictObject({
      from: z.array(id),
      reportsMoved: count,
      bridgeReportId: id.optional(),
      consolidated: z.literal(true).optional(),
      moved: z
        .array(z.strictObject({ rumorId: id, status: rumorStatus, assigneeId: id.nullable(), reportIds: z.array(id), evidenceIds: z.array(id), requestIds: z.array(id) }))
        .optional(),
    }),
  }),
  // A merge taken back: the rumours it had merged are open again with what they brought.
  'rumor.merge_undone': action('Rumor', { after: z.strictObject({ mergeEventId: id, restored: z.array(id), reportsReturned: count }) }),
  'rumor.unmerged': action('Rumor', {
    before: z.strictObject({ status: z.literal('MERGED'), mergedIntoId: id }),
    after: z.strictObject({ status: rumorStatus, reportsReturned: count }),
  }),
  'rumor.assigned': action('Rumor', { before: z.strictObject({ assigneeId: id.nullable() }), after: z.strictObject({ assigneeId: id.nullable() }) }),
  'rumor.claim_edited': action('Rumor', { before: z.strictObject({ claim: text }), after: z.strictObject({ claim: text }) }, { personal: true }),
  'rumor.comment_added': action('Rumor', { after: z.strictObject({ commentId: id, mentions: z.array(id) }) }),

  // ——— Verification ———
  'evidence.added': action('Evidence', {
    after: z.strictObject({
      rumorId: id,
      stance: z.enum(EvidenceStance),
      isPublic: z.boolean(),
      sourceId: id.nullable().optional(),
      adHocSourceName: text.nullable().optional(),
      url: text.nullable().optional(),
      verificationRequestId: id.optional(),
    }),
  }, { personal: true }),
  'evidence.file_attached': action('Evidence', { after: z.strictObject({ rumorId: id, fileId: id, mimeType: text, byteSize: count, sha256: text }) }),
  'evidence.file_removed': action('Evidence', { before: z.strictObject({ rumorId: id, fileId: id, mimeType: text, byteSize: count, sha256: text }) }),
  'verification.requested': action('VerificationRequest', {
    after: z.strictObject({ rumorId: id, assigneeId: id, question: text, dueAt: isoTime, settlementId: id.nullable() }),
  }, { personal: true }),
  'verification.answered': action('VerificationRequest', {
    before: z.strictObject({ status: z.enum(VerificationRequestStatus) }),
    after: z.strictObject({
      status: z.enum(VerificationRequestStatus),
      answer: z.enum(VerificationAnswer).nullable(),
      evidenceId: id,
      // Whether the verifier said "I am at the place" — the (rounded) coordinates stay on the task only.
      atPlace: z.boolean().optional(),
      fileIds: z.array(id).optional(),
    }),
  }),
  'verification.answer_corrected': action('VerificationRequest', {
    before: z.strictObject({ answer: z.enum(VerificationAnswer), note: text.nullable(), fileIds: z.array(id) }),
    after: z.strictObject({ answer: z.enum(VerificationAnswer), note: text.nullable(), fileIds: z.array(id), evidenceId: id }),
  }),
  'verdict.drafted': action('VerdictDraft', { after: z.strictObject({ rumorId: id, verdict, status: draftStatus, rationale: text }) }, { personal: true }),
  'verdict.self_approved': action('VerdictDraft', { after: z.strictObject({ rumorId: id, verdict, status: draftStatus, rationale: text }) }, { personal: true }),
  'verdict.approved': action('VerdictDraft', { before: z.strictObject({ status: draftStatus }), after: z.strictObject({ status: draftStatus, comment: text.nullable() }) }, { personal: true }),
  'verdict.returned': action('VerdictDraft', { before: z.strictObject({ status: draftStatus }), after: z.strictObject({ status: draftStatus, comment: text.nullable() }) }, { personal: true }),
  'source.created': action('Source', { after: z.strictObject({ name: text, type: text, regionCodes, reliability: z.number() }) }, { personal: true }),
  'source.updated': action('Source', { before: sourceFields, after: sourceFields }, { personal: true }),
  'source.deactivated': action('Source', { before: z.strictObject({ active: z.boolean() }), after: z.strictObject({ active: z.boolean() }) }),
  'source.reactivated': action('Source', { before: z.strictObject({ active: z.boolean() }), after: z.strictObject({ active: z.boolean() }) }),

  // ——— Notices ———
  'notice.interim_prepared': action('Notice', { after: z.strictObject({ rumorId: id, slug: text, status: noticeStatus, verdict, regionCodes }) }),
  'notice.interim_updated': action('Notice', { after: z.strictObject({ rumorId: id, slug: text, status: noticeStatus, verdict, regionCodes }) }),
  'notice.draft_created': action('Notice', {
    after: z.strictObject({ rumorId: id, slug: text, version: count, verdict, urgency: z.enum(NoticeUrgency), regionCodes, languages: z.array(language), changeNote: text.nullable() }),
  }),
  'notice.draft_saved': action('Notice', {
    after: z.strictObject({ rumorId: id, slug: text, version: count, verdict, urgency: z.enum(NoticeUrgency), regionCodes, languages: z.array(language), changeNote: text.nullable() }),
  }),
  'notice.published': action('Notice', {
    before: z.strictObject({ status: noticeStatus, verdict, currentVersion: count }),
    after: z.strictObject({ status: noticeStatus, verdict, version: count, changeNote: text.nullable(), missingLanguages: z.array(language), regionCodes, urgency: z.enum(NoticeUrgency) }),
  }),
  'notice.correction_started': action('Notice', { after: z.strictObject({ version: count, verdict, publishedVerdict: verdict }) }),
  'notice.correction_published': action('Notice', {
    before: z.strictObject({ status: noticeStatus, verdict, currentVersion: count }),
    after: z.strictObject({ status: noticeStatus, verdict, version: count, changeNote: text.nullable(), missingLanguages: z.array(language), regionCodes, urgency: z.enum(NoticeUrgency) }),
  }),
  'notice.superseded': action('Notice', { before: z.strictObject({ status: noticeStatus }), after: z.strictObject({ status: noticeStatus, supersededById: id }) }),
  // Start-up backfill: a notice made public before signing existed gets its statement and code.
  'notice.signed_after_publication': action('Notice', { after: z.strictObject({ version: count, status: noticeStatus, code: id }) }),
  'notice.withdrawn': action('Notice', {
    before: z.strictObject({ status: noticeStatus }),
    after: z.strictObject({
      status: noticeStatus,
      // One reason per language since withdrawals reach every recipient in theirs; older rows hold one `reason`.
      reasons: z.partialRecord(language, text).optional(),
      reason: text.optional(),
      version: count,
      cancelledDeliveries: count.optional(),
    }),
  }),

  'signing_key.rotated': action('SigningKey', { after: z.strictObject({ keyId: id, retiredKeyIds: z.array(id) }) }),

  // ——— Subscriptions and channels ———
  'subscription.subscribed': action('Subscription', {
    // Older rows have no cadence (every subscription was "at once").
    after: z.strictObject({ channel: z.enum(SubscriptionChannel), regionCodes, language, reportBound: z.boolean(), cadence: z.enum(DeliveryCadence).optional() }),
  }),
  'subscription.cadence_changed': action('Subscription', { before: z.strictObject({ cadence: z.enum(DeliveryCadence) }), after: z.strictObject({ cadence: z.enum(DeliveryCadence) }) }),
  'subscription.confirmed': action('Subscription'),
  'subscription.unsubscribed': action('Subscription'),
  'subscription.created': action('Subscription', { after: z.strictObject({ channel: z.enum(SubscriptionChannel), regionCodes, language }) }),
  'subscription.updated': action('Subscription', {
    before: z.strictObject({ regionCodes, language, active: z.boolean() }),
    after: z.strictObject({ regionCodes, language, active: z.boolean() }),
  }),
  'subscription.deactivated': action('Subscription', { after: z.strictObject({ reason: text }) }),
  'subscription.sms_subscribed': action('Subscription', { after: z.strictObject({ regionCodes }) }),
  'subscription.sms_stopped': action('Subscription'),
  'sms_contact.language_changed': action('ChannelContact', { after: z.strictObject({ language }) }),
  'sms_gateway_secret.created': action('Setting', { after: z.strictObject({ id, label: text }) }),
  'sms_gateway_secret.revoked': action('Setting', { before: z.strictObject({ id, label: text }) }),
  // ——— Privacy ———
  // What the retention job removed: counts only, never what.
  'privacy.purged': action('Retention', {
    after: z.strictObject({
      contacts: count, reportPhotos: count, locations: count, smsMessages: count, smppInboundParts: count, telegramUpdates: count, channelContacts: count, rateLimitKeys: count, staffSessions: count, credentialTokens: count,
      // Added with the audit details period: older rows do not carry it.
      auditDetails: count.optional(),
      reportFormDrafts: count.optional(),
    }),
  }),

  // ——— Exports and public accounting ———
  // Links sealed before data digests existed, checked and re-sealed once (server/audit/audit-chain.ts).
  'audit.chain_relinked': action('AuditLog', { after: z.strictObject({ links: count, previousHead: text }) }),
  'audit_log.exported': action('AuditLog', {
    after: z.strictObject({
      filters: z.strictObject({ actorId: id.optional(), action: text.optional(), entityType: text.optional(), entityId: text.optional(), regionCode: text.optional(), from: text.optional(), to: text.optional() }),
      rows: count,
    }),
  }),
  'export.rumors': action('Export', { after: staffExportAudit }),
  'export.reports': action('Export', { after: staffExportAudit }),
  'transparency.drafted': action('TransparencyReport', { after: z.strictObject({ quarter: text, computedAt: isoTime }) }),
  'transparency.recomputed': action('TransparencyReport', { after: z.strictObject({ quarter: text, computedAt: isoTime }) }),
  'transparency.narrative_saved': action('TransparencyReport', { before: narrativeLengths, after: narrativeLengths }),
  'transparency.published': action('TransparencyReport', { before: z.strictObject({ currentVersion: count }), after: transparencyVersion }),
  'transparency.correction_published': action('TransparencyReport', { before: z.strictObject({ currentVersion: count }), after: transparencyVersion }),
  'smpp_settings.updated': action('Setting', {
    before: auditedSmppSettings.optional(),
    after: auditedSmppSettings.extend({ passwordChanged: z.boolean() }),
  }),
  'telegram.webhook_registered': action('TelegramBot', { after: z.strictObject({ webhookUrl: text }) }),
  'webhook.registered': action('Subscription', { after: z.strictObject({ label: text, regionCodes, host: text }) }),
  'webhook.activated': action('Subscription', { before: z.strictObject({ active: z.boolean() }), after: z.strictObject({ active: z.boolean() }) }),
  'webhook.deactivated': action('Subscription', { before: z.strictObject({ active: z.boolean() }), after: z.strictObject({ active: z.boolean() }) }),

  // ——— Settings and staff ———
  'setting.updated': action('Setting', { before: z.strictObject(deadlines), after: z.strictObject({ ...deadlines, rumorsRedated: count }) }),
  'setting.public_channels_updated': action('Setting', {
    before: z.strictObject({ smsNumbers: z.array(text), telegramBot: text.nullable() }),
    after: z.strictObject({ smsNumbers: z.array(text), telegramBot: text.nullable() }),
  }),
  'setting.retention_updated': action('Setting', { before: retentionDays, after: retentionDays }),
  'region.risk_updated': action('Region', { before: z.strictObject(regionRisk), after: z.strictObject({ ...regionRisk, rumorsRefreshed: count }) }),
  'settlement.added': action('Settlement', {
    after: z.strictObject({
      id,
      regionCode: text,
      nameKk: text,
      nameRu: text,
      nameEn: text,
      districtKk: text.nullable(),
      districtRu: text.nullable(),
      districtEn: text.nullable(),
      lat: z.number().nullable(),
      lng: z.number().nullable(),
      aliases: z.array(text),
    }),
  }),
  'risk_term.added': action('RiskTerm', { after: z.strictObject({ ...riskTerm, matchKey: text, rumorsFlagged: count }) }),
  'risk_term.removed': action('RiskTerm', { before: z.strictObject(riskTerm), after: z.strictObject({ rumorsUnflagged: count }) }),
  'lexicon.term_added': action('ConceptTerm', {
    after: z.strictObject({ id, conceptId: text, language, term: text, contrastClass: text.nullable(), createdConcept: z.boolean(), revision: count }),
  }),
  'lexicon.term_removed': action('ConceptTerm', {
    before: z.strictObject({ id, conceptId: text, language, term: text }),
    after: z.strictObject({ removedConcept: z.boolean(), revision: count }),
  }),
  // One per batch of the re-key job after a lexicon edit (server/lexicon/rekey-open-reports.ts).
  'lexicon.reports_rekeyed': action('LexiconRevision', { after: z.strictObject({ revision: count, reports: count, changed: count, translations: count.optional(), translationsChanged: count.optional() }) }),
  'auth.signed_in': action('User', {
    after: z.strictObject({ sessionId: id, secondFactor: z.enum(['totp', 'recovery']).nullable(), browser: text.nullable(), os: text.nullable() }).optional(),
  }, { personal: true }),
  'auth.signed_out': action('User', { after: z.strictObject({ sessionId: id }) }),
  'auth.recovery_code_used': action('User', { after: z.strictObject({ remaining: count }) }),
  'auth.sign_in_failed': action('User', { after: z.strictObject({ failedSignIns: count, wrongCode: z.boolean().optional() }) }),

  // ——— Staff administration and one's own account ———
  'staff.created': action('User', { after: z.strictObject({ ...staffProfile, email: text, credentials: z.enum(CREDENTIAL_METHODS) }) }, { personal: true }),
  'staff.updated': action('User', { before: z.strictObject(staffProfile), after: z.strictObject(staffProfile) }, { personal: true }),
  'staff.deactivated': action('User', {
    before: z.strictObject({ active: z.boolean() }),
    after: z.strictObject({ active: z.boolean(), sessionsEnded: count, rumorsHandedBack: count, tasksHandedBack: count }),
  }),
  'staff.reactivated': action('User', { before: z.strictObject({ active: z.boolean() }), after: z.strictObject({ active: z.boolean() }) }),
  'staff.password_reset': action('User', { after: z.strictObject({ credentials: z.enum(CREDENTIAL_METHODS), sessionsEnded: count }) }),
  'staff.signed_out_everywhere': action('User', { after: z.strictObject({ sessionsEnded: count }) }),
  'staff.two_factor_reset': action('User', { before: z.strictObject({ twoFactor: z.boolean() }), after: z.strictObject({ twoFactor: z.boolean(), sessionsEnded: count }) }),
  'rumor.handed_back': action('Rumor', { before: z.strictObject({ assigneeId: id }), after: z.strictObject({ assigneeId: z.null() }) }),
  'verification.handed_back': action('VerificationRequest', { before: z.strictObject({ assigneeId: id }), after: z.strictObject({ assigneeId: z.null(), rumorId: id }) }),
  'account.password_changed': action('User', { after: z.strictObject({ otherSessionsEnded: count }) }),
  'account.password_change_refused': action('User'),
  'account.password_set_by_link': action('User', { after: z.strictObject({ purpose: text }) }),
  'account.session_ended': action('User', { after: z.strictObject({ sessionId: id, current: z.boolean() }) }),
  'account.other_sessions_ended': action('User', { after: z.strictObject({ sessionsEnded: count }) }),
  'account.two_factor_enrolment_started': action('User'),
  'account.two_factor_enabled': action('User', { after: z.strictObject({ recoveryCodes: count }) }),
  'account.recovery_codes_regenerated': action('User', { after: z.strictObject({ recoveryCodes: count }) }),
  'account.two_factor_disabled': action('User'),
  'account.notification_settings_changed': action('User', {
    after: z.strictObject({ email: z.array(text), webPush: z.array(text).optional(), telegram: z.array(text).optional(), quietHours: text.nullable() }),
  }),
  'account.push_enabled': action('User', { after: z.strictObject({ devices: count }) }),
  'account.push_disabled': action('User', { after: z.strictObject({ devices: count }) }),
  'account.telegram_link_started': action('User'),
  'account.telegram_linked': action('User'),
  'account.telegram_unlinked': action('User', { after: z.strictObject({ kindsBackInApp: count }) }),
  // Searching the SMS log by a phone number: the number's keyed hash, never the number.
  'sms.log_searched_by_number': action('SmsLog', { after: z.strictObject({ phoneHash: text, found: count }) }, { personal: true }),
  'auth.locked': action('User', { after: z.strictObject({ lockedUntil: isoTime }) }),
  'seed.demo_loaded': action('Seed', {
    after: z.strictObject({ staff: z.array(text), rumors: count, reports: count, notices: count, evidence: count, verdictDrafts: count, verificationRequests: count, comments: count }),
  }, { personal: true }),
} as const;

export type AuditActions = typeof AUDIT_ACTIONS;
export type AuditAction = keyof AuditActions;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/** Every kind of record the trail names (its words: `audit.entities.<type>`). */
export const AUDIT_ENTITY_TYPES = [...new Set(AUDIT_ACTION_NAMES.map((name) => AUDIT_ACTIONS[name].entityType))].sort() as AuditEntityType[];

/** Where an entity type's words are; a type the registry does not know reads as itself. */
export function auditEntityMessageKey(entityType: string): `audit.entities.${AuditEntityType}` | null {
  return (AUDIT_ENTITY_TYPES as string[]).includes(entityType) ? `audit.entities.${entityType as AuditEntityType}` : null;
}

/** Actions whose recorded data may identify or describe a person (see `action`). */
export const PERSONAL_DETAIL_ACTIONS = AUDIT_ACTION_NAMES.filter((name) => AUDIT_ACTIONS[name].personal);

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The entity type an action is recorded against. */
export type AuditEntityType<A extends AuditAction = AuditAction> = AuditActions[A]['entityType'];
export type AuditBefore<A extends AuditAction> = z.input<AuditActions[A]['before']>;
export type AuditAfter<A extends AuditAction> = z.input<AuditActions[A]['after']>;

// ——— For viewers (the rumour's history, the admin audit log) ———

/** Where an action's words are: `audit.actions.<action>` in messages/{kk,ru,en}.json. */
export type AuditActionMessageKey = `audit.actions.${AuditAction}` | 'audit.unknownAction';
export type AuditActorMessageKey = `audit.actors.${NonStaffActor}`;

/** The message that says a stored action in words; a name the registry does not know (yet) reads "made a change". */
export function auditActionMessageKey(action: string): AuditActionMessageKey {
  return isAuditAction(action) ? `audit.actions.${action}` : 'audit.unknownAction';
}

/** Who acted, when it was not a staff member; an unknown label reads "someone". */
export function auditActorMessageKey(actorLabel: string | null): AuditActorMessageKey {
  const label = (NON_STAFF_ACTORS as readonly string[]).includes(actorLabel ?? '') ? (actorLabel as NonStaffActor) : 'anonymous';
  return `audit.actors.${label}`;
}

/** A stored event's data, typed by its action — or null when the row does not fit its registry entry. */
export function readAuditData<A extends AuditAction>(action: A, stored: { before: unknown; after: unknown }) {
  const entry = AUDIT_ACTIONS[action];
  const before = entry.before.safeParse(stored.before ?? undefined);
  const after = entry.after.safeParse(stored.after ?? undefined);
  return before.success && after.success ? { before: before.data as z.output<AuditActions[A]['before']>, after: after.data as z.output<AuditActions[A]['after']> } : null;
}

/**
 * Names used before the registry, as existing databases hold them; migration
 * prisma/migrations/*_audit_action_names renames the stored rows. Kept here so the list of what was
 * renamed is next to what it became.
 */
export const RENAMED_AUDIT_ACTIONS = {
  'region.riskUpdated': 'region.risk_updated',
  'riskTerm.added': 'risk_term.added',
  'riskTerm.removed': 'risk_term.removed',
  'sms.gatewaySecret.created': 'sms_gateway_secret.created',
  'sms.gatewaySecret.revoked': 'sms_gateway_secret.revoked',
  'sms.language.changed': 'sms_contact.language_changed',
  'subscription.sms.subscribed': 'subscription.sms_subscribed',
  'subscription.sms.stopped': 'subscription.sms_stopped',
  'seed.demo': 'seed.demo_loaded',
  'sms.smpp.settings_changed': 'smpp_settings.updated',
} as const satisfies Record<string, AuditAction>;
