// Shapes of the REST API's response bodies: they type the handlers and generate the OpenAPI
// document, so the documentation cannot drift from what is sent.
import { z } from 'zod';
import { Verdict } from '../db/generated/enums';
import { PROBLEM_CODES } from '../http/problem';
import { LANGUAGES } from '../i18n/languages';

const isoDateTime = z.iso.datetime({ offset: true });
const publicVerdict = z.enum(Verdict);

export const reportSubmittedResponse = z
  .object({
    id: z.uuid(),
    trackingCode: z.string().meta({ description: 'Eight characters; give it to the reporter to follow the report.' }),
    status: z.literal('received'),
    matches: z.array(z.object({ slug: z.string(), title: z.string(), verdict: publicVerdict, summary: z.string().optional().meta({ description: 'The verified fact; lead with it when you show the match.' }), score: z.number() })).meta({
      description:
        'Published notices that look like the same claim ("has this already been checked?"). Empty when none does, or when matchesChecked is false. The same answer is given on every retry.',
    }),
    matchesChecked: z.boolean().meta({
      description:
        'False when the server answered without searching because it was busy (a surge of reports): no report waits for the search. The report is matched to its rumour within seconds either way, and GET /api/v1/reports/{trackingCode} shows the verdict once there is one.',
    }),
  });

export const trackedReportResponse = z
  .object({
    trackingCode: z.string(),
    status: z.enum(['received', 'checking', 'verdict', 'closed']),
    receivedAt: isoDateTime,
    notice: z
      .object({ slug: z.string(), verdict: publicVerdict, title: z.string(), summary: z.string(), publishedAt: isoDateTime.nullable(), url: z.url() })
      .nullable(),
    withdrawn: z
      .object({ slug: z.string(), verdict: publicVerdict, title: z.string(), reason: z.string().nullable(), withdrawnAt: isoDateTime, url: z.url() })
      .nullable()
      .meta({ description: 'The verdict that was published for this report and then withdrawn (with why), while it is being checked again.' }),
  });

export const noticeSearchResponse = z
  .object({
    results: z.array(
      z.object({
        slug: z.string(),
        verdict: publicVerdict,
        title: z.string(),
        summary: z.string(),
        language: z.enum(LANGUAGES),
        score: z.number().meta({ description: 'Similarity to the query, 0–1.' }),
        publishedAt: isoDateTime.nullable(),
        url: z.url(),
      }),
    ),
  });

export const settlementSearchResponse = z
  .object({
    results: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        regionCode: z.string().meta({ examples: ['KZ-47'] }),
        matchedAlias: z.string().nullable().meta({ description: 'The spelling that matched, when it differs from the name shown.' }),
      }),
    ),
  });

export const healthResponse = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['ok', 'down']), version: z.string() });

export const problemResponseBody = z
  .object({
    error: z.enum(PROBLEM_CODES),
    message: z.string().meta({ description: 'For people, in the language chosen by ?lang=, the body\'s `language` or Accept-Language.' }),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'With `validation`: messages per input field ("_" for the body as a whole).' }),
    requestId: z.string().optional().meta({ description: 'With `internal`: quote it when reporting the problem.' }),
    limitBytes: z.number().optional().meta({ description: 'With `too_large`: the largest body accepted.' }),
    accept: z.literal('application/json').optional().meta({ description: 'With `unsupported_media_type` from an endpoint that reads JSON alone: the Content-Type to send.' }),
  });

export type ReportSubmittedBody = z.infer<typeof reportSubmittedResponse>;
export type TrackedReportBody = z.infer<typeof trackedReportResponse>;
export type NoticeSearchBody = z.infer<typeof noticeSearchResponse>;
export type SettlementSearchBody = z.infer<typeof settlementSearchResponse>;
