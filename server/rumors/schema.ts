import { z } from 'zod';
import type { ReportChannel } from '../db/generated/enums';
import { LANGUAGES } from '../i18n/languages';

export const rumorStatusValues = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED'] as const;
export const dismissReasonValues = ['SPAM', 'OUT_OF_SCOPE', 'DUPLICATE', 'ABUSIVE'] as const;

export const priorityLevelValues = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const;
export const reportChannelValues = ['WEB', 'API', 'SMS', 'TELEGRAM', 'FIELD', 'PHONE', 'IN_PERSON'] as const satisfies readonly ReportChannel[];

/** A calendar day as the date inputs send it; read in Kazakhstan time (UTC+5). */
const inboxDay = z.iso.date({ error: 'invalid' });

/** The inbox filters: what a moderator can set in the filter bar and save under a name. */
export const inboxFilterFields = z.object({
  status: z.array(z.enum(rumorStatusValues)).max(rumorStatusValues.length).optional(),
  regionCode: z.string().regex(/^KZ-[A-Z0-9]{2,3}$/, 'regionInvalid').optional(),
  highRiskOnly: z.boolean().optional(),
  priority: z.array(z.enum(priorityLevelValues)).max(priorityLevelValues.length).optional(),
  language: z.enum(LANGUAGES).optional(),
  channel: z.enum(reportChannelValues).optional(),
  assignee: z.union([z.literal('me'), z.literal('unassigned'), z.uuid()]).optional(),
  overdue: z.boolean().optional(),
  /** Only rumours with a "possibly the same claim" rumour in another language. */
  languageMerge: z.boolean().optional(),
  lastSeenFrom: inboxDay.optional(),
  lastSeenTo: inboxDay.optional(),
  q: z.string().trim().min(3, 'queryTooShort').max(200, 'queryTooLong').optional(),
});
export type InboxFilters = z.infer<typeof inboxFilterFields>;

export const listInboxInput = inboxFilterFields.extend({
  limit: z.number().int().min(1).max(100).default(50),
  /** The last row of the previous page, in inbox order (priorityScore desc, id desc). */
  // `open`: which part of the list the page ended in (open work first, then the rest); absent means open.
  cursor: z.object({ open: z.boolean().optional(), priorityScore: z.number(), id: z.uuid() }).nullish(),
});
export type ListInboxInput = z.input<typeof listInboxInput>;

export const saveInboxFilterInput = z.object({
  name: z.string().trim().min(1, 'filterNameRequired').max(60, 'filterNameTooLong'),
  query: inboxFilterFields,
});
export const deleteInboxFilterInput = z.object({ id: z.uuid() });

export const rumorIdInput = z.object({ id: z.uuid() });

/** Manual status changes a moderator may make; publishing goes through the verdict use case. */
export const changeStatusInput = z.discriminatedUnion('to', [
  z.object({ id: z.uuid(), to: z.literal('INVESTIGATING') }),
  z.object({ id: z.uuid(), to: z.literal('DISMISSED'), reason: z.enum(dismissReasonValues, { error: 'dismissReasonRequired' }), note: z.string().trim().max(1000).optional() }),
]);
export type ChangeStatusInput = z.input<typeof changeStatusInput>;

export const assignInput = z.object({ ids: z.array(z.uuid()).min(1).max(100), assigneeId: z.uuid().nullable() });

export const dismissManyInput = z.object({
  ids: z.array(z.uuid()).min(1).max(100),
  reason: z.enum(dismissReasonValues, { error: 'dismissReasonRequired' }),
  note: z.string().trim().max(1000).optional(),
});

export const mergeInput = z.object({
  targetId: z.uuid(),
  sourceIds: z.array(z.uuid()).min(1).max(50),
});

export const splitReportInput = z.object({ reportId: z.uuid() });

/** The merge to undo: the rumour it merged into and its history entry (rumor.merge_received). */
export const undoMergeInput = z.object({ id: z.uuid(), eventId: z.string().regex(/^\d{1,18}$/) });

export const editClaimInput = z.object({ id: z.uuid(), claim: z.string().trim().min(10, 'textTooShort').max(500, 'textTooLong') });

export const addCommentInput = z.object({ rumorId: z.uuid(), body: z.string().trim().min(1, 'required').max(2000, 'textTooLong') });
export type AddCommentInput = z.input<typeof addCommentInput>;

/** Above this the inbox says "10,000+ reports are being grouped": counting further costs more than it tells. */
export const AWAITING_CLUSTERING_CAP = 10_000;
