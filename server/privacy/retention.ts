// How long each kind of personal data is kept: read by the purge job and stated by the privacy page,
// so the two can never disagree. The periods (days) are deliberately short; each says when the clock
// starts. An admin may change them within bounds (Admin → Settings; server/privacy/retention-settings.ts).
import { z } from 'zod';

export const RETENTION_DAYS = {
  /** A reporter's contact: 30 days after the first verdict on their claim was published (they have been told)… */
  contactAfterVerdict: 30,
  /** …and at most 180 days after the report, verdict or not. */
  contactAtMost: 180,
  /** Photos sent with reports, and the ~1 km location: 180 days after the report. */
  reportPhotosAndLocation: 180,
  /** The SMS log (numbers and texts, in and out): 90 days after the message. */
  smsLog: 90,
  /** Parts of long inbound SMPP messages never completed: 2 days. */
  smppInboundParts: 2,
  /** Telegram update ids kept to drop resends: 7 days. */
  telegramUpdates: 7,
  /** Who wrote to Raspa by SMS or Telegram (number or chat, encrypted, and the language chosen): 180 days after they last wrote, unless subscribed. */
  channelContacts: 180,
  /** Staff sessions that ended or expired (browser and system family): 90 days. */
  staffSessions: 90,
  /** One-time links to set a password, used or expired: 30 days. */
  credentialTokens: 30,
  /**
   * What audit events recorded about people — a colleague's free text, names, e-mail addresses,
   * devices (the registry's `personal` actions): a year after the event. Who did what to which thing
   * and when stays: it is the accountable record of the work, and the hash chain still verifies.
   */
  auditDetails: 365,
} as const;

export type RetentionKind = keyof typeof RETENTION_DAYS;
export type RetentionDays = Record<RetentionKind, number>;

/**
 * The periods an admin may set: never shorter than the work needs (a verdict can take weeks; the SMS
 * log is read for abuse reports), never longer than a privacy lawyer would defend.
 */
export const RETENTION_BOUNDS: Record<RetentionKind, { min: number; max: number }> = {
  contactAfterVerdict: { min: 1, max: 90 },
  contactAtMost: { min: 30, max: 365 },
  reportPhotosAndLocation: { min: 30, max: 365 },
  smsLog: { min: 7, max: 180 },
  smppInboundParts: { min: 1, max: 7 },
  telegramUpdates: { min: 1, max: 30 },
  channelContacts: { min: 30, max: 365 },
  staffSessions: { min: 7, max: 365 },
  credentialTokens: { min: 1, max: 90 },
  // A quarter's work must stay reviewable for the quarterly report and a complaint after it.
  auditDetails: { min: 90, max: 1095 },
};

export const RETENTION_KINDS = Object.keys(RETENTION_DAYS) as RetentionKind[];

const days = (kind: RetentionKind) =>
  z.number({ error: 'retentionDaysInvalid' }).int('retentionDaysInvalid').min(RETENTION_BOUNDS[kind].min, 'retentionDaysInvalid').max(RETENTION_BOUNDS[kind].max, 'retentionDaysInvalid');

/** Every period, in days, within its bounds; a contact is never kept longer "at most" than after the verdict. */
export const retentionDaysInput = z
  .strictObject(Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, days(kind)])) as Record<RetentionKind, ReturnType<typeof days>>)
  .refine((d) => d.contactAtMost >= d.contactAfterVerdict, { error: 'contactAtMostBelowAfterVerdict', path: ['contactAtMost'] });
export type RetentionDaysInput = z.input<typeof retentionDaysInput>;
