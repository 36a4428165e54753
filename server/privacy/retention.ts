// How long each kind of personal data is kept: read by the purge job and stated by the privacy page,
// so the two can never disagree. The periods (days) are deliberately short; each says when the clock starts.
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
  /** Staff sessions that ended or expired (browser and system family): 90 days. */
  staffSessions: 90,
  /** One-time links to set a password, used or expired: 30 days. */
  credentialTokens: 30,
} as const;
