// Rate limiting of anonymous writes. The key is an HMAC of the client's IP address with a secret
// that changes every day, so neither the database nor the logs ever hold an IP address, and
// yesterday's keys cannot be linked to today's. Limits are generous: mobile carriers put many
// people behind one address (CGNAT).
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { serverEnv } from '../config/env';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

const POLICIES = {
  'report.submit': { points: 30, duration: 10 * 60 },
  'search': { points: 600, duration: 10 * 60 },
} as const;
export type RateLimitPolicy = keyof typeof POLICIES;

let pool: pg.Pool | undefined;
const limiters = new Map<RateLimitPolicy, RateLimiterPostgres>();

function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
  let limiter = limiters.get(policy);
  if (!limiter) {
    pool ??= new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 2 });
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true, // created by the migrations
      keyPrefix: policy,
      points: POLICIES[policy].points,
      duration: POLICIES[policy].duration,
      // If the database is briefly unreachable, limit in memory rather than refuse everyone.
      insuranceLimiter: new RateLimiterMemory({ points: POLICIES[policy].points, duration: POLICIES[policy].duration }),
    });
    limiters.set(policy, limiter);
  }
  return limiter;
}

/** HMAC(ip) under a key derived from the server secret and today's date (UTC). */
export function anonymousClientKey(ip: string, secret: string, now = new Date()): string {
  const dayKey = createHmac('sha256', secret).update(`rate-limit:${now.toISOString().slice(0, 10)}`).digest();
  return createHmac('sha256', dayKey).update(ip).digest('base64url').slice(0, 32);
}

/** The client's address as the reverse proxy (or Next's own server) reports it. Used only for the key above. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}

export async function consumeRateLimit(policy: RateLimitPolicy, headers: Headers): Promise<RateLimitDecision> {
  const env = serverEnv();
  if (env.RATE_LIMIT_DISABLED) return { allowed: true, retryAfterSeconds: 0 };
  try {
    await limiterFor(policy).consume(anonymousClientKey(clientAddress(headers), env.NEXTAUTH_SECRET));
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (result) {
    if (result instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
    throw result;
  }
}
