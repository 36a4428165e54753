// The public pages' plain HTML forms, which work without JavaScript: POST /<locale>/report/send (the
// report form; with JavaScript the form posts to /api/v1/reports instead, so the offline outbox
// can replay the very same request), POST /<locale>/privacy/forget ("forget my contact"), and the
// check page's two: POST /<locale>/check/search (the question) and POST /<locale>/report/start
// ("Report this"), which keep what was searched out of every address (a rumour someone looked up
// can identify them in the browser's history, a proxy's log or the next request's Referer).
// Each but the search answers with a redirect (303) to the page it came from — the tracking page once a report is
// stored, the form with `?error=<key>` when something was wrong (or `?draft=<id>` when what was typed
// is kept for it: server/reports/report-form-draft.ts) — and never with a bare error:
// a body that does not parse, is too large or has the wrong type goes back to the form too. A failure
// that is ours, not the sender's, is never hidden in a redirect: it is the error page (500) or the
// outage page (503), with what was typed in a form to send again (a report's photos cannot be: said so).
// They used to be server actions; Next decodes an action's body before any code of ours runs and
// answered a damaged or tampered one with a bare 500 (bench/bad-input.ts).
import { ZodError } from 'zod';
import { DomainError } from '../errors';
import { ImageRejectedError, MAX_IMAGES_PER_REPORT, processUploadedImage, type ProcessedImage } from '../media';
import { forgetReportContact } from '../privacy/forget-contact';
import { keepReportFormDraft, type ReportFormDraftField } from '../reports/report-form-draft';
import { submitReport } from '../reports/submit-report';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { ApiProblem } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import { MULTIPART_BODY_LIMIT_BYTES } from './report-request';
import { answerForeignFormPost } from '../http/page-request-guards';
import type { ApiDeps } from './deps';
import { checkPageAnswering, privacyPageAnswering, unavailablePageFor } from './public-pages';
import { rateLimitedPage, serverErrorPage } from './outage-page';
import type { Repost } from '../notices/render/outage-document';
import { enforceRateLimit, handleApiRequest, seeOther, type ProblemRenderer } from './edge';

const IMAGE_ERROR_KEYS = {
  'too-large': 'imageTooLarge',
  'not-an-image': 'imageNotAnImage',
  'unsupported-format': 'imageUnsupported',
  'too-many-pixels': 'imageTooManyPixels',
  corrupt: 'imageCorrupt',
} as const;

/** A form's small text fields (the privacy form) never need more. */
export const SMALL_FORM_LIMIT_BYTES = 16 * 1024;

/** Goes back to the form with an error key the page shows in words (the message of the thrown problem), or to the draft that holds it with what was typed. */
class BackToForm extends ApiProblem {
  constructor(
    readonly errorKey: string,
    readonly draftId?: string,
  ) {
    super(400, 'bad_request');
  }
}

/** A check page's question is at most 2,000 characters (its input's maxLength); a form field's encoding may take 9 bytes each. */
const QUESTION_FORM_LIMIT_BYTES = 32 * 1024;

/** The report form's fields that are typed back in after a refusal (never contact details; photos cannot be). */
const KEPT_REPORT_FIELDS = ['text', 'regionCode', 'settlement', 'heardVia', 'heardAt'] as const satisfies readonly ReportFormDraftField[];

/** Keeps what was typed for the form to come back with, out of the address; returns the problem that sends the citizen there. */
async function backWithWhatWasTyped(deps: ApiDeps, form: FormData, errorKey: string, field?: ReportFormDraftField): Promise<BackToForm> {
  const values = Object.fromEntries(KEPT_REPORT_FIELDS.flatMap((name) => (text(form, name) === undefined ? [] : [[name, text(form, name)]])));
  // Nothing typed, nothing to keep: the refusal's key alone is no one's words.
  if (Object.keys(values).length === 0) return new BackToForm(errorKey);
  return new BackToForm(errorKey, await keepReportFormDraft(deps.db, deps.encryptionKey, { values, error: errorKey, field }));
}

/**
 * The form's fields, read with a size limit; a body that is not a form is the form's own error.
 * The body is read before anything is answered: answering in the middle of an upload makes the
 * browser drop the connection (and the page never arrives).
 */
export async function readForm(request: Request, limitBytes: number): Promise<FormData> {
  const bytes = await readBodyWithLimit(request, limitBytes);
  const contentType = request.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data' && mediaType !== 'application/x-www-form-urlencoded') throw new BackToForm('invalid');
  try {
    return await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new BackToForm('invalid');
  }
}

// The first non-empty value: a field may be posted twice (the form keeps a hidden copy of the town
// for its scripts, which is still empty when the form is sent before they have run).
export function text(form: FormData, name: string): string | undefined {
  return form.getAll(name).find((value): value is string => typeof value === 'string' && value.trim() !== '');
}

function localeOf(raw: string | undefined): Language {
  return isLanguage(raw) ? raw : DEFAULT_LANGUAGE;
}

/**
 * A form's answer when what went wrong is not the sender's doing, said with the status it is (the edge
 * has logged it: a warning for a 503, the error with its request id for a 500), so it shows in status
 * counts and in the log: the outage page (503, Retry-After) while the database is away or this server
 * too busy, the error page (500) for anything unexpected — each with what was typed in a form to send
 * again, never in an address. A refusal of what was sent (4xx) is the form's own to answer: null.
 */
export function failurePageFor(problem: ApiProblem, locale: Language, pathname: string, repost?: Repost): Response | null {
  if (problem.status === 503) return unavailablePageFor(problem, locale, pathname, repost);
  if (problem.status >= 500) return serverErrorPage(locale, pathname, repost);
  return null;
}

/**
 * A post refused because its network has sent too many (429) comes back in a page holding what was
 * typed, to send again after the wait (Retry-After), never in an address; with nothing typed, null
 * (the form says "too many" itself).
 */
function rateLimitedPageFor(problem: ApiProblem, locale: Language, pathname: string, repost?: Repost): Response | null {
  if (problem.code !== 'rate_limited' || !repost) return null;
  const retryAfter = Number(new Headers(problem.headers).get('retry-after'));
  return rateLimitedPage(locale, pathname, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60, repost);
}

/** Every problem goes back to the form: its own key, or the nearest one the page knows. */
function backToFormRenderer(formPath: string, keyFor: (problem: ApiProblem) => string): ProblemRenderer {
  return (problem) => seeOther(`${formPath}${formPath.includes('?') ? '&' : '?'}${keyFor(problem)}`);
}

export async function handleReportFormPost(request: Request, deps: ApiDeps, params: { locale?: string }): Promise<Response> {
  // proxy.ts does not see these endpoints: a post from another site is refused here.
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  const locale = localeOf(params.locale);
  let form: FormData | undefined;
  const backToForm = backToFormRenderer(`/${locale}/report`, (problem) => {
    if (problem instanceof BackToForm) return problem.draftId ? `draft=${problem.draftId}` : `error=${problem.errorKey}`;
    if (problem.code === 'rate_limited') return 'error=rateLimited';
    if (problem.code === 'too_large') return 'error=imageTooLarge';
    return 'error=invalid';
  });
  // A failure of ours (500, or 503 while the database is away or the server too busy): said so, with
  // every field that was sent in a form to send again (the same clientId: a report stored before the
  // failure is not stored twice); photos cannot come back in a page, and the page says so.
  // Too many from this network: the same page, saying how long to wait (the text was typed; it is kept).
  const render: ProblemRenderer = (problem, context) => {
    const repost = form && reportRepost(form, locale);
    return failurePageFor(problem, locale, `/${locale}/report`, repost) ?? rateLimitedPageFor(problem, locale, `/${locale}/report`, repost) ?? backToForm(problem, context);
  };
  return handleApiRequest(
    request,
    deps,
    async () => {
      form = await readForm(request, MULTIPART_BODY_LIMIT_BYTES);
      await enforceRateLimit(deps, 'report.submit', { client: request.headers });
      const files = form.getAll('images').filter((f): f is File => typeof f !== 'string' && f.size > 0);
      // A refused photo cannot come back, but the words typed beside it do.
      if (files.length > MAX_IMAGES_PER_REPORT) throw await backWithWhatWasTyped(deps, form, 'imageTooMany');
      const images: ProcessedImage[] = [];
      for (const file of files) {
        try {
          images.push(await processUploadedImage(new Uint8Array(await file.arrayBuffer())));
        } catch (error) {
          if (error instanceof ImageRejectedError) throw await backWithWhatWasTyped(deps, form, IMAGE_ERROR_KEYS[error.reason]);
          throw error;
        }
      }
      try {
        const { report } = await submitReport(
          deps.db,
          {
            clientId: text(form, 'clientId') ?? crypto.randomUUID(),
            text: text(form, 'text') ?? '',
            regionCode: text(form, 'regionCode') as never,
            settlement: text(form, 'settlement'),
            heardVia: text(form, 'heardVia') as never,
            // As typed in the page's language ("31.03.2026 14:30"): the report schema reads it.
            heardAt: text(form, 'heardAt'),
            confirmedNoticeSlug: text(form, 'confirmedNoticeSlug'),
          },
          { channel: 'WEB', encryptionKey: deps.encryptionKey, images, displayLanguage: locale },
        );
        return seeOther(`/${locale}/track/${report.trackingCode}?sent=1`);
      } catch (error) {
        if (error instanceof ZodError) {
          const [issue] = error.issues;
          const field = KEPT_REPORT_FIELDS.find((name) => name === issue?.path[0]);
          throw await backWithWhatWasTyped(deps, form, issue?.message ?? 'invalid', field);
        }
        if (error instanceof DomainError && error.code === 'BAD_REQUEST') throw await backWithWhatWasTyped(deps, form, error.message);
        throw error;
      }
    },
    render,
  );
}

/** The report form's fields a plain post carries (components/report/report-form.tsx without JavaScript: it has no contact fields). */
const REPORT_FORM_FIELDS = ['clientId', 'confirmedNoticeSlug', 'text', 'regionCode', 'settlementId', 'settlement', 'lat', 'lng', 'heardAt', 'heardVia'] as const;

/** What a report post sent, to send again (undefined when nothing was typed or chosen). */
function reportRepost(form: FormData, locale: Language): Repost | undefined {
  const fields = Object.fromEntries(REPORT_FORM_FIELDS.flatMap((name) => (text(form, name) === undefined ? [] : [[name, text(form, name)!]])));
  const photos = form.getAll('images').some((f) => typeof f !== 'string' && f.size > 0);
  if (!Object.keys(fields).some((name) => name !== 'clientId') && !photos) return undefined;
  return { action: `/${locale}/report/send`, fields, button: 'sendAgain', photos };
}

/**
 * "Forget my contact": answered on the privacy page; a known and an unknown code get the same answer,
 * so the form cannot be used to find out which codes exist. A tracking code opens its report, so it is
 * never put in an address (history, access logs, the next request's Referer): nothing typed, or done,
 * is a redirect to the page with the answer alone; a code to correct (not a tracking code) or to send
 * again after the wait (too many tries: 429 with Retry-After) comes back in the page that answers the
 * post itself, the code in its field.
 */
export async function handleForgetContactFormPost(request: Request, deps: ApiDeps, params: { locale?: string }): Promise<Response> {
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  const locale = localeOf(params.locale);
  let typed = '';
  const render: ProblemRenderer = (problem) => {
    // A failure of ours is not "not found": the error page (or the outage page), with the code in a form to send again.
    const ours = failurePageFor(problem, locale, `/${locale}/privacy`, typed.trim() ? { action: `/${locale}/privacy/forget`, fields: { code: typed }, button: 'sendAgain' } : undefined);
    if (ours) return ours;
    // A body that is no form, or no code in it: nothing typed to keep.
    return seeOther(`/${locale}/privacy?forget=${problem instanceof BackToForm ? problem.errorKey : 'missing'}#forget`);
  };
  const answerOnPage = async (answer: 'invalid' | 'rateLimited', status: number, retryAfterSeconds?: number) => {
    const page = await privacyPageAnswering(locale, answer, typed, retryAfterSeconds);
    if (page.status !== 200) throw new Error(`the privacy page answered ${page.status}`);
    // The reader's own answer to a post: no cache keeps it (a reload asks before posting again).
    return new Response(page.html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy, 'Cache-Control': 'private, no-store', ...(retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}) } });
  };
  return handleApiRequest(
    request,
    deps,
    async () => {
      const form = await readForm(request, SMALL_FORM_LIMIT_BYTES);
      const code = form.get('code');
      typed = (typeof code === 'string' ? code : '').slice(0, 40);
      if (typed.trim() === '') throw new BackToForm('missing');
      const budget = await deps.consumeRateLimit('contact.forget', { client: request.headers });
      if (!budget.allowed) return answerOnPage('rateLimited', 429, budget.retryAfterSeconds);
      if ((await forgetReportContact(deps.db, typed)) === null) return answerOnPage('invalid', 400);
      return seeOther(`/${locale}/privacy?forget=done#forget`);
    },
    render,
  );
}

/**
 * The check page's question, posted: the answer is the check page with its results (served from
 * the cache of finished pages, server/api/public-pages.ts) at an address that holds no words. The
 * page's own address takes a GET `?q=` too (old links), but nothing of Raspa's makes one any more.
 */
export async function handleCheckFormPost(request: Request, deps: ApiDeps, params: { locale?: string }): Promise<Response> {
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  const locale = localeOf(params.locale);
  let question: string | undefined;
  // Too busy, the database away or a failure of ours: said so, with the question in a form to ask again
  // (nothing is lost). A post that is no form: the empty check page, which asks again.
  const render: ProblemRenderer = (problem) =>
    failurePageFor(problem, locale, `/${locale}/check`, question ? { action: `/${locale}/check/search`, fields: { q: question } } : undefined) ?? seeOther(`/${locale}/check`);
  return handleApiRequest(
    request,
    deps,
    async () => {
      question = text(await readForm(request, QUESTION_FORM_LIMIT_BYTES), 'q')?.trim();
      if (!question) return seeOther(`/${locale}/check`);
      const page = await checkPageAnswering(locale, question, request.headers, deps);
      // The reader's own answer to a POST: no cache keeps it (a reload asks before posting again).
      return new Response(page.html, { status: page.status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy, 'Cache-Control': 'private, no-store' } });
    },
    render,
  );
}

/**
 * "Report this" under a check's results: the question searched starts the report form. It waits
 * for the form as a draft on the server (the refused report's mechanism), under an id only the
 * redirect carries; the form reads it once.
 */
export async function handleReportStartPost(request: Request, deps: ApiDeps, params: { locale?: string }): Promise<Response> {
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  const locale = localeOf(params.locale);
  let question: string | undefined;
  // A failure of ours (the draft could not be kept) is said so, with the text in a form to send again, and
  // so is too many from one network (how long to wait); a post that is no form: the report form.
  const render: ProblemRenderer = (problem) => {
    const repost: Repost | undefined = question ? { action: `/${locale}/report/start`, fields: { text: question }, button: 'sendAgain' } : undefined;
    return failurePageFor(problem, locale, `/${locale}/report`, repost) ?? rateLimitedPageFor(problem, locale, `/${locale}/report`, repost) ?? seeOther(`/${locale}/report${problem.code === 'rate_limited' ? '?error=rateLimited' : ''}`);
  };
  return handleApiRequest(
    request,
    deps,
    async () => {
      question = text(await readForm(request, QUESTION_FORM_LIMIT_BYTES), 'text');
      if (!question) return seeOther(`/${locale}/report`);
      // Each keeps a row for ten minutes: as many as a reader may search.
      await enforceRateLimit(deps, 'search', { client: request.headers });
      return seeOther(`/${locale}/report?draft=${await keepReportFormDraft(deps.db, deps.encryptionKey, { values: { text: question } })}`);
    },
    render,
  );
}
