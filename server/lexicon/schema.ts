// The one definition of every lexicon input (admin form and tRPC procedures). Error messages are
// keys under `settings.validation` in messages/*.json.
import { z } from 'zod';
import { CONTRAST_CLASSES } from './contrast-classes';
import { LANGUAGES } from '../i18n/languages';

export { CONTRAST_CLASSES };

/** "school", "worship-house": lowercase Latin letters, digits and hyphens. */
export const conceptIdSchema = z.string().trim().toLowerCase().min(2, 'conceptInvalid').max(40, 'conceptInvalid').regex(/^[a-z0-9][a-z0-9-]*$/, 'conceptInvalid');

export const addConceptTermInput = z.object({
  conceptId: conceptIdSchema,
  /** Only used when the concept is new; an existing concept keeps its class. */
  contrastClass: z.enum(CONTRAST_CLASSES, { error: 'contrastClassInvalid' }).nullable().default(null),
  language: z.enum(LANGUAGES, { error: 'languageInvalid' }),
  // A word, a stem ending in "*" (at least three letters before it) or a phrase.
  term: z.string().trim().min(2, 'lexiconTermTooShort').max(100, 'termTooLong'),
});
export type AddConceptTermInput = z.input<typeof addConceptTermInput>;

/** One contrast class of the lexicon; null is the concepts of no class. */
export const lexiconClassInput = z.object({ contrastClass: z.enum(CONTRAST_CLASSES, { error: 'contrastClassInvalid' }).nullable() });
export type LexiconClassInput = z.input<typeof lexiconClassInput>;

export const removeConceptTermInput = z.object({ id: z.uuid() });
export type RemoveConceptTermInput = z.input<typeof removeConceptTermInput>;
