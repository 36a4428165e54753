import { z } from 'zod';

export const languageValues = ['kk', 'ru', 'en'] as const;
export const languageSchema = z.enum(languageValues);

export const latestNoticesInput = z.object({
  language: languageSchema,
  regionCode: z.string().regex(/^KZ-\d{2}$/).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
export type LatestNoticesInput = z.input<typeof latestNoticesInput>;

export const searchNoticesInput = z.object({
  q: z.string().trim().min(3, 'queryTooShort').max(2000, 'queryTooLong'),
  language: languageSchema.default('ru'),
  limit: z.number().int().min(1).max(20).default(5),
});
export type SearchNoticesInput = z.input<typeof searchNoticesInput>;
