// The raw numbers of a transparency report, for the whole country ("KZ") and each region, as they
// are frozen into a published report version (TransparencyReportVersion.figures). Raw: small counts
// are hidden only when the numbers are shown (tables.ts), by one deterministic rule, so a published
// version always reads the same. Parsed with this schema whenever it is read back.
import { z } from 'zod';
import { DeliveryStatus, PriorityLevel, ReportChannel, RumorStatus, SubscriptionChannel, Verdict } from '../db/generated/enums';

export const NATIONAL = 'KZ';

export const REPORT_CHANNELS = ['WEB', 'TELEGRAM', 'SMS', 'API', 'FIELD'] as const satisfies readonly ReportChannel[];
export const RUMOR_STATUSES = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED'] as const satisfies readonly RumorStatus[];
export const PRIORITY_LEVELS = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const satisfies readonly PriorityLevel[];
export const FINAL_VERDICTS = ['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED'] as const satisfies readonly Verdict[];
export const DELIVERY_CHANNELS = ['WEB_PUSH', 'EMAIL', 'SMS', 'TELEGRAM', 'WEBHOOK'] as const satisfies readonly SubscriptionChannel[];
export const VERIFICATION_ANSWERS = ['CONFIRMS', 'DENIES', 'CANNOT_TELL'] as const;
export type { DeliveryStatus };

const count = z.number().int().min(0);

/** How long something took, over `count` cases; null statistics when there were none. */
export const timingFigures = z.object({ count, medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() });
export type TimingFigures = z.infer<typeof timingFigures>;

export const scopeFigures = z.object({
  /** Rumours first reported in the period, by their status when the figures were computed. */
  rumors: z.array(z.object({ status: z.enum(RUMOR_STATUSES), level: z.enum(PRIORITY_LEVELS), count })),
  /** Rumours whose verdict was approved in the period, by verdict. */
  verdicts: z.object({ FALSE: count, MISLEADING: count, TRUE: count, UNVERIFIED: count }),
  /** First report → first staff action / interim notice / verdict, for those that happened in the period. */
  timeToFirstAction: timingFigures,
  timeToInterimNotice: timingFigures,
  timeToVerdict: timingFigures,
  /** Response deadlines that fell in the period (and have passed): how many were met. */
  deadlines: z.object({ due: count, met: count }),
  notices: z.object({ published: count, interim: count, corrected: count, withdrawn: count }),
  /** Deliveries of notice versions published in the period. */
  deliveries: z.array(z.object({ channel: z.enum(DELIVERY_CHANNELS), sent: count, failed: count })),
  /** Publication → 95 % of a version's deliveries sent, over the versions published in the period. */
  timeTo95PercentDelivered: timingFigures,
  /** Page views of notices on days in the period. */
  pageViews: count,
  /** Questions to field verifiers asked in the period. */
  verification: z.object({ requested: count, answered: count, CONFIRMS: count, DENIES: count, CANNOT_TELL: count, answeredOnTime: count, answerTime: timingFigures }),
});
export type ScopeFigures = z.infer<typeof scopeFigures>;

export const transparencyFigures = z.object({
  formatVersion: z.literal(1),
  period: z.object({ from: z.string(), to: z.string(), quarter: z.string().nullable() }),
  computedAt: z.iso.datetime({ offset: true }),
  /** Reports received in the period by region (null: no region) and channel. */
  reports: z.array(z.object({ regionCode: z.string().nullable(), channel: z.enum(REPORT_CHANNELS), count })),
  /** "KZ" and every region code; a region with nothing in the period is all zeros. */
  scopes: z.record(z.string(), scopeFigures),
  /** Final notices first published in the period and still published: the only claims a report names. */
  publishedNotices: z.array(
    z.object({ slug: z.string(), verdict: z.enum(FINAL_VERDICTS), regionCodes: z.array(z.string()), firstPublishedAt: z.iso.datetime({ offset: true }), titles: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }) }),
  ),
});
export type TransparencyFigures = z.infer<typeof transparencyFigures>;

export function emptyScopeFigures(): ScopeFigures {
  const timing = { count: 0, medianSeconds: null, p90Seconds: null };
  return {
    rumors: [],
    verdicts: { FALSE: 0, MISLEADING: 0, TRUE: 0, UNVERIFIED: 0 },
    timeToFirstAction: { ...timing },
    timeToInterimNotice: { ...timing },
    timeToVerdict: { ...timing },
    deadlines: { due: 0, met: 0 },
    notices: { published: 0, interim: 0, corrected: 0, withdrawn: 0 },
    deliveries: [],
    timeTo95PercentDelivered: { ...timing },
    pageViews: 0,
    verification: { requested: 0, answered: 0, CONFIRMS: 0, DENIES: 0, CANNOT_TELL: 0, answeredOnTime: 0, answerTime: { ...timing } },
  };
}
