import { z } from 'zod';
import { fitsOneSms } from './sms-segments';
import { LANGUAGES, type Language } from '../i18n/languages';

const languageSchema = z.enum(LANGUAGES);

export const searchNoticesInput = z.object({
  q: z.string().trim().min(3, 'queryTooShort').max(2000, 'queryTooLong'),
  language: languageSchema.default('ru'),
  limit: z.number().int().min(1).max(20).default(5),
});
export type SearchNoticesInput = z.input<typeof searchNoticesInput>;

// ——— Authoring: writing, publishing, correcting and withdrawing notices ———
// Error messages are keys under `noticeEditor.validation` in messages/*.json.

/** Verdicts a final notice can carry; CHECKING belongs to the interim notice only. */
export const finalVerdictValues = ['FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED'] as const;
export type FinalVerdict = (typeof finalVerdictValues)[number];
export const urgencyValues = ['NORMAL', 'URGENT'] as const;
export const NOTICE_TITLE_MAX = 120;
export const NOTICE_SUMMARY_MAX = 280;
export const NOTICE_BODY_MAX = 20_000;
export const NOTICE_WHAT_TO_DO_MAX = 1_000;
export const CHANGE_NOTE_MAX = 500;

/**
 * The verdict in each language's words (stems, so "ложная" is caught by "ложн"). The title is the
 * claim; a title that already says the verdict spreads a headline, not the claim people heard.
 */
export const VERDICT_WORDS: Record<FinalVerdict, Record<Language, readonly string[]>> = {
  FALSE: { kk: ['жалған', 'өтірік', 'фейк'], ru: ['ложь', 'ложн', 'фейк', 'неправда'], en: ['false', 'fake'] },
  MISLEADING: { kk: ['жаңылыстыр'], ru: ['вводит в заблуждение', 'заблужд'], en: ['misleading'] },
  TRUE: { kk: ['рас', 'шындық'], ru: ['правда'], en: ['true'] },
  UNVERIFIED: { kk: ['расталмаған'], ru: ['не подтвержд', 'неподтвержд'], en: ['unverified'] },
};

/** The verdict word the title contains, if any (whole words at their start; case-insensitive). */
export function verdictWordInTitle(title: string, verdict: FinalVerdict, language: Language): string | null {
  const lower = title.toLowerCase();
  for (const word of VERDICT_WORDS[verdict][language]) {
    // Short words ("рас", "true") must stand alone; longer stems may be followed by an ending.
    const tail = word.length <= 4 ? '(?![\\p{L}\\p{N}])' : '';
    if (new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${tail}`, 'u').test(lower)) return word;
  }
  return null;
}

const regionCode = z.string().regex(/^KZ-[0-9A-Z]{2,3}$/, 'regionInvalid');

/** One language's texts. Any field may be empty in a draft; a language is complete when the required ones are filled. */
export const noticeTranslationFields = z.object({
  title: z.string().trim().max(NOTICE_TITLE_MAX, 'titleTooLong'),
  summary: z.string().trim().max(NOTICE_SUMMARY_MAX, 'summaryTooLong'),
  body: z.string().trim().max(NOTICE_BODY_MAX, 'bodyTooLong'),
  whatToDo: z.string().trim().max(NOTICE_WHAT_TO_DO_MAX, 'whatToDoTooLong'),
  smsText: z.string().trim().refine(fitsOneSms, 'smsTooLong'),
});
export type NoticeTranslationFields = z.output<typeof noticeTranslationFields>;

/** A language is published only when these are all filled ("what to do" is optional). */
export function isTranslationComplete(t: { title: string; summary: string; body: string; smsText: string } | undefined): boolean {
  return Boolean(t && t.title.trim() && t.summary.trim() && t.body.trim() && t.smsText.trim());
}

export const saveNoticeDraftInput = z
  .object({
    rumorId: z.uuid(),
    /** Absent for a rumour's first notice; the saved draft's id comes back. */
    noticeId: z.uuid().optional(),
    /** The verdict the moderator sees; the server refuses the save when the approved verdict differs. */
    verdict: z.enum(finalVerdictValues, { error: 'verdictInvalid' }),
    urgency: z.enum(urgencyValues, { error: 'urgencyInvalid' }),
    regionCodes: z.array(regionCode).min(1, 'regionsRequired').max(20, 'regionsRequired'),
    /** "What changed" — required before a correction (version 2 onwards) is published. */
    changeNote: z.string().trim().max(CHANGE_NOTE_MAX, 'changeNoteTooLong').default(''),
    translations: z.object({ kk: noticeTranslationFields, ru: noticeTranslationFields, en: noticeTranslationFields }),
  })
  .superRefine((input, ctx) => {
    for (const language of LANGUAGES) {
      if (verdictWordInTitle(input.translations[language].title, input.verdict, language)) {
        ctx.addIssue({ code: 'custom', path: ['translations', language, 'title'], message: 'titleContainsVerdict' });
      }
    }
  });
export type SaveNoticeDraftInput = z.input<typeof saveNoticeDraftInput>;
export type NoticeDraftFormValues = z.input<typeof saveNoticeDraftInput>;

export const publishNoticeInput = z.object({
  noticeId: z.uuid(),
  /** The version the moderator reviewed; publishing it again is a no-op. Defaults to the pending draft. */
  version: z.number().int().positive().optional(),
  /** Languages the moderator explicitly agreed to publish without. */
  allowMissingLanguages: z.array(languageSchema).max(3).default([]),
});
export type PublishNoticeInput = z.input<typeof publishNoticeInput>;

/** The editor's texts and the languages the moderator agreed to publish without, in one step. */
export const saveAndPublishNoticeInput = z.object({ draft: saveNoticeDraftInput, allowMissingLanguages: publishNoticeInput.shape.allowMissingLanguages });
export type SaveAndPublishNoticeInput = z.input<typeof saveAndPublishNoticeInput>;

export const noticeIdInput = z.object({ noticeId: z.uuid() });
export type NoticeIdInput = z.input<typeof noticeIdInput>;

export const getNoticeForEditingInput = z.union([z.object({ noticeId: z.uuid() }), z.object({ rumorId: z.uuid() })]);
export type GetNoticeForEditingInput = z.input<typeof getNoticeForEditingInput>;

export const WITHDRAWAL_REASON_MIN = 5;
export const WITHDRAWAL_REASON_MAX = 500;
const withdrawalReason = z.string().trim().max(WITHDRAWAL_REASON_MAX, 'reasonTooLong').default('');

/**
 * Why a notice is withdrawn, in each language: shown on the public page and sent to everyone who
 * got the notice. At least one language is needed; a missing one falls back like notice texts.
 */
export const withdrawNoticeInput = z
  .object({
    noticeId: z.uuid(),
    reasons: z.object({ kk: withdrawalReason, ru: withdrawalReason, en: withdrawalReason }),
  })
  .superRefine((input, ctx) => {
    for (const language of LANGUAGES) {
      const reason = input.reasons[language];
      if (reason && reason.length < WITHDRAWAL_REASON_MIN) ctx.addIssue({ code: 'custom', path: ['reasons', language], message: 'reasonTooShort' });
    }
    if (LANGUAGES.every((language) => !input.reasons[language])) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'reasonRequired' });
  });
export type WithdrawNoticeInput = z.input<typeof withdrawNoticeInput>;

export const rumorNoticesInput = z.object({ rumorId: z.uuid() });
export type RumorNoticesInput = z.input<typeof rumorNoticesInput>;
