// Inputs of the public, read-only notice reads (the public pages' lists, the REST list, one notice,
// feeds, live stream). One definition each, shared by the pages, the route handlers, the OpenAPI
// document and the domain functions.
// (Kept apart from schema.ts, which holds the authoring inputs.)
import { z } from 'zod';
import { REGION_CODES } from '../regions/codes';
import { LANGUAGES } from '../i18n/languages';

const language = z.enum(LANGUAGES, { error: 'languageInvalid' });
const regionCode = z.enum(REGION_CODES, { error: 'regionInvalid' });

/** An opaque keyset cursor: base64url of [lastChangedAt ISO, notice id]. */
export const noticeCursor = z
  .string()
  .max(200, 'cursorInvalid')
  .transform((value, ctx) => {
    try {
      const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
      const date = new Date(String(at));
      if (typeof at !== 'string' || Number.isNaN(date.getTime()) || typeof id !== 'string' || !z.uuid().safeParse(id).success) throw new Error('bad cursor');
      return { changedAt: date, id };
    } catch {
      ctx.addIssue({ code: 'custom', message: 'cursorInvalid' });
      return z.NEVER;
    }
  });
export type NoticeCursor = z.output<typeof noticeCursor>;

export function encodeNoticeCursor(cursor: NoticeCursor): string {
  return Buffer.from(JSON.stringify([cursor.changedAt.toISOString(), cursor.id])).toString('base64url');
}

export const listPublishedNoticesInput = z.object({
  language,
  regionCode: regionCode.optional(),
  cursor: noticeCursor.optional(),
  limit: z.number({ error: 'limitInvalid' }).int('limitInvalid').min(1, 'limitInvalid').max(100, 'limitInvalid').default(20),
  /** Machines (API, feeds) keep seeing a withdrawn notice so they can take it down; pages list published ones. */
  includeWithdrawn: z.boolean().default(true),
});
export type ListPublishedNoticesInput = z.input<typeof listPublishedNoticesInput>;

/** The home page's warning strip: recent urgent notices for a region and the whole country. */
export const urgentNoticesInput = z.object({
  language,
  regionCode: regionCode.optional(),
  /** How far back an urgent notice still counts. */
  withinMs: z.number().int().positive(),
  limit: z.number().int().min(1).max(10).default(3),
});
export type UrgentNoticesInput = z.input<typeof urgentNoticesInput>;

export const noticeDetailInput = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/),
  language,
});
export type NoticeDetailInput = z.input<typeof noticeDetailInput>;

/** Feeds and the live stream: one language, optionally one region. */
export const noticeFeedInput = z.object({ language, regionCode: regionCode.optional() });
export type NoticeFeedInput = z.input<typeof noticeFeedInput>;

export const noticeStreamInput = z.object({ language: language.optional(), regionCode: regionCode.optional() });
export type NoticeStreamInput = z.input<typeof noticeStreamInput>;
