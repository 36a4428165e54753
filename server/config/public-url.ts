// The site's public address for absolute links (mails, SMS, Telegram, pages, share cards, feeds).
import { serverEnv } from './env';

/**
 * NEXTAUTH_URL when configured (the public address behind a proxy); otherwise the address the
 * request came to, or — outside a request (worker, bot) — the local server on $PORT.
 */
export function publicBaseUrl(request?: Request): string {
  const env = serverEnv();
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/+$/, '');
  if (request) return new URL(request.url).origin;
  return `http://localhost:${env.PORT}`;
}
