// next-auth's endpoints behind the edge: what next-auth itself would have failed on (a body that is
// not its form, a query that does not decode) is refused as the API's 400/413 before reaching it.
import { describe, expect, it, vi } from 'vitest';
import { serverEnv } from '../config/env';
import { knownDeviceTokenFrom, readKnownDevice } from '../auth/known-device';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { handleNextAuthRequest } from './auth';

const t = setupTestDatabase();

// next-auth itself, standing in: a sign-in that succeeded for `signedInAs` (its session cookie, as
// next-auth sets it), or failed with no cookie.
const nextAuthAnswer = vi.hoisted(() => ({ signedInAs: null as string | null }));
vi.mock('next-auth', () => ({
  default: () => async () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    if (nextAuthAnswer.signedInAs) {
      const { encode: encodeJwt } = await import('next-auth/jwt');
      const { serverEnv: env } = await import('../config/env');
      const token = await encodeJwt({ token: { sub: nextAuthAnswer.signedInAs, sid: 'session' }, secret: env().NEXTAUTH_SECRET });
      headers.append('set-cookie', `next-auth.session-token=${token}; Path=/; HttpOnly; SameSite=Lax`);
    }
    return new Response(JSON.stringify({ url: 'http://raspa.test/ru/admin' }), { status: 200, headers });
  },
}));
const CALLBACK = 'http://raspa.test/api/auth/callback/credentials';
const params = { nextauth: ['callback', 'credentials'] };
const post = (body: BodyInit, contentType: string, url = CALLBACK) => new Request(url, { method: 'POST', headers: { 'content-type': contentType, 'accept-language': 'ru' }, body });

describe('/api/auth/* with damaged requests', () => {
  it('answers 400 with the JSON problem for a body that is not a form, bytes that are not UTF-8, or a query that does not decode', async () => {
    for (const request of [
      post('{"csrfToken":', 'application/json'),
      post(new Uint8Array([0x4a, 0xad, 0x4f, 0xf9]), 'text/plain'),
      post(new Uint8Array([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xc3, 0x28]), 'application/x-www-form-urlencoded'),
      post('csrfToken=x&email=a%40b.kz&password=p', 'application/x-www-form-urlencoded', `${CALLBACK}?callbackUrl=%25%`),
      // A callback address next-auth cannot use, in the query or in its cookie.
      post('csrfToken=x', 'application/x-www-form-urlencoded', `${CALLBACK}?callbackUrl=%EF%BF%BD%EF%BF%BD`),
      new Request('http://raspa.test/api/auth/session', { headers: { cookie: 'next-auth.callback-url=javascript%3Aalert(1)' } }),
    ]) {
      const response = await handleNextAuthRequest(request, testApiDeps(t), { nextauth: new URL(request.url).pathname.split('/').slice(3) });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'bad_request' });
    }
  });

  it('answers 405 (Allow: POST) to anything but a POST on the sign-in callback, which next-auth answers 500', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const response = await handleNextAuthRequest(new Request(CALLBACK, { method }), testApiDeps(t), params);
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('answers 413 for a body far larger than any sign-in form', async () => {
    const response = await handleNextAuthRequest(post(`password=${'x'.repeat(40_000)}`, 'application/x-www-form-urlencoded'), testApiDeps(t), params);
    expect(response.status).toBe(413);
  });
});

describe('signing in from a browser', () => {
  it('gives the browser a known-device token for the member after a successful sign-in only, readable by /api/auth alone', async () => {
    const form = () => post('csrfToken=x&email=a%40b.kz&password=p&json=true', 'application/x-www-form-urlencoded');
    nextAuthAnswer.signedInAs = null;
    const failed = await handleNextAuthRequest(form(), testApiDeps(t), params);
    expect(failed.headers.getSetCookie().some((c) => c.startsWith('raspa-known-device='))).toBe(false);

    const memberId = crypto.randomUUID();
    nextAuthAnswer.signedInAs = memberId;
    const signedIn = await handleNextAuthRequest(form(), testApiDeps(t), params);
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('raspa-known-device='))!;
    expect(cookie).toMatch(/; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Lax/);
    expect(readKnownDevice(knownDeviceTokenFrom(cookie.split(';')[0]), serverEnv().NEXTAUTH_SECRET)?.userId).toBe(memberId);
  });
});

describe('session cookies behind a proxy that terminated TLS', () => {
  it('are Secure when a trusted proxy says the browser came over HTTPS, and only then', async () => {
    const env = serverEnv();
    const hopsBefore = env.RASPA_TRUSTED_PROXY_HOPS;
    expect(env.NEXTAUTH_URL?.startsWith('https:') ?? false, 'the test deployment is plain http').toBe(false);
    nextAuthAnswer.signedInAs = crypto.randomUUID();
    const signIn = (forwardedProto?: string) => {
      const request = post('csrfToken=x&email=a%40b.kz&password=p&json=true', 'application/x-www-form-urlencoded');
      if (forwardedProto) request.headers.set('x-forwarded-proto', forwardedProto);
      return handleNextAuthRequest(request, testApiDeps(t), params);
    };
    try {
      env.RASPA_TRUSTED_PROXY_HOPS = 1;
      const overHttps = (await signIn('https')).headers.getSetCookie();
      expect(overHttps.find((c) => c.startsWith('next-auth.session-token='))).toMatch(/; Secure$/);
      expect(overHttps.every((c) => /;\s*Secure\b/i.test(c))).toBe(true);
      expect((await signIn('http')).headers.getSetCookie().some((c) => /;\s*Secure\b/i.test(c))).toBe(false);
      // Without a trusted proxy a client's own X-Forwarded-Proto says nothing.
      env.RASPA_TRUSTED_PROXY_HOPS = 0;
      expect((await signIn('https')).headers.getSetCookie().some((c) => /;\s*Secure\b/i.test(c))).toBe(false);
    } finally {
      env.RASPA_TRUSTED_PROXY_HOPS = hopsBefore;
      nextAuthAnswer.signedInAs = null;
    }
  });
});
