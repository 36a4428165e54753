// Who is on the other end of a request, and did it arrive over HTTPS — as far as we can trust it.
// A client can send any X-Forwarded-For or X-Forwarded-Proto it likes; only the entries our own
// reverse proxies add are true. So they count only when RASPA_TRUSTED_PROXY_HOPS says how many
// proxies we run (read from the right: the entry `hops` from the end is what the outermost of our
// proxies saw). With no proxy (0, the default) the address is the TCP peer's, which Next.js does not
// pass to handlers: stampPeerAddresses() writes it into a header of its own on every request,
// replacing whatever a client sent under that name.
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { serverEnv } from '../config/env';
import { STRICT_TRANSPORT_SECURITY } from './security-headers';

/** Set by this process on every request it receives; a client's own value is overwritten. */
export const PEER_ADDRESS_HEADER = 'x-raspa-peer-address';

let stamping = false;

/**
 * Stamps each incoming request with its TCP peer's address, before Next.js or any handler sees it.
 * Node's `http.server.request.start` diagnostics channel fires synchronously ahead of the server's
 * 'request' event, for every HTTP server of the process. Called once at start-up (instrumentation.ts).
 */
export function stampPeerAddresses(): void {
  if (stamping) return;
  stamping = true;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? 'unknown';
  });
}

let sendingHsts = false;

/**
 * Strict-Transport-Security on every answer that reaches the client over HTTPS — pages, /api, Next's
 * assets, the front door's kept copies, refusals — set on the response as the request arrives, before
 * anything answers it (proxy.ts sees pages only). Called once at start-up (instrumentation.ts).
 */
export function sendStrictTransportSecurity(): void {
  if (sendingHsts) return;
  sendingHsts = true;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const proto = request.headers['x-forwarded-proto'];
    const headers = new Headers(proto === undefined ? {} : { 'x-forwarded-proto': Array.isArray(proto) ? proto.join(', ') : proto });
    if (requestIsHttps(headers)) response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  });
}

function forwardedEntries(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client's address: the TCP peer with no trusted proxy; behind `trustedHops` proxies, the
 * X-Forwarded-For entry that the outermost of them appended (a shorter list means the request
 * skipped a proxy: its leftmost entry, the furthest we can see). "unknown" when nothing tells.
 */
export function clientAddress(headers: Headers, trustedHops = serverEnv().RASPA_TRUSTED_PROXY_HOPS): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || 'unknown';
  if (!(Number.isInteger(trustedHops) && trustedHops > 0)) return peer;
  const entries = forwardedEntries(headers.get('x-forwarded-for'));
  return entries[Math.max(0, entries.length - trustedHops)] ?? peer;
}

/**
 * Whether the client reached us over HTTPS: the public URL says so (NEXTAUTH_URL https://…), or a
 * trusted proxy says it terminated TLS (X-Forwarded-Proto, read from the right like the address).
 */
export function requestIsHttps(headers: Headers, options: { publicUrl?: string; trustedHops?: number } = {}): boolean {
  const env = options.publicUrl === undefined || options.trustedHops === undefined ? serverEnv() : undefined;
  const publicUrl = options.publicUrl ?? env?.NEXTAUTH_URL;
  const trustedHops = options.trustedHops ?? env?.RASPA_TRUSTED_PROXY_HOPS ?? 0;
  if (publicUrl?.startsWith('https:')) return true;
  if (trustedHops <= 0) return false;
  const entries = forwardedEntries(headers.get('x-forwarded-proto'));
  return entries[Math.max(0, entries.length - trustedHops)]?.toLowerCase() === 'https';
}
