// POST /api/v1/subscriptions and /api/v1/subscriptions/unsubscribe/<token>: JSON from the subscribe
// page's script (Web Push), a plain form POST that works without JavaScript (e-mail, answered with
// a redirect back to the page), and one-click unsubscribe (RFC 8058) for mail clients.
import { ZodError } from 'zod';
import { ApiProblem, requestedLanguage, translateErrorKey, translateFieldErrors, validationProblem } from '../http/problem';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { isRegionCode } from '../regions/codes';
import { CADENCES, setCadenceInput, subscribeInput, subscriptionTokenInput } from '../subscriptions/schema';
import { setSubscriptionCadence, subscribe, unsubscribe } from '../subscriptions/subscribe';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, seeOther, type ProblemRenderer } from './edge';
import { withBodyLimit } from '../http/read-body';

/**
 * A subscription post is a few hundred bytes (a form's choices, a push endpoint and its keys, a
 * cadence): anything over this is refused (413) as it arrives, never held whole in memory first.
 */
export const SUBSCRIPTION_BODY_LIMIT_BYTES = 16 * 1024;

/** The request with its body read under the limit (too large: the edge's 413), to be parsed as a form or JSON. */
const withLimitedBody = (request: Request) => withBodyLimit(request, SUBSCRIPTION_BODY_LIMIT_BYTES);

function isFormPost(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}

/**
 * The language a post is answered in before its body is read — and when it is never read (over the
 * limit: 413): the page's own, which its forms and script put in the address (`?lang=`), else the
 * browser's (Accept-Language). The body's `locale` or `language`, once read, refines it.
 */
function languageBeforeBody(request: Request): Language {
  return requestedLanguage(request.headers, new URL(request.url).searchParams.get('lang')) ?? DEFAULT_LANGUAGE;
}

export async function handleSubscribePost(request: Request, deps: ApiDeps): Promise<Response> {
  const isForm = isFormPost(request);
  let locale = languageBeforeBody(request);
  // The choices travel back so the page shows them again after an error or success: the regions and
  // the language, never the e-mail address (a URL ends up in logs and browser history).
  const kept = new URLSearchParams();
  const backToForm = (query: string) => seeOther(`/${locale}/subscribe?${query}${kept.size ? `&${kept}` : ''}`);
  // The no-JS form shows what went wrong on the page it came from.
  const formProblem: ProblemRenderer = (problem) => {
    if (problem.code === 'rate_limited') return backToForm('status=rate-limited');
    if (problem.code === 'too_large') return backToForm('status=too-large');
    if (problem.code === 'validation' && problem.cause instanceof ZodError) return backToForm(`status=invalid&error=${encodeURIComponent(problem.cause.issues[0]?.message ?? 'email')}`);
    return backToForm('status=failed');
  };
  return handleApiRequest(
    request,
    deps,
    async (context) => {
      let raw: Record<string, unknown>;
      const posted = await withLimitedBody(request);
      try {
        if (isForm) {
          const form = await posted.formData();
          if (isLanguage(form.get('locale'))) locale = form.get('locale') as Language;
          raw = { language: form.get('language') ?? locale, regionCodes: form.getAll('regionCodes'), email: form.get('email') || undefined, cadence: form.get('cadence') || undefined };
          for (const code of form.getAll('regionCodes')) if (typeof code === 'string' && isRegionCode(code)) kept.append('region', code);
          if (isLanguage(form.get('language'))) kept.set('language', form.get('language') as string);
          const cadence = form.get('cadence');
          if (typeof cadence === 'string' && (CADENCES as readonly string[]).includes(cadence)) kept.set('cadence', cadence);
        } else {
          raw = (await posted.json()) as Record<string, unknown>;
          if (isLanguage(raw?.language)) locale = raw.language;
        }
      } catch {
        throw new ApiProblem(400, 'invalid_json');
      }
      await enforceRateLimit(deps, 'subscribe', { client: request.headers });
      const parsed = subscribeInput.safeParse(raw);
      if (!parsed.success) throw new ApiProblem(400, 'validation', { fieldErrors: translateFieldErrors(parsed.error, context.language) }, {}, parsed.error);
      const result = await subscribe(deps.db, parsed.data, { encryptionKey: deps.encryptionKey });
      if (result.kind === 'unknown-report') throw new ApiProblem(404, 'not_found');
      if (result.kind === 'endpoint-refused') throw validationProblem({ push: [translateErrorKey('pushEndpointRefused', context.language)] });
      if (result.kind === 'email') return isForm ? backToForm('status=email-sent') : Response.json({ status: 'confirmation-sent' }, { status: 202 });
      return Response.json({ status: 'subscribed', unsubscribeToken: result.unsubscribeToken }, { status: 201 });
    },
    isForm ? formProblem : undefined,
  );
}

/**
 * POST …/unsubscribe/<token>: the page's button (a form with `locale`, answered with a redirect to
 * the page), the push "turn off" button (JSON), or a mail client's RFC 8058 one-click POST (body
 * "List-Unsubscribe=One-Click", answered 200).
 */
export function handleUnsubscribePost(request: Request, deps: ApiDeps, { token: rawToken }: { token: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    await enforceRateLimit(deps, 'subscribe', { client: request.headers });
    const parsed = subscriptionTokenInput.safeParse({ token: rawToken });
    let locale: Language | null = null;
    if ((request.headers.get('content-type') ?? '').includes('form')) {
      const form = await (await withLimitedBody(request)).formData().catch(() => null);
      const value = form?.get('locale');
      if (isLanguage(value)) locale = value;
    }
    const found = parsed.success ? await unsubscribe(deps.db, parsed.data.token) : false;
    if (locale) return seeOther(`/${locale}/unsubscribe/${encodeURIComponent(rawToken)}?${found ? 'done=1' : 'invalid=1'}`);
    if (!found) throw new ApiProblem(404, 'not_found');
    return Response.json({ status: 'unsubscribed' });
  });
}

/** A GET (someone pasted the List-Unsubscribe link): show the page with its confirm button. */
export function handleUnsubscribeGet(request: Request, deps: ApiDeps, { token: rawToken }: { token: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const parsed = subscriptionTokenInput.safeParse({ token: rawToken });
    const subscription = parsed.success ? await deps.db.subscription.findUnique({ where: { unsubscribeToken: parsed.data.token }, select: { language: true } }) : null;
    return seeOther(`/${subscription?.language ?? 'ru'}/unsubscribe/${encodeURIComponent(rawToken)}`);
  });
}

/**
 * POST …/cadence/<token>: the manage page's "how often" form (answered with a redirect back to the
 * page, which says what happened), or JSON { cadence } (answered with JSON).
 */
export function handleCadencePost(request: Request, deps: ApiDeps, { token: rawToken }: { token: string }): Promise<Response> {
  const isForm = isFormPost(request);
  let locale = languageBeforeBody(request);
  const backToPage = (query: string) => seeOther(`/${locale}/unsubscribe/${encodeURIComponent(rawToken)}?${query}`);
  return handleApiRequest(
    request,
    deps,
    async (context) => {
      let cadence: unknown;
      const posted = await withLimitedBody(request);
      try {
        if (isForm) {
          const form = await posted.formData();
          if (isLanguage(form.get('locale'))) locale = form.get('locale') as Language;
          cadence = form.get('cadence');
        } else cadence = ((await posted.json()) as { cadence?: unknown } | null)?.cadence;
      } catch {
        throw new ApiProblem(400, 'invalid_json');
      }
      await enforceRateLimit(deps, 'subscribe', { client: request.headers });
      const parsed = setCadenceInput.safeParse({ token: rawToken, cadence });
      if (!parsed.success) {
        if (isForm) return backToPage(parsed.error.issues.some((i) => i.path[0] === 'token') ? 'invalid=1' : 'cadence=invalid');
        throw new ApiProblem(400, 'validation', { fieldErrors: translateFieldErrors(parsed.error, context.language) }, {}, parsed.error);
      }
      const result = await setSubscriptionCadence(deps.db, parsed.data);
      if (isForm) return backToPage(result === 'saved' ? 'cadence=saved' : result === 'not-allowed' ? 'cadence=unavailable' : 'invalid=1');
      if (result === 'unknown-token') throw new ApiProblem(404, 'not_found');
      if (result === 'not-allowed') throw validationProblem({ cadence: [translateErrorKey('cadence', context.language)] });
      return Response.json({ status: 'saved', cadence: parsed.data.cadence });
    },
    isForm ? (problem) => backToPage(problem.code === 'rate_limited' ? 'cadence=rate-limited' : 'cadence=failed') : undefined,
  );
}
