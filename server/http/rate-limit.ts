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

export const RATE_LIMIT_POLICIES = {
  'report.submit': { points: 30, duration: 10 * 60 },
  'search': { points: 600, duration: 10 * 60 },
  /** Whole-archive exports (open data): heavier than a page of notices, so fewer per network. */
  'export': { points: 120, duration: 10 * 60 },
} as const;
export type RateLimitPolicy = keyof typeof RATE_LIMIT_POLICIES;

export type ConsumeRateLimit = (policy: RateLimitPolicy, headers: Headers) => Promise<RateLimitDecision>;

export interface RateLimiter {
  consume: ConsumeRateLimit;
  close(): Promise<void>;
}

export interface RateLimiterOptions {
  connectionString: string;
  /** Server secret the daily key is derived from. */
  secret: string;
  disabled?: boolean;
  /** Fewer points per window than the policy's (tests); production uses the policies above. */
  points?: Partial<Record<RateLimitPolicy, number>>;
  /** Delete expired rows every few minutes (daily-rotating keys otherwise accumulate). */
  clearExpired?: boolean;
}

/** HMAC(ip) under a key derived from the server secret and today's date (UTC). */
export function anonymousClientKey(ip: string, secret: string, now = new Date()): string {
  const dayKey = createHmac('sha256', secret).update(`rate-limit:${now.toISOString().slice(0, 10)}`).digest();
  return createHmac('sha256', dayKey).update(ip).digest('base64url').slice(0, 32);
}

/**
 * The client's address, used only for the key above. X-Forwarded-For is a list each proxy appends
 * to, and only the entries added by our own proxies can be trusted: the address `trustedHops` from
 * the right is the one our outermost proxy saw. With no proxy, Next.js fills the header from the
 * socket — but only when the client did not send one, so production should run behind a proxy.
 */
export function clientAddress(headers: Headers, trustedHops = serverEnv().RASPA_TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const hops = Number.isInteger(trustedHops) && trustedHops > 0 ? trustedHops : 1;
  return entries[Math.max(0, entries.length - hops)] || headers.get('x-real-ip') || 'unknown';
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  let pool: pg.Pool | undefined;
  const limiters = new Map<RateLimitPolicy, RateLimiterPostgres>();

  function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
    let limiter = limiters.get(policy);
    if (!limiter) {
      pool ??= new pg.Pool({ connectionString: options.connectionString, max: 2 });
      const points = options.points?.[policy] ?? RATE_LIMIT_POLICIES[policy].points;
      const duration = RATE_LIMIT_POLICIES[policy].duration;
      limiter = new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true, // created by the migrations
        clearExpiredByTimeout: options.clearExpired ?? false,
        keyPrefix: policy,
        points,
        duration,
        // If the database is briefly unreachable, limit in memory rather than refuse everyone.
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
      limiters.set(policy, limiter);
    }
    return limiter;
  }

  return {
    async consume(policy, headers) {
      if (options.disabled) return { allowed: true, retryAfterSeconds: 0 };
      try {
        await limiterFor(policy).consume(anonymousClientKey(clientAddress(headers), options.secret));
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (result) {
        if (result instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
        throw result;
      }
    },
    async close() {
      limiters.clear();
      await pool?.end();
      pool = undefined;
    },
  };
}

let processLimiter: RateLimiter | undefined;

/** The process-wide limiter configured from the environment. */
export function consumeRateLimit(policy: RateLimitPolicy, headers: Headers): Promise<RateLimitDecision> {
  if (!processLimiter) {
    const env = serverEnv();
    processLimiter = createRateLimiter({ connectionString: env.DATABASE_URL, secret: env.NEXTAUTH_SECRET, disabled: env.RATE_LIMIT_DISABLED, clearExpired: true });
  }
  return processLimiter.consume(policy, headers);
}
