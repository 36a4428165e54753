// Response shapes of the public notice list and single-notice endpoints: they type the handlers and
// generate the OpenAPI document.
import { z } from 'zod';
import { EvidenceStance, NoticeUrgency, Verdict } from '../db/generated/enums';
import { LANGUAGES } from '../i18n/languages';

const isoDateTime = z.iso.datetime({ offset: true });

export const noticeListItemResponse = z.object({
  slug: z.string(),
  url: z.url().meta({ description: 'The notice page in the requested language.' }),
  verdict: z.enum(Verdict).meta({ description: '`CHECKING` is an interim "we are checking this claim" notice.' }),
  urgency: z.enum(NoticeUrgency),
  regions: z.array(z.string().meta({ examples: ['KZ-47'] })),
  title: z.string().meta({ description: 'The claim, without the verdict.' }),
  summary: z.string(),
  language: z.enum(LANGUAGES).meta({ description: 'Language of title and summary: the requested one, or the nearest available one.' }),
  version: z.number().int().meta({ description: 'Grows with every published correction.' }),
  firstPublishedAt: isoDateTime,
  lastPublishedAt: isoDateTime,
  status: z.enum(['PUBLISHED', 'WITHDRAWN']).meta({ description: '`WITHDRAWN`: moderators withdrew it — take it down and do not share it; `withdrawnReason` says why.' }),
  withdrawnAt: isoDateTime.nullable(),
  withdrawnReason: z.string().nullable().meta({ description: 'Why it was withdrawn, in the requested language or the nearest one written.' }),
});

export const noticeListResponse = z.object({
  // Most recently changed first: a publication, a correction or a withdrawal moves a notice to the top.
  notices: z.array(noticeListItemResponse),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
});

export const noticeDetailResponse = noticeListItemResponse.extend({
  supersededBy: z.string().nullable().meta({ description: 'Slug of the final notice that replaced this interim one.' }),
  body: z.string().meta({ description: 'Markdown source; sanitise before rendering it as HTML.' }),
  whatToDo: z.string().nullable(),
  changeNote: z.string().nullable().meta({ description: 'What the latest correction changed.' }),
  availableLanguages: z.array(z.enum(LANGUAGES)),
  regionNames: z.array(z.object({ code: z.string(), kk: z.string(), ru: z.string(), en: z.string() })),
  evidence: z.array(z.object({ sourceName: z.string().nullable(), excerpt: z.string(), stance: z.enum(EvidenceStance), obtainedAt: isoDateTime })),
  versions: z.array(z.object({ version: z.number().int(), publishedAt: isoDateTime, changeNote: z.string().nullable() })),
});

export type NoticeListBody = z.infer<typeof noticeListResponse>;
export type NoticeDetailBody = z.infer<typeof noticeDetailResponse>;
