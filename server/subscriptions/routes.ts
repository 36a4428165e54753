// HTTP edges of subscribing: JSON from the subscribe page's script (Web Push) and a plain form
// POST that works without JavaScript (e-mail); one-click unsubscribe (RFC 8058) for mail clients.
import { serverEnv } from '../config/env';
import { db } from '../db/client';
import { consumeRateLimit } from '../http/rate-limit';
import { problem } from '../http/problem';
import { logger } from '../log';
import { subscribeInput, subscriptionTokenInput, SUBSCRIPTION_LANGUAGES } from './schema';
import { subscribe, unsubscribe } from './subscribe';

type Locale = (typeof SUBSCRIPTION_LANGUAGES)[number];
const isLocale = (value: unknown): value is Locale => SUBSCRIPTION_LANGUAGES.includes(value as Locale);

function seeOther(request: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { location: new URL(path, request.url).toString(), 'cache-control': 'no-store' } });
}

export async function handleSubscribePost(request: Request): Promise<Response> {
  const isForm = (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded') || (request.headers.get('content-type') ?? '').includes('multipart/form-data');
  let raw: Record<string, unknown>;
  let locale: Locale = 'ru';
  try {
    if (isForm) {
      const form = await request.formData();
      locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'ru';
      raw = { language: form.get('language') ?? locale, regionCodes: form.getAll('regionCodes'), email: form.get('email') || undefined };
    } else {
      raw = (await request.json()) as Record<string, unknown>;
      if (isLocale(raw?.language)) locale = raw.language;
    }
  } catch {
    return problem(400, 'invalid_json', 'The body is not valid JSON or form data.');
  }

  const form = (query: string) => seeOther(request, `/${locale}/subscribe?${query}`);
  if (!(await consumeRateLimit('report.submit', request.headers)).allowed) return isForm ? form('status=rate-limited') : problem(429, 'rate_limited', 'Too many requests.', {}, { 'retry-after': '600' });

  const parsed = subscribeInput.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    return isForm ? form(`status=invalid&error=${encodeURIComponent(fields[0] ?? 'email')}`) : problem(400, 'validation', 'Invalid subscription.', { fields });
  }
  try {
    const result = await subscribe(db(), parsed.data, { encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY });
    if (result.kind === 'unknown-report') return problem(404, 'not_found', 'No report has this tracking code.');
    if (result.kind === 'email') return isForm ? form('status=email-sent') : Response.json({ status: 'confirmation-sent' }, { status: 202 });
    return Response.json({ status: 'subscribed', unsubscribeToken: result.unsubscribeToken }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    logger.error({ err: error }, 'subscribe failed');
    return isForm ? form('status=failed') : problem(500, 'internal', 'Could not subscribe.');
  }
}

/**
 * POST /api/v1/subscriptions/unsubscribe/<token>: the page's button (a form with `locale`, answered
 * with a redirect to the page), the push "turn off" button (JSON), or a mail client's RFC 8058
 * one-click POST (body "List-Unsubscribe=One-Click", answered 200).
 */
export async function handleUnsubscribePost(request: Request, rawToken: string): Promise<Response> {
  const parsed = subscriptionTokenInput.safeParse({ token: rawToken });
  let locale: Locale | null = null;
  if ((request.headers.get('content-type') ?? '').includes('form')) {
    const form = await request.formData().catch(() => null);
    const value = form?.get('locale');
    if (isLocale(value)) locale = value;
  }
  const found = parsed.success ? await unsubscribe(db(), parsed.data.token) : false;
  if (locale) return seeOther(request, `/${locale}/unsubscribe/${encodeURIComponent(rawToken)}?${found ? 'done=1' : 'invalid=1'}`);
  if (!found) return problem(404, 'not_found', 'Unknown unsubscribe link.');
  return Response.json({ status: 'unsubscribed' }, { headers: { 'cache-control': 'no-store' } });
}

/** A GET (someone pasted the List-Unsubscribe link): show the page with its confirm button. */
export async function handleUnsubscribeGet(request: Request, rawToken: string): Promise<Response> {
  const parsed = subscriptionTokenInput.safeParse({ token: rawToken });
  const subscription = parsed.success ? await db().subscription.findUnique({ where: { unsubscribeToken: parsed.data.token }, select: { language: true } }) : null;
  return seeOther(request, `/${subscription?.language ?? 'ru'}/unsubscribe/${encodeURIComponent(rawToken)}`);
}
