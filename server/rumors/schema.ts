import { z } from 'zod';

export const rumorStatusValues = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED'] as const;

export const listInboxInput = z.object({
  status: z.array(z.enum(rumorStatusValues)).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListInboxInput = z.input<typeof listInboxInput>;

export const rumorIdInput = z.object({ id: z.uuid() });
