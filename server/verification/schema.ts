// The one definition of every verification input: tRPC procedures and admin forms share these.
// Error messages are keys under `verification.validation` in messages/*.json.
import { z } from 'zod';
import { requiredTypedDateTime } from '../i18n/typed-date-time';

export const sourceTypeValues = [
  'AKIMAT',
  'AKIMAT_INTERNAL_POLICY',
  'POLICE',
  'PROSECUTOR',
  'NATIONAL_SECURITY',
  'EMERGENCY_SERVICES',
  'PUBLIC_ACCORD_COUNCIL',
  'COMMUNITY_ASSOCIATION',
  'MEDIA_OUTLET',
  'JOURNALIST',
  'NGO',
  'FIELD_VERIFIER',
  'OTHER',
] as const;
export const stanceValues = ['SUPPORTS', 'REFUTES', 'CONTEXT'] as const;
export const answerValues = ['CONFIRMS', 'DENIES', 'CANNOT_TELL'] as const;
/** CHECKING is the interim notice, not a verdict a moderator drafts. */
export const draftableVerdictValues = ['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED'] as const;
/** Verdicts that claim something about the facts and so must rest on evidence. */
export const verdictsNeedingEvidence: readonly string[] = ['FALSE', 'MISLEADING', 'TRUE'];

const regionCode = z.string().regex(/^KZ-[0-9A-Z]{2,3}$/, 'regionInvalid');
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined));

/** Links must be web links: no javascript:, data: or file: URLs reach a moderator's browser. */
export const webLink = z
  .string()
  .trim()
  .max(2000, 'urlInvalid')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'urlInvalid');

export const sourceFields = z.object({
  name: z.string().trim().min(2, 'nameRequired').max(200, 'nameTooLong'),
  type: z.enum(sourceTypeValues, { error: 'sourceTypeInvalid' }),
  regionCodes: z.array(regionCode).max(20),
  contact: optionalText(500, 'contactTooLong'),
  reliability: z.number({ error: 'reliabilityInvalid' }).int('reliabilityInvalid').min(1, 'reliabilityInvalid').max(5, 'reliabilityInvalid'),
  reliabilityNote: optionalText(1000, 'noteTooLong'),
});
/** The form's fields and the key it chose once per source it adds: sent twice, it is one source (create-source.ts). */
export const createSourceInput = sourceFields.extend({ clientId: z.uuid() });
export type CreateSourceInput = z.input<typeof createSourceInput>;
export type SourceFormValues = z.input<typeof sourceFields>;

export const updateSourceInput = sourceFields.extend({ id: z.uuid() });
export type UpdateSourceInput = z.input<typeof updateSourceInput>;

export const setSourceActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
export type SetSourceActiveInput = z.input<typeof setSourceActiveInput>;

export const listSourcesInput = z
  .object({
    includeInactive: z.boolean().default(false),
    regionCode: regionCode.optional(),
  })
  .default({ includeInactive: false });
export type ListSourcesInput = z.input<typeof listSourcesInput>;

export const addEvidenceInput = z
  .object({
    rumorId: z.uuid(),
    sourceId: z.uuid().optional(),
    adHocSourceName: optionalText(200, 'nameTooLong'),
    excerpt: z.string().trim().min(5, 'excerptRequired').max(5000, 'excerptTooLong'),
    url: webLink.optional().or(z.literal('').transform(() => undefined)),
    stance: z.enum(stanceValues, { error: 'stanceInvalid' }),
    obtainedAt: requiredTypedDateTime('dateInvalid'),
    isPublic: z.boolean().default(false),
  })
  .refine((input) => Boolean(input.sourceId) !== Boolean(input.adHocSourceName), { path: ['adHocSourceName'], message: 'sourceRequired' })
  .refine((input) => input.obtainedAt.getTime() <= Date.now() + 5 * 60_000, { path: ['obtainedAt'], message: 'dateInFuture' });
export type AddEvidenceInput = z.input<typeof addEvidenceInput>;

export const rumorVerificationInput = z.object({ rumorId: z.uuid() });

export const requestVerificationInput = z.object({
  rumorId: z.uuid(),
  assigneeIds: z.array(z.uuid()).min(1, 'assigneeRequired').max(10, 'tooManyAssignees'),
  question: z.string().trim().min(10, 'questionTooShort').max(1000, 'questionTooLong'),
  dueAt: requiredTypedDateTime('dateInvalid').refine((date) => date.getTime() > Date.now(), 'dueInPast'),
  settlementId: z.uuid().optional(),
});
export type RequestVerificationInput = z.input<typeof requestVerificationInput>;

/**
 * Open tasks per page of a field verifier's list: a phone shows two or three at a time, and in a
 * crisis a verifier can have hundreds (all of them at once answered 2 requests a second with 1,485).
 */
export const MY_TASKS_PAGE_SIZE = 20;
/**
 * Which page of a verifier's open tasks: those after `cursor`, the last task of the previous page in
 * list order (deadline, then id). The deadline is ISO 8601 text in UTC as listMyTasks gives it (the
 * same from tRPC and a plain JSON client) or a Date; only years PostgreSQL stores (a Date reaches
 * 271,821 BC, which the database refused as an unexpected error).
 */
export const myTasksInput = z
  .object({
    cursor: z
      .object({
        dueAt: z
          .union([z.date(), z.iso.datetime()])
          .transform((moment) => new Date(moment))
          .pipe(z.date().min(new Date('0000-01-01T00:00:00Z')).max(new Date('9999-12-31T23:59:59.999Z'))),
        id: z.uuid(),
      })
      .nullish(),
  })
  .optional();
export type MyTasksInput = z.input<typeof myTasksInput>;

/** Photos with one answer, as for a citizen's report. */
export const MAX_ANSWER_PHOTOS = 3;
/** A verifier may correct a wrong tap this long after answering; then the answer is locked. */
export const ANSWER_CORRECTION_WINDOW_MS = 10 * 60_000;

/** "I am at the place": the phone's position; the server rounds it like a report's before storing it. */
const answerLocation = z.object({
  lat: z.number({ error: 'locationInvalid' }).min(-90, 'locationInvalid').max(90, 'locationInvalid'),
  lng: z.number({ error: 'locationInvalid' }).min(-180, 'locationInvalid').max(180, 'locationInvalid'),
});
/** Uploaded photo bytes (multipart only, never through tRPC); each goes through the image pipeline. */
const answerPhotos = z.array(z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'fileUnreadable')).max(MAX_ANSWER_PHOTOS, 'tooManyPhotos');

export const answerVerificationInput = z.object({
  id: z.uuid(),
  answer: z.enum(answerValues, { error: 'answerInvalid' }),
  note: optionalText(2000, 'noteTooLong'),
  /** The phone's idempotency key: the same key again replays the first answer instead of answering twice. */
  clientId: z.uuid().optional(),
  location: answerLocation.optional(),
});
export type AnswerVerificationInput = z.input<typeof answerVerificationInput>;
export const answerWithPhotosInput = answerVerificationInput.extend({ photos: answerPhotos.default([]) });
export type AnswerWithPhotosInput = z.input<typeof answerWithPhotosInput>;

/** A correction within the window: the whole answer again, and which of its photos go or come. */
export const correctAnswerInput = z.object({
  id: z.uuid(),
  answer: z.enum(answerValues, { error: 'answerInvalid' }),
  note: optionalText(2000, 'noteTooLong'),
  removeFileIds: z.array(z.uuid()).max(MAX_ANSWER_PHOTOS).default([]),
  photos: answerPhotos.default([]),
});
export type CorrectAnswerInput = z.input<typeof correctAnswerInput>;

export const draftVerdictInput = z.object({
  rumorId: z.uuid(),
  verdict: z.enum(draftableVerdictValues, { error: 'verdictInvalid' }),
  rationale: z.string().trim().min(20, 'rationaleTooShort').max(5000, 'rationaleTooLong'),
});
export type DraftVerdictInput = z.input<typeof draftVerdictInput>;

export const reviewVerdictInput = z
  .object({
    draftId: z.uuid(),
    decision: z.enum(['approve', 'return']),
    comment: optionalText(2000, 'commentTooLong'),
  })
  .refine((input) => input.decision === 'approve' || Boolean(input.comment), { path: ['comment'], message: 'commentRequired' });
export type ReviewVerdictInput = z.input<typeof reviewVerdictInput>;

export const prepareInterimNoticeInput = z.object({ rumorId: z.uuid() });
export type PrepareInterimNoticeInput = z.input<typeof prepareInterimNoticeInput>;
