// next-auth's endpoints behind the edge: what next-auth itself would have failed on (a body that is
// not its form, a query that does not decode) is refused as the API's 400/413 before reaching it.
import { describe, expect, it } from 'vitest';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { handleNextAuthRequest } from './auth';

const t = setupTestDatabase();
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
      const response = await handleNextAuthRequest(request, testApiDeps(t), params);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'bad_request' });
    }
  });

  it('answers 413 for a body far larger than any sign-in form', async () => {
    const response = await handleNextAuthRequest(post(`password=${'x'.repeat(40_000)}`, 'application/x-www-form-urlencoded'), testApiDeps(t), params);
    expect(response.status).toBe(413);
  });
});

