// Push endpoints and webhook URLs reach only the public internet: every way of writing a private
// address is refused when registered and when the connection is made — including a host name whose
// DNS answer turns private after it was checked (DNS rebinding).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A host name whose DNS answers the test controls, the rest resolving as usual.
const rebinding = vi.hoisted(() => ({ answers: [] as string[][] }));
vi.mock('node:dns', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:dns')>();
  const lookup = ((hostname: string, options: unknown, callback: (error: Error | null, addresses: { address: string; family: number }[]) => void) => {
    if (hostname !== 'rebind.raspa.test') return (real.lookup as (...args: unknown[]) => void)(hostname, options, callback);
    const answer = rebinding.answers.shift() ?? [];
    callback(null, answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  }) as unknown as typeof real.lookup;
  return { ...real, default: { ...real, lookup }, lookup };
});
vi.mock('node:dns/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:dns/promises')>();
  const lookup = (async (hostname: string, options: unknown) => {
    if (hostname !== 'rebind.raspa.test') return (real.lookup as (...args: unknown[]) => unknown)(hostname, options);
    return (rebinding.answers.shift() ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }) as unknown as typeof real.lookup;
  return { ...real, default: { ...real, lookup }, lookup };
});

const { checkDestinationUrl, embeddedIpv4, isPublicAddress, publicOnlyLookup } = await import('./public-destination');
const { postBuffer } = await import('./http-post');

describe('isPublicAddress', () => {
  it('refuses every private, loopback, link-local, shared and reserved IPv4 range', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '10.1.2.3', '172.16.0.1', '192.168.0.5', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1', '240.0.0.1', '192.0.2.1', '198.18.0.1'])
      expect(isPublicAddress(address), address).toBe(false);
    for (const address of ['93.184.216.34', '8.8.8.8', '2.135.1.1']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses IPv6 loopback, unique-local, link-local, multicast and documentation addresses', () => {
    for (const address of ['::1', '::', 'fd00::1', 'fc00::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1', '[::1]']) expect(isPublicAddress(address), address).toBe(false);
    expect(isPublicAddress('2a00:1450:4001:82a::200e')).toBe(true);
  });

  it('judges every IPv6 form that carries an IPv4 address by that IPv4 address', async () => {
    const privateInside = [
      '::127.0.0.1', // IPv4-compatible
      '::7f00:1',
      '::ffff:127.0.0.1', // IPv4-mapped
      '::ffff:7f00:1',
      '::ffff:169.254.169.254',
      '::ffff:0:10.0.0.1', // SIIT (RFC 6145)
      '64:ff9b::7f00:1', // NAT64 (RFC 6052)
      '64:ff9b::169.254.169.254',
      '64:ff9b:1::a00:1', // local-use NAT64 (RFC 8215)
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:a9fe:a9fe::1', // 6to4 of 169.254.169.254
      '2001:0:7f00:1::ffff:ffff', // Teredo via a loopback server
      '2001:0:5db8:1::80ff:fffe', // Teredo whose client is 127.0.0.1 (bits inverted)
    ];
    for (const address of privateInside) expect(isPublicAddress(address), address).toBe(false);
    expect(isPublicAddress('::ffff:93.184.216.34')).toBe(true);
    expect(isPublicAddress('64:ff9b::5db8:d822')).toBe(true);
    expect(embeddedIpv4((await import('ipaddr.js')).default.IPv6.parse('2002:7f00:1::')).map(String)).toEqual(['127.0.0.1']);
  });

  it('refuses what is not an address at all', () => {
    for (const text of ['', 'localhost', '0x7f.1', '2130706433', '127.1']) expect(isPublicAddress(text), text).toBe(false);
  });
});

describe('checkDestinationUrl (when an address is registered)', () => {
  it('refuses private hosts in every spelling the URL parser accepts, credentials, and other schemes', async () => {
    for (const url of ['http://127.0.0.1/x', 'https://[::ffff:127.0.0.1]/x', 'https://[::127.0.0.1]/x', 'https://[2002:7f00:1::]/x', 'https://[64:ff9b::7f00:1]/x', 'https://0x7f.1/x', 'https://2130706433/', 'https://localhost/x', 'http://169.254.169.254/latest/meta-data/'])
      expect(await checkDestinationUrl(url, { allowHttp: true, allowPrivate: false }), url).toMatchObject({ ok: false });
    expect(await checkDestinationUrl('https://user:pw@93.184.216.34/x', { allowHttp: true, allowPrivate: false })).toMatchObject({ ok: false, reason: 'no credentials in the URL' });
    expect(await checkDestinationUrl('ftp://93.184.216.34/x', { allowHttp: true, allowPrivate: false })).toMatchObject({ ok: false });
  });

  it('takes only https for push endpoints, and public addresses', async () => {
    expect(await checkDestinationUrl('http://93.184.216.34/push', { allowHttp: false, allowPrivate: false })).toMatchObject({ ok: false, reason: 'only https URLs' });
    expect(await checkDestinationUrl('https://93.184.216.34/push', { allowHttp: false, allowPrivate: false })).toMatchObject({ ok: true });
    rebinding.answers.push(['93.184.216.34', '10.0.0.7']);
    expect(await checkDestinationUrl('https://rebind.raspa.test/push', { allowHttp: false, allowPrivate: false })).toMatchObject({ ok: false, reason: 'private or loopback address' });
  });
});

describe('at send time', () => {
  let server: http.Server;
  let port = 0;
  const received: string[] = [];
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      received.push(request.url ?? '');
      response.writeHead(201).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses IP literals before connecting', async () => {
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::127.0.0.1]', '[::ffff:7f00:1]']) {
      const result = await postBuffer(new URL(`http://${host}:${port}/literal`), {}, 'x', 2_000, { publicOnly: true });
      expect(result, host).toMatchObject({ status: 0, refused: true });
    }
    expect(received).toEqual([]);
  });

  it('closes the DNS-rebinding gap: a name that resolved to a public address when registered and to loopback when sending is refused, and nothing is sent', async () => {
    rebinding.answers.push(['93.184.216.34']);
    expect(await checkDestinationUrl(`https://rebind.raspa.test:${port}/hook`, { allowHttp: true, allowPrivate: false })).toMatchObject({ ok: true });
    rebinding.answers.push(['127.0.0.1']);
    const result = await postBuffer(new URL(`http://rebind.raspa.test:${port}/hook`), { 'content-type': 'application/json' }, '{}', 2_000, { publicOnly: true });
    expect(result).toMatchObject({ status: 0, refused: true });
    expect(received).toEqual([]);
  });

  it('the connection-time lookup refuses mixed answers and passes public ones through', async () => {
    const look = (answers: string[], all: boolean) =>
      new Promise<{ error: Error | null; address: unknown }>((resolve) => {
        rebinding.answers.push(answers);
        publicOnlyLookup('rebind.raspa.test', { all } as never, ((error: Error | null, address: unknown) => resolve({ error, address })) as never);
      });
    expect((await look(['93.184.216.34', '127.0.0.1'], false)).error).toMatchObject({ code: 'ERR_RASPA_DESTINATION_REFUSED' });
    expect(await look(['93.184.216.34'], false)).toEqual({ error: null, address: '93.184.216.34' });
    expect((await look(['2a00:1450:4001:82a::200e'], true)).address).toEqual([{ address: '2a00:1450:4001:82a::200e', family: 6 }]);
  });

  it('still sends to local stand-ins when private destinations are allowed (tests, RASPA_WEBHOOK_ALLOW_PRIVATE)', async () => {
    const result = await postBuffer(new URL(`http://127.0.0.1:${port}/allowed`), {}, 'x', 2_000, { publicOnly: false });
    expect(result.status).toBe(201);
    expect(received).toEqual(['/allowed']);
  });
});
