import { serverEnv } from '../config/env';

/**
 * Origin for absolute links in pages and share cards: NEXTAUTH_URL when configured (the public
 * address behind a proxy), otherwise the address the request came to.
 */
export function publicSiteUrl(request: Request): string {
  const configured = serverEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, '');
  return new URL(request.url).origin;
}
