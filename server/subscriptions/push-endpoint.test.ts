// Anyone may subscribe to push, so a push endpoint is an address an outsider chose: with private
// destinations not allowed (production), only public https endpoints are accepted, and a stored
// endpoint that points inward is refused when sending and the subscription switched off.
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../delivery/public-destination', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../delivery/public-destination')>()),
  privateDestinationsAllowed: () => false,
}));

const { handleSubscribePost } = await import('../api/subscriptions');
const { sendWebPush } = await import('../delivery/web-push-sender');
const { testApiDeps } = await import('../testing/api-deps');
const { setupTestDatabase } = await import('../testing/database');

const t = setupTestDatabase();

/** Keys a real browser would send: a P-256 public key and a 16-byte auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

function subscribeWith(endpoint: string) {
  return handleSubscribePost(
    new Request('http://raspa.test/api/v1/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ language: 'ru', push: { endpoint, keys: browserKeys() } }),
    }),
    testApiDeps(t),
  );
}

describe('POST /api/v1/subscriptions with a push endpoint', () => {
  it('refuses plain http, the cloud metadata service, loopback in IPv6 dress and names that resolve inward — and stores nothing', async () => {
    const refused = [
      'http://169.254.169.254/latest/meta-data/',
      'https://169.254.169.254/latest/meta-data/',
      'http://push.example.org/send/1',
      'https://127.0.0.1:8443/push',
      'https://[::ffff:127.0.0.1]/push',
      'https://[::127.0.0.1]/push',
      'https://[2002:7f00:1::]/push',
      'https://[64:ff9b::7f00:1]/push',
      'https://[fd00::1]/push',
      'https://localhost/push',
      'https://10.0.0.8/push',
    ];
    for (const endpoint of refused) {
      const response = await subscribeWith(endpoint);
      expect(response.status, endpoint).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'validation', fieldErrors: { push: [expect.stringContaining('public https')] } });
    }
    expect(await t.db.subscription.count({ where: { channel: 'WEB_PUSH' } })).toBe(0);
  });

  it('accepts a public https endpoint (as every browser push service has)', async () => {
    const response = await subscribeWith(`https://93.184.216.34/wpush/v2/${randomUUID()}`);
    expect(response.status).toBe(201);
  });
});

describe('sending to a push endpoint', () => {
  it('refuses an endpoint that points inward at send time and switches the subscription off, without connecting', async () => {
    const outcome = await sendWebPush(
      t.db,
      { endpoint: 'https://[::ffff:169.254.169.254]/push/abc', keys: browserKeys() },
      { title: 't', body: 'b', url: 'https://raspa.example/ru/notices/x', verdict: 'FALSE', tag: 'notice-1', lang: 'ru', correction: false, withdrawn: false },
      false,
      'notice1',
    );
    expect(outcome).toMatchObject({ status: 'failed', deactivateSubscription: true, error: expect.stringContaining('refused') });
  });
});
