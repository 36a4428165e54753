// POST /api/v1/reports and GET /api/v1/reports/{trackingCode}: parse, validate, call the domain,
// translate its errors. Intake and tracking logic live in server/reports.
import { DomainError } from '../errors';
import { ApiProblem, requestedLanguage, translateErrorKey, translateFieldErrors, validationProblem, type FieldErrors } from '../http/problem';
import { ImageRejectedError, MAX_IMAGES_PER_REPORT, processUploadedImage, type ImageRejection, type ProcessedImage } from '../media';
import { reportInputSchema, trackingCodeInput } from '../reports/schema';
import { submitReport } from '../reports/submit-report';
import { trackReport } from '../reports/track-report';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';
import { noticePageUrl } from './links';
import { readReportRequestBody, reportBodyKind } from './report-request';
import type { TrackedReportBody } from './responses';
import { isLanguage, type Language } from '../i18n/languages';

const IMAGE_REJECTION_MESSAGES: Record<ImageRejection, string> = {
  'too-large': 'imageTooLarge',
  'not-an-image': 'imageNotAnImage',
  'unsupported-format': 'imageUnsupported',
  'too-many-pixels': 'imageTooManyPixels',
  corrupt: 'imageCorrupt',
};

/** Which input field a domain refusal is about. */
const DOMAIN_ERROR_FIELDS: Record<string, string> = { settlementInvalid: 'settlementId', noticeInvalid: 'confirmedNoticeSlug' };

function languageField(fields: unknown): Language | undefined {
  const language = typeof fields === 'object' && fields !== null ? (fields as { language?: unknown }).language : undefined;
  return isLanguage(language) ? language : undefined;
}

/** Re-encodes every image without metadata; one at a time, because decoding a large photo takes a lot of memory. */
async function processImages(uploads: (Uint8Array | null)[], language: Language): Promise<ProcessedImage[]> {
  const processed: ProcessedImage[] = [];
  const messages = new Set<string>();
  for (const upload of uploads) {
    if (!upload) {
      messages.add(translateErrorKey('imageNotAnImage', language));
      continue;
    }
    try {
      processed.push(await processUploadedImage(upload));
    } catch (error) {
      if (!(error instanceof ImageRejectedError)) throw error;
      messages.add(translateErrorKey(IMAGE_REJECTION_MESSAGES[error.reason], language));
    }
  }
  if (messages.size) throw validationProblem({ images: [...messages] });
  return processed;
}

export function handleReportPost(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    reportBodyKind(request.headers.get('content-type')); // a 415 costs no rate-limit point
    await enforceRateLimit(deps, 'report.submit', { client: request.headers });
    const body = await readReportRequestBody(request);
    context.language = context.explicitLanguage ?? languageField(body.fields) ?? context.language;

    // Everything cheap is checked before any image is decoded, and reported together.
    const parsed = reportInputSchema.safeParse(body.fields);
    const fieldErrors: FieldErrors = parsed.success ? {} : translateFieldErrors(parsed.error, context.language, body.kind === 'multipart' ? { _: 'report' } : {});
    if (body.images.length > MAX_IMAGES_PER_REPORT) fieldErrors.images = [translateErrorKey('imageTooMany', context.language)];
    if (!parsed.success || fieldErrors.images) throw validationProblem(fieldErrors);

    const images = await processImages(body.images, context.language);
    try {
      const { created, report } = await submitReport(deps.db, parsed.data, {
        channel: request.headers.get('x-raspa-client') === 'web' ? 'WEB' : 'API',
        encryptionKey: deps.encryptionKey,
        images,
        displayLanguage: requestedLanguage(request.headers, context.explicitLanguage),
      });
      return Response.json(report, {
        status: created ? 201 : 200,
        headers: { location: `/api/v1/reports/${encodeURIComponent(report.trackingCode)}` },
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'BAD_REQUEST') {
        throw validationProblem({ [DOMAIN_ERROR_FIELDS[error.message] ?? '_']: [translateErrorKey(error.message, context.language)] });
      }
      throw error;
    }
  });
}

/** Unknown and malformed codes get the same 404, so the answer reveals nothing about which codes exist. */
export function handleReportStatusGet(request: Request, deps: ApiDeps, { trackingCode: rawTrackingCode }: { trackingCode: string }): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    const input = trackingCodeInput.safeParse({ trackingCode: rawTrackingCode });
    const tracked = input.success ? await trackReport(deps.db, input.data.trackingCode, context.language) : null;
    if (!tracked) throw new ApiProblem(404, 'not_found');
    const origin = deps.publicOrigin ?? context.url.origin;
    const body: TrackedReportBody = {
      trackingCode: tracked.trackingCode,
      status: tracked.status,
      receivedAt: tracked.receivedAt.toISOString(),
      notice: tracked.notice && {
        slug: tracked.notice.slug,
        verdict: tracked.notice.verdict,
        title: tracked.notice.title,
        summary: tracked.notice.summary,
        publishedAt: tracked.notice.publishedAt?.toISOString() ?? null,
        url: noticePageUrl(origin, context.language, tracked.notice.slug),
      },
      withdrawn: tracked.withdrawn && {
        slug: tracked.withdrawn.slug,
        verdict: tracked.withdrawn.verdict,
        title: tracked.withdrawn.title,
        reason: tracked.withdrawn.reason,
        withdrawnAt: tracked.withdrawn.withdrawnAt.toISOString(),
        url: noticePageUrl(origin, context.language, tracked.withdrawn.slug),
      },
    };
    return Response.json(body);
  });
}
