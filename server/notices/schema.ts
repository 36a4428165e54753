import { z } from 'zod';

export const languageValues = ['kk', 'ru', 'en'] as const;
export const languageSchema = z.enum(languageValues);

export const latestNoticesInput = z.object({
  language: languageSchema,
  regionCode: z.string().regex(/^KZ-\d{2}$/).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
export type LatestNoticesInput = z.input<typeof latestNoticesInput>;
