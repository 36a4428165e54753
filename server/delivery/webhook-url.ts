// Partner webhook URLs: http(s) only, and — unless RASPA_WEBHOOK_ALLOW_PRIVATE or tests — never an
// address inside our own network (a webhook must not become a way to probe the server's LAN).
// Checked when registered and again before each send, because DNS can change in between.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { serverEnv } from '../config/env';

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

export function privateAddressesAllowed(): boolean {
  const env = serverEnv();
  return env.NODE_ENV === 'test' || env.RASPA_WEBHOOK_ALLOW_PRIVATE;
}

export function isPrivateAddress(address: string): boolean {
  const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  const ip = mapped ? mapped[1]! : address;
  const family = isIP(ip);
  if (family === 0) return true;
  return privateRanges.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

export type WebhookUrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

export async function checkWebhookUrl(raw: string, allowPrivate = privateAddressesAllowed()): Promise<WebhookUrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'only http and https URLs' };
  if (url.username || url.password) return { ok: false, reason: 'no credentials in the URL' };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return { ok: false, reason: 'host name does not resolve' };
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) return { ok: false, reason: 'private or loopback address' };
  return { ok: true, url };
}
