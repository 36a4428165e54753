// Inputs and shapes of the moderation dashboard. The summary takes no input: its scope is the
// actor's regions and its windows are fixed (7/30 days for verdict times, 14 days of reports).
import { z } from 'zod';
import type { PriorityLevel, ReportChannel, RumorStatus } from '../db/generated/enums';

export const dashboardSummaryInput = z.object({}).strict().optional();
export type DashboardSummaryInput = z.input<typeof dashboardSummaryInput>;

export const REPORT_ACTIVITY_DAYS = 14;
export const TOP_ACTIVE_HOURS = 24;
export const TOP_ACTIVE_LIMIT = 8;

export interface OpenRumorCell {
  status: RumorStatus;
  level: PriorityLevel;
  count: number;
}

export interface TimeToVerdict {
  days: 7 | 30;
  /** Median hours from the first report to the approved verdict; null when nothing was decided. */
  medianHours: number | null;
  verdicts: number;
}

export interface DailyCount {
  /** Calendar day in Kazakhstan (UTC+5), YYYY-MM-DD. */
  day: string;
  key: string;
  count: number;
}

export interface ActiveRumor {
  id: string;
  claim: string;
  status: RumorStatus;
  priorityLevel: PriorityLevel;
  regionCodes: string[];
  sightingsLast24h: number;
}

export type { PriorityLevel, ReportChannel, RumorStatus };
