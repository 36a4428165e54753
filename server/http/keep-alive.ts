// How long an idle kept-alive connection stays open. Node closes one after 5 s by default, and a
// client that sends its next request just as that happens gets a reset: nginx's upstream pool
// (deploy/nginx.conf.template, idle connections kept 60 s) answers that with a 502 for a POST, which it
// never retries — an SMSSync phone's message among them. The close also comes to connections that
// were not idle at all: after the process was away (busy, or starved of CPU) for over 5 s, Node runs
// its due timers before it reads the request already waiting on the socket (bench/bad-input.ts, RESULTS
// "Bad input"). So the server keeps connections longer than the proxy in front, which closes first.
import diagnosticsChannel from 'node:diagnostics_channel';
import type { Server } from 'node:http';

/** Longer than nginx's upstream keepalive_timeout (60 s, deploy/nginx.conf.template). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

let installed = false;
const configured = new WeakSet<Server>();

/**
 * Gives every HTTP server of this process KEEP_ALIVE_TIMEOUT_MS, set as its first request arrives
 * (Next creates the server; the timeout is read when each answer finishes). Called once at start-up
 * (instrumentation.ts).
 */
export function outlastProxyKeepAlive(): void {
  if (installed) return;
  installed = true;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { server } = message as { server: Server };
    if (configured.has(server)) return;
    configured.add(server);
    if (server.keepAliveTimeout < KEEP_ALIVE_TIMEOUT_MS) server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  });
}
