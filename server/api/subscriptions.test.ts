// The subscribe endpoint's two audiences: the subscribe page's script (JSON, answered with JSON
// problems) and the no-JavaScript form (answered with a redirect back to the page saying why).
import { describe, expect, it } from 'vitest';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createSubscription } from '../testing/delivery';
import { handleCadencePost, handleSubscribePost, handleUnsubscribeGet, handleUnsubscribePost } from './subscriptions';

const t = setupTestDatabase();
const ENDPOINT = 'http://raspa.test/api/v1/subscriptions';
const limited = { consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds: 120 }) };

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
};
const json = (body: unknown, headers: Record<string, string> = {}) => new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const push = () => ({ endpoint: `https://push.example.org/send/${crypto.randomUUID()}`, keys: { p256dh: 'BAbc', auth: 'xyz' } });

describe('POST /api/v1/subscriptions', () => {
  it('sends the no-JS form back to its page in its language: confirmation sent, invalid address, too many tries', async () => {
    const sent = await handleSubscribePost(form({ locale: 'kk', email: `aigerim.${Date.now()}@example.kz`, regionCodes: ['KZ-47', 'KZ-61'] }), testApiDeps(t));
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/kk/subscribe?status=email-sent&region=KZ-47&region=KZ-61');

    const invalid = await handleSubscribePost(form({ locale: 'en', email: 'not an address' }), testApiDeps(t));
    expect(invalid.status).toBe(303);
    expect(invalid.headers.get('location')).toBe('/en/subscribe?status=invalid&error=email');

    // The chosen regions and language come back to the page; the address never goes into the URL.
    const kept = await handleSubscribePost(form({ locale: 'ru', language: 'kk', email: 'aigerim@', regionCodes: ['KZ-47', 'KZ-75'] }), testApiDeps(t));
    expect(kept.headers.get('location')).toBe('/ru/subscribe?status=invalid&error=email&region=KZ-47&region=KZ-75&language=kk');
    const tampered = await handleSubscribePost(form({ locale: 'ru', email: 'a@example.kz', regionCodes: ['KZ-47', '"><script>'] }), testApiDeps(t));
    expect(tampered.headers.get('location')).toBe('/ru/subscribe?status=invalid&error=regions&region=KZ-47');

    const tooMany = await handleSubscribePost(form({ locale: 'ru', email: 'a@example.kz' }), testApiDeps(t, limited));
    expect(tooMany.headers.get('location')).toBe('/ru/subscribe?status=rate-limited');
  });

  it('answers the page’s script with JSON: 201 and the token, or a translated problem', async () => {
    const created = await handleSubscribePost(json({ language: 'ru', regionCodes: ['KZ-47'], push: push() }), testApiDeps(t));
    expect(created.status).toBe(201);
    const { unsubscribeToken } = (await created.json()) as { unsubscribeToken: string };
    expect(unsubscribeToken).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    const invalid = await handleSubscribePost(json({ language: 'ru', regionCodes: ['KZ-99'], push: push() }, { 'accept-language': 'ru' }), testApiDeps(t));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: 'validation', message: 'Некоторые поля заполнены неверно.', fieldErrors: { 'regionCodes.0': [expect.any(String)] } });

    const tooMany = await handleSubscribePost(json({ language: 'ru', push: push() }), testApiDeps(t, limited));
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBe('120');

    const unknownReport = await handleSubscribePost(json({ language: 'ru', push: push(), trackingCode: 'ZZZZ-ZZZZ' }), testApiDeps(t));
    expect(unknownReport.status).toBe(404);

    const garbled = await handleSubscribePost(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }), testApiDeps(t));
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toMatchObject({ error: 'invalid_json' });

    // One-click unsubscribe from a mail client (200), then the page's form (a redirect), then an unknown token.
    const token = { token: unsubscribeToken };
    const oneClick = await handleUnsubscribePost(new Request(`${ENDPOINT}/unsubscribe/${unsubscribeToken}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), testApiDeps(t), token);
    expect(oneClick.status).toBe(200);
    const fromPage = await handleUnsubscribePost(form({ locale: 'kk' }), testApiDeps(t), token);
    expect(fromPage.headers.get('location')).toBe(`/kk/unsubscribe/${unsubscribeToken}?done=1`);
    expect((await handleUnsubscribePost(new Request(`${ENDPOINT}/unsubscribe/x`, { method: 'POST' }), testApiDeps(t), { token: 'no-such-token-0000000' })).status).toBe(404);
    const pasted = await handleUnsubscribeGet(new Request(`${ENDPOINT}/unsubscribe/${unsubscribeToken}`), testApiDeps(t), token);
    expect(pasted.headers.get('location')).toBe(`/ru/unsubscribe/${unsubscribeToken}`);
  });

  it('keeps the chosen digest: the push subscription holds it, the no-JS form brings it back after an error', async () => {
    const created = await handleSubscribePost(json({ language: 'kk', regionCodes: ['KZ-47'], push: push(), cadence: 'WEEKLY' }), testApiDeps(t));
    expect(created.status).toBe(201);
    const { unsubscribeToken } = (await created.json()) as { unsubscribeToken: string };
    expect((await t.db.subscription.findUniqueOrThrow({ where: { unsubscribeToken } })).cadence).toBe('WEEKLY');

    const kept = await handleSubscribePost(form({ locale: 'en', email: 'nope', cadence: 'DAILY' }), testApiDeps(t));
    expect(kept.headers.get('location')).toBe('/en/subscribe?status=invalid&error=email&cadence=DAILY');
    const bad = await handleSubscribePost(form({ locale: 'en', email: `a.${Date.now()}@example.kz`, cadence: 'HOURLY' }), testApiDeps(t));
    expect(bad.headers.get('location')).toBe('/en/subscribe?status=invalid&error=cadence');
    // A report's verdict is never held for a digest.
    const bound = await handleSubscribePost(json({ language: 'ru', push: push(), trackingCode: 'ABCD-EFGH', cadence: 'DAILY' }), testApiDeps(t));
    expect(bound.status).toBe(400);
  });
});

describe('POST /api/v1/subscriptions/cadence/<token>', () => {
  const cadenceForm = (fields: Record<string, string>) =>
    new Request(`${ENDPOINT}/cadence/x`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

  it('changes how often from the manage page (no JS), says what happened, and refuses digests where there are none', async () => {
    const mail = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-47'] });
    const token = { token: mail.unsubscribeToken };
    const saved = await handleCadencePost(cadenceForm({ locale: 'kk', cadence: 'DAILY' }), testApiDeps(t), token);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/kk/unsubscribe/${mail.unsubscribeToken}?cadence=saved`);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: mail.id } })).cadence).toBe('DAILY');
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'subscription.cadence_changed', entityId: mail.id } });
    expect(audit).toMatchObject({ actorLabel: 'citizen', before: { cadence: 'IMMEDIATE' }, after: { cadence: 'DAILY' } });

    const invalid = await handleCadencePost(cadenceForm({ locale: 'ru', cadence: 'HOURLY' }), testApiDeps(t), token);
    expect(invalid.headers.get('location')).toBe(`/ru/unsubscribe/${mail.unsubscribeToken}?cadence=invalid`);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: mail.id } })).cadence).toBe('DAILY');

    const sms = await createSubscription(t.db, { channel: 'SMS', regionCodes: ['KZ-47'] });
    const refused = await handleCadencePost(cadenceForm({ locale: 'en', cadence: 'WEEKLY' }), testApiDeps(t), { token: sms.unsubscribeToken });
    expect(refused.headers.get('location')).toBe(`/en/unsubscribe/${sms.unsubscribeToken}?cadence=unavailable`);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: sms.id } })).cadence).toBe('IMMEDIATE');

    const unknown = await handleCadencePost(cadenceForm({ locale: 'en', cadence: 'WEEKLY' }), testApiDeps(t), { token: 'no-such-token-0000000' });
    expect(unknown.headers.get('location')).toBe('/en/unsubscribe/no-such-token-0000000?invalid=1');
    const limitedForm = await handleCadencePost(cadenceForm({ locale: 'en', cadence: 'WEEKLY' }), testApiDeps(t, limited), token);
    expect(limitedForm.headers.get('location')).toBe(`/en/unsubscribe/${mail.unsubscribeToken}?cadence=rate-limited`);

    const viaJson = await handleCadencePost(new Request(`${ENDPOINT}/cadence/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cadence: 'IMMEDIATE' }) }), testApiDeps(t), token);
    expect(viaJson.status).toBe(200);
    expect(await viaJson.json()).toEqual({ status: 'saved', cadence: 'IMMEDIATE' });
  });
});

describe('a subscription post larger than any subscription', () => {
  // A stream with no Content-Length, as a client sending without end would: refused as it arrives.
  const endless = (chunk: string, chunks: number) => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < chunks) controller.enqueue(new TextEncoder().encode(chunk));
        else controller.close();
      },
    });
  };

  it('is refused with 413 before it is parsed or stored: JSON, the no-JS form, a cadence, an unsubscribe', async () => {
    const before = await t.db.subscription.count();
    const padded = { language: 'ru', regionCodes: ['KZ-47'], push: push(), pad: 'x'.repeat(100_000) };
    const subscribed = await handleSubscribePost(json(padded), testApiDeps(t));
    expect(subscribed.status).toBe(413);
    expect(await subscribed.json()).toMatchObject({ error: 'too_large' });
    const streamed = new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: endless('{"pad":"' + 'x'.repeat(8192), 1000), duplex: 'half' } as RequestInit);
    expect((await handleSubscribePost(streamed, testApiDeps(t))).status).toBe(413);
    // The no-JS form goes back to the subscribe page, subscribing nobody.
    const email = `too.large.${Date.now()}@example.kz`;
    const formPost = await handleSubscribePost(form({ locale: 'kk', email, regionCodes: 'KZ-47', pad: 'x'.repeat(100_000) }), testApiDeps(t));
    expect(formPost.status).toBe(303);
    expect(await t.db.subscription.count()).toBe(before);
    // The body is never read, so its language is not known: it is answered in the page's, from the address its form posts to.
    for (const language of ['kk', 'ru', 'en'] as const) {
      const padded = form({ locale: language, email, regionCodes: 'KZ-47', pad: 'x'.repeat(100_000) });
      const fromPage = new Request(`${ENDPOINT}?lang=${language}`, { method: 'POST', headers: padded.headers, body: await padded.arrayBuffer() });
      expect((await handleSubscribePost(fromPage, testApiDeps(t))).headers.get('location')).toBe(`/${language}/subscribe?status=too-large`);
    }
    // A form posted without it (a page from before): the browser's language.
    const withoutLang = form({ locale: 'kk', email, pad: 'x'.repeat(100_000) });
    withoutLang.headers.set('accept-language', 'en-GB,en;q=0.9');
    expect((await handleSubscribePost(withoutLang, testApiDeps(t))).headers.get('location')).toBe('/en/subscribe?status=too-large');
    // The page's script says its language the same way: the problem's message is in it, not in Russian whatever the page.
    const fromScript = new Request(`${ENDPOINT}?lang=kk`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ru' }, body: JSON.stringify(padded) });
    expect(await (await handleSubscribePost(fromScript, testApiDeps(t))).json()).toEqual({ error: 'too_large', message: 'Сұраныс тым үлкен.', limitBytes: 16 * 1024 });
    expect(await t.db.subscription.count()).toBe(before);

    const mail = await createSubscription(t.db, { channel: 'EMAIL', regionCodes: ['KZ-47'] });
    const cadence = new Request(`${ENDPOINT}/cadence/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cadence: 'DAILY', pad: 'x'.repeat(100_000) }) });
    expect((await handleCadencePost(cadence, testApiDeps(t), { token: mail.unsubscribeToken })).status).toBe(413);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: mail.id } })).cadence).toBe('IMMEDIATE');
    const unsubscribe = new Request(`${ENDPOINT}/unsubscribe/x`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ locale: 'ru', pad: 'x'.repeat(100_000) }) });
    expect((await handleUnsubscribePost(unsubscribe, testApiDeps(t), { token: mail.unsubscribeToken })).status).toBe(413);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: mail.id } })).active).toBe(true);
  });
});
