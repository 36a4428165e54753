// Runs once when the server starts: a bad environment stops it with one line per variable,
// instead of failing on the first request; and every request from then on carries its TCP peer's
// address for the rate limits (server/http/client-address.ts) and, over HTTPS, HSTS on its answer, kept-alive
// connections outlast the proxy's (server/http/keep-alive.ts), and methods an address does not take
// (and requests Node cannot parse) are answered before Next sees them (server/http/refused-methods.ts),
// and a page that fails mid-render because the database went away answers 503, not 500
// (server/api/outage-page.ts), and the public pages a crowd reads are answered from a copy of Next's
// own answer while the notices did not change (server/http/front-door-cache.ts).
export async function register() {
  const { nextRuntime, serverEnv } = await import('./server/config/env');
  if (nextRuntime !== 'nodejs') return;
  serverEnv();
  const { sendStrictTransportSecurity, stampPeerAddresses } = await import('./server/http/client-address');
  stampPeerAddresses();
  sendStrictTransportSecurity();
  const { outlastProxyKeepAlive } = await import('./server/http/keep-alive');
  outlastProxyKeepAlive();
  const { refuseUnhandledRequests } = await import('./server/http/refused-methods');
  refuseUnhandledRequests();
  const { answerPageFailuresDuringOutages } = await import('./server/api/outage-page');
  answerPageFailuresDuringOutages();
  const { serveKeptCopiesFirst } = await import('./server/http/front-door-cache');
  serveKeptCopiesFirst();
}

// A page or route that failed because the database is unreachable: from now on pages answer 503
// (proxy.ts) until a probe finds the database again, instead of failing one by one with 500.
// A busy database (no connection free in time) is no outage: it does not take every page down.
export async function onRequestError(error: unknown) {
  const { isDatabaseUnreachable } = await import('./server/db/unavailable');
  if (!isDatabaseUnreachable(error)) return;
  const { databaseAvailability } = await import('./server/db/availability');
  databaseAvailability().markUnavailable();
}
