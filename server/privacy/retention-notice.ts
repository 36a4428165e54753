// The periods the privacy page states, taken from where the purge job and the rate limiter take
// them — so the page can never promise one number while the job applies another.
import { RATE_LIMIT_POLICIES } from '../http/rate-limit';
import { RETENTION_DAYS, type RetentionDays } from './retention';

export interface RetentionNotice {
  contactAfterVerdictDays: number;
  contactAtMostDays: number;
  reportPhotosAndLocationDays: number;
  smsLogDays: number;
  telegramUpdatesDays: number;
  channelContactsDays: number;
  staffSessionsDays: number;
  credentialTokensDays: number;
  auditDetailsDays: number;
  /** The longest rate-limit window: a counter is deleted once its window is over. */
  rateLimitMinutes: number;
}

export function retentionNotice(days: RetentionDays = RETENTION_DAYS): RetentionNotice {
  return {
    contactAfterVerdictDays: days.contactAfterVerdict,
    contactAtMostDays: days.contactAtMost,
    reportPhotosAndLocationDays: days.reportPhotosAndLocation,
    smsLogDays: days.smsLog,
    telegramUpdatesDays: days.telegramUpdates,
    channelContactsDays: days.channelContacts,
    staffSessionsDays: days.staffSessions,
    credentialTokensDays: days.credentialTokens,
    auditDetailsDays: days.auditDetails,
    rateLimitMinutes: Math.ceil(Math.max(...Object.values(RATE_LIMIT_POLICIES).map((p) => p.duration)) / 60),
  };
}
