// The one definition of every transparency-report input: the admin forms, the tRPC procedures and
// the domain functions share these. Messages are keys under `transparency.errors` in messages/*.json.
import { z } from 'zod';

export const quarterCode = z.string().regex(/^\d{4}-Q[1-4]$/, 'quarterInvalid');

export const NARRATIVE_MIN = 20;
export const NARRATIVE_MAX = 20_000;
export const CHANGE_NOTE_MIN = 5;

export const quarterInput = z.object({ quarter: quarterCode });
export type QuarterInput = z.input<typeof quarterInput>;

const narrative = z.string().trim().max(NARRATIVE_MAX, 'narrativeTooLong');

export const saveNarrativeInput = z.object({ quarter: quarterCode, narrativeKk: narrative, narrativeRu: narrative, narrativeEn: narrative });
export type SaveNarrativeInput = z.input<typeof saveNarrativeInput>;

export const publishReportInput = z.object({
  quarter: quarterCode,
  /** What a correction changed; required from the second version on. */
  changeNote: z.string().trim().max(500, 'changeNoteTooLong').optional(),
});
export type PublishReportInput = z.input<typeof publishReportInput>;
