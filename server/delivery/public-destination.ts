// Outgoing requests to addresses that outsiders chose — a browser's push endpoint (anyone may
// subscribe), a partner's webhook URL — go only to public internet addresses: never to the
// server's own loopback, its LAN, a cloud metadata service (169.254.169.254) or any other special
// range, however the address is written. IPv6 forms that carry an IPv4 address inside (IPv4-mapped
// `::ffff:127.0.0.1`, IPv4-compatible `::127.0.0.1`, SIIT `::ffff:0:7f00:1`, NAT64 `64:ff9b::7f00:1`,
// 6to4 `2002:7f00:1::`, Teredo) are judged by that IPv4 address.
//
// Checked twice: when the address is registered (a clear refusal for the person typing it), and at
// connection time by `publicOnlyLookup`, which resolves the host name, refuses if any answer is not
// public, and hands the connection exactly the address it checked — so a DNS answer that changes
// between the check and the request (DNS rebinding) cannot point a delivery inward.
// RASPA_WEBHOOK_ALLOW_PRIVATE (and tests) turn the refusal off for local stand-ins.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { serverEnv } from '../config/env';

export function privateDestinationsAllowed(): boolean {
  const env = serverEnv();
  return env.NODE_ENV === 'test' || env.RASPA_WEBHOOK_ALLOW_PRIVATE;
}

/** IPv6 prefixes whose last 32 bits are an IPv4 address. */
const IPV4_IN_LAST_32_BITS = ['::/96', '::ffff:0:0/96', '::ffff:0:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48'].map((cidr) => ipaddr.IPv6.parseCIDR(cidr));
const SIX_TO_FOUR = ipaddr.IPv6.parseCIDR('2002::/16');
const TEREDO = ipaddr.IPv6.parseCIDR('2001::/32');
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

function ipv4FromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/** The IPv4 addresses an IPv6 address stands for; empty for a native IPv6 address. */
export function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const parts = address.parts;
  if (IPV4_IN_LAST_32_BITS.some((range) => address.match(range))) return [ipv4FromParts(parts[6]!, parts[7]!)];
  if (address.match(SIX_TO_FOUR)) return [ipv4FromParts(parts[1]!, parts[2]!)];
  // Teredo: the relay server's address, and the client's with every bit inverted.
  if (address.match(TEREDO)) return [ipv4FromParts(parts[2]!, parts[3]!), ipv4FromParts(~parts[6]! & 0xffff, ~parts[7]! & 0xffff)];
  return [];
}

/** True only for an address on the public internet (ipaddr.js's "unicast": no private, loopback, link-local, shared, test or reserved range). */
export function isPublicAddress(text: string): boolean {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare) || isIP(bare) === 0) return false;
  const address = ipaddr.parse(bare);
  if (address.kind() === 'ipv4') return address.range() === 'unicast';
  const v6 = address as ipaddr.IPv6;
  const inner = embeddedIpv4(v6);
  if (inner.length > 0) return inner.every((v4) => v4.range() === 'unicast');
  return v6.match(GLOBAL_UNICAST) && v6.range() === 'unicast';
}

/** The refusal a connection attempt fails with; senders treat it as permanent, not as a network hiccup. */
export class DestinationRefusedError extends Error {
  readonly code = 'ERR_RASPA_DESTINATION_REFUSED';
  constructor(readonly host: string) {
    super(`${host} is not a public internet address`);
    this.name = 'DestinationRefusedError';
  }
}

export function isDestinationRefused(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_RASPA_DESTINATION_REFUSED';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request: resolves like Node does, then refuses unless every answer is
 * public, and connects to the checked answers only. IP literals never reach a lookup, so
 * `assertPublicHost` checks them before the request.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  const done = callback as unknown as LookupCallback;
  dnsLookup(hostname, { ...(options as LookupOneOptions), all: true } as LookupAllOptions, (error, addresses) => {
    if (error) return done(error, []);
    if (addresses.length === 0 || !addresses.every((a) => isPublicAddress(a.address))) return done(new DestinationRefusedError(hostname) as NodeJS.ErrnoException, []);
    if ((options as { all?: boolean }).all) return done(null, addresses);
    return done(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** For a URL whose host is an IP literal (no lookup happens): refuse a non-public one. */
export function assertPublicHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !isPublicAddress(host)) throw new DestinationRefusedError(host);
}

export type DestinationCheck = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * The registration-time check: an absolute URL without credentials, https (or also http where
 * `allowHttp`), whose host resolves only to public addresses (unless `allowPrivate`, which also
 * lets local stand-ins speak plain http).
 */
export async function checkDestinationUrl(raw: string, options: { allowHttp: boolean; allowPrivate: boolean }): Promise<DestinationCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  const { allowPrivate } = options;
  const protocols = options.allowHttp || allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!protocols.includes(url.protocol)) return { ok: false, reason: protocols.length === 1 ? 'only https URLs' : 'only http and https URLs' };
  if (url.username || url.password) return { ok: false, reason: 'no credentials in the URL' };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await dnsLookupAsync(host, { all: true })).map((a) => a.address);
  } catch {
    return { ok: false, reason: 'host name does not resolve' };
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) return { ok: false, reason: 'private or loopback address' };
  return { ok: true, url };
}
