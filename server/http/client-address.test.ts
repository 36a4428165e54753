// Which address a request is counted against, and whether it came over HTTPS, with and without
// trusted proxies — and the peer-address stamp on a real HTTP server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER, requestIsHttps, stampPeerAddresses } from './client-address';
import { rateLimitKey, subjectIdentity } from './rate-limit';
import { isSameOriginRequest, ownOrigins } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientAddress', () => {
  it('is the TCP peer with no trusted proxy, whatever X-Forwarded-For says', () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: '203.0.113.5', 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' });
    expect(clientAddress(request, 0)).toBe('203.0.113.5');
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown');
  });

  it('reads X-Forwarded-For from the right, one entry per trusted proxy', () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: '10.0.0.3', 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' });
    expect(clientAddress(request, 1)).toBe('10.0.0.2');
    expect(clientAddress(request, 2)).toBe('203.0.113.5');
    // Fewer entries than proxies: the request skipped one; the furthest entry, never a crash.
    expect(clientAddress(request, 5)).toBe('6.6.6.6');
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.3' }), 1)).toBe('10.0.0.3');
  });

  it('keys different subjects apart and never stores them in clear', () => {
    const identity = subjectIdentity({ client: headers({ [PEER_ADDRESS_HEADER]: '203.0.113.5' }) }, 0);
    expect(identity).toBe('client:203.0.113.5');
    const key = rateLimitKey(identity, 's'.repeat(32), new Date('2026-12-05T10:00:00Z'));
    expect(key).not.toContain('203.0.113');
    expect(rateLimitKey(identity, 's'.repeat(32), new Date('2026-12-06T10:00:00Z'))).not.toBe(key);
    expect(subjectIdentity({ staff: 'u1' })).not.toBe(subjectIdentity({ telegramSender: 'u1' }));
  });
});

describe('stampPeerAddresses', () => {
  it('writes the socket’s address into every request, replacing a value the client sent', async () => {
    stampPeerAddresses();
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: { [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' } });
      expect(await response.text()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('requestIsHttps', () => {
  it('trusts the public URL, or X-Forwarded-Proto only from trusted proxies', () => {
    expect(requestIsHttps(headers({}), { publicUrl: 'https://raspa.kz', trustedHops: 0 })).toBe(true);
    expect(requestIsHttps(headers({ 'x-forwarded-proto': 'https' }), { publicUrl: 'http://localhost:3000', trustedHops: 0 })).toBe(false);
    expect(requestIsHttps(headers({ 'x-forwarded-proto': 'https' }), { publicUrl: 'http://localhost:3000', trustedHops: 1 })).toBe(true);
    expect(requestIsHttps(headers({ 'x-forwarded-proto': 'https, http' }), { publicUrl: '', trustedHops: 1 })).toBe(false);
  });
});

describe('isSameOriginRequest', () => {
  const ours = ownOrigins('http://10.0.0.5:3000/api/trpc/x', 'https://raspa.kz/');
  it('accepts our pages and non-browsers, refuses other sites and opaque origins', () => {
    expect(ours).toEqual(['https://raspa.kz', 'http://10.0.0.5:3000']);
    expect(isSameOriginRequest(headers({ origin: 'https://raspa.kz' }), ours)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: 'HTTPS://RASPA.KZ' }), ours)).toBe(true);
    expect(isSameOriginRequest(headers({}), ours)).toBe(true);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'same-origin' }), ours)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: 'https://raspa.kz.evil.example' }), ours)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'null' }), ours)).toBe(false);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'cross-site' }), ours)).toBe(false);
  });
});
