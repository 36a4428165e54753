// Is a state-changing request from one of our own pages? Browsers name the page's origin in the
// `Origin` header of every cross-origin request and of same-origin POSTs, and say where a request
// comes from in `Sec-Fetch-Site`. Checked for tRPC mutations and server-action posts, as defence in
// depth beside SameSite cookies and JSON content types. A client that sends neither header is not a
// browser, so no one else's cookies ride along with it: it is let through to the usual checks.

/** Origins that count as ours: the public URL's and the one the request itself was addressed to. */
export function ownOrigins(requestUrl: string, publicOrigin?: string): string[] {
  const origins = new Set<string>();
  if (publicOrigin) origins.add(new URL(publicOrigin).origin);
  origins.add(new URL(requestUrl).origin);
  return [...origins];
}

export function isSameOriginRequest(headers: Headers, origins: string[]): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return origin !== 'null' && origins.includes(origin.toLowerCase());
  const site = headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}
