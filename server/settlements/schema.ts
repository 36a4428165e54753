import { z } from 'zod';
import { REGION_CODES } from '../regions/codes';
import { LANGUAGES } from '../i18n/languages';

export const searchSettlementsInput = z.object({
  q: z.string().trim().min(1).max(80),
  regionCode: z.enum(REGION_CODES).optional(),
  language: z.enum(LANGUAGES).default('ru'),
  limit: z.number().int().min(1).max(20).default(8),
});
export type SearchSettlementsInput = z.input<typeof searchSettlementsInput>;
