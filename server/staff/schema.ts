import { z } from 'zod';

/** The regions a rumour touches; colleagues offered for it must cover every one of them. */
export const assignableModeratorsInput = z.object({
  regionCodes: z.array(z.string().regex(/^KZ-[A-Z0-9]{2,3}$/, 'regionInvalid')).max(20),
});
export type AssignableModeratorsInput = z.input<typeof assignableModeratorsInput>;
