// Rate limits: budgets per window for every write (reports, subscriptions, staff mutations, the
// channels' webhooks, failed sign-ins and wrong secrets) and for the reads that cost the server
// something per request (searches and tracking-code look-ups, the place type-ahead, whole-archive
// exports, counted notice views). Each policy counts per subject: an anonymous client (its address,
// see client-address.ts — CGNAT puts many people behind one, so those budgets are generous), a staff
// account, an SMS gateway's secret or a Telegram sender. Counts live in PostgreSQL (`rate_limits`,
// shared by every web process), in each process's memory (`store: 'memory'`), or in memory and charged
// to PostgreSQL a few points at a time (`batch`). The stored key is an HMAC of the subject with a secret
// that changes every day, so neither the database nor the logs ever hold an IP address, a secret or a
// chat id, and yesterday's keys cannot be linked to today's.
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { LRUCache } from 'lru-cache';
import { serverEnv } from '../config/env';
import { clientAddress } from './client-address';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Points per window (seconds); one point per request. Counted in the database (shared by every
 * process) unless `store: 'memory'` (each process its own) or `batch` (see consumeBatched).
 */
export const RATE_LIMIT_POLICIES = {
  /** Reports from the web form, the no-JS form and the API, per client. */
  'report.submit': { points: 30, duration: 10 * 60 },
  /** "Forget my contact" on the privacy page, per client: a person forgets one or two reports, not hundreds of guessed codes. */
  'contact.forget': { points: 10, duration: 10 * 60 },
  /** Subscribing, confirming and unsubscribing, per client. */
  'subscribe': { points: 20, duration: 10 * 60 },
  /** Searches and tracking-code look-ups, per client. */
  'search': { points: 600, duration: 10 * 60 },
  /** The place type-ahead (GET and POST /api/v1/settlements), per client: each request scores every
   * place name by trigram similarity, so it has a budget of its own, beside `search`. Sized for a whole
   * village behind one operator address: ~20 requests per name (the picker asks 250 ms after a
   * keystroke, from the 2nd letter: a thumb typing a 5–15-letter name, with corrections, asks once per
   * letter) × 3 names per report (a misspelling retyped, the other script, a second place) × 30
   * reporters — `report.submit`'s budget, the most reports one address may send in the window =
   * 1,800, 3 a second on average. A script asking tens a second is refused within a minute.
   * Counted `batch`ed: a write to `rate_limits` per keystroke was the picker's whole write load.
   * Not `store: 'memory'` as notice.view is: what the budget protects is the one database every web
   * process asks (the similarity runs there), and with each process counting alone an address would
   * get the budget once per process (compose.yaml runs two; scaling out would raise it again). */
  'place.search': { points: 1800, duration: 10 * 60, batch: 10 },
  /** Whole-archive exports (open data): heavier than a page of notices, so fewer per network. */
  'export': { points: 120, duration: 10 * 60 },
  /** Counted notice views, per client: a reader opens a few pages, not hundreds. Kept in each
   * process's memory: a view is the hottest request there is, and a count inflated by spreading
   * over processes matters little. */
  'notice.view': { points: 300, duration: 10 * 60, store: 'memory' },
  /** Failed staff sign-ins, per client (beside each account's own back-off): guessing from one address stops here. */
  'auth.sign_in_failures': { points: 20, duration: 10 * 60 },
  /** Anonymous tRPC mutations, per client. */
  'public.write': { points: 30, duration: 10 * 60 },
  /** Every staff write (tRPC mutations, evidence uploads), per staff account: about one a second, in bursts. */
  'staff.write': { points: 300, duration: 5 * 60 },
  /** SMSSync requests, per gateway secret: a busy phone relays about one SMS a second and polls each minute. */
  'smssync': { points: 1200, duration: 10 * 60 },
  /** Wrong SMSSync or Telegram webhook secrets, per client: a misconfigured phone fails a few times a
   * minute; a flood of guessed secrets (each a "new" secret with a budget of its own) stops here. */
  'channel.secret_failures': { points: 30, duration: 10 * 60 },
  /** Telegram updates, per sender: a person types a message every few seconds at most. */
  'telegram': { points: 60, duration: 60 },
} as const satisfies Record<string, PolicySettings>;

interface PolicySettings {
  points: number;
  duration: number;
  store?: 'memory';
  /** Points counted in this process before they are charged to the shared count together (consumeBatched). */
  batch?: number;
}
export type RateLimitPolicy = keyof typeof RATE_LIMIT_POLICIES;

/** Whom a request is counted against. */
export type RateLimitSubject =
  | { client: Headers }
  | { staff: string }
  | { gatewaySecret: string }
  | { telegramSender: string | number };

/** Counts `points` (default 1) against the subject; 0 only asks whether it is already over the budget. */
export type ConsumeRateLimit = (policy: RateLimitPolicy, subject: RateLimitSubject, points?: number) => Promise<RateLimitDecision>;

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
  /** Proxies in front that append to X-Forwarded-For (RASPA_TRUSTED_PROXY_HOPS by default). */
  trustedHops?: number;
  /** Delete expired rows every few minutes (daily-rotating keys otherwise accumulate). */
  clearExpired?: boolean;
  /** Subjects a batched policy remembers per process (BATCH_MEMORY; fewer in tests). */
  batchMemory?: number;
}

/** The subject as text, before hashing: its kind and its identity. */
export function subjectIdentity(subject: RateLimitSubject, trustedHops?: number): string {
  if ('client' in subject) return `client:${clientAddress(subject.client, trustedHops)}`;
  if ('staff' in subject) return `staff:${subject.staff}`;
  if ('gatewaySecret' in subject) return `gateway:${subject.gatewaySecret}`;
  return `telegram:${subject.telegramSender}`;
}

/** HMAC(identity) under a key derived from the server secret and today's date (UTC). */
export function rateLimitKey(identity: string, secret: string, now = new Date()): string {
  const dayKey = createHmac('sha256', secret).update(`rate-limit:${now.toISOString().slice(0, 10)}`).digest();
  return createHmac('sha256', dayKey).update(identity).digest('base64url').slice(0, 32);
}

/** A policy's points in force: the options' (tests) or the policy's own. */
function pointsOf(policy: RateLimitPolicy, options: Pick<RateLimiterOptions, 'points'>): number {
  return options.points?.[policy] ?? RATE_LIMIT_POLICIES[policy].points;
}

/**
 * How many points a `batch`ed policy counts in this process before charging them to the shared
 * count: never more than 1 % of its budget, so a budget made small (tests) is counted exactly.
 */
export function batchSizeOf(policy: RateLimitPolicy, options: Pick<RateLimiterOptions, 'points'> = {}): number {
  const settings: PolicySettings = RATE_LIMIT_POLICIES[policy];
  return Math.max(1, Math.min(settings.batch ?? 1, Math.floor(pointsOf(policy, options) / 100)));
}

/** Each process's side of a batched policy: points not yet charged, and subjects known to be over the budget. */
interface BatchState {
  pending: LRUCache<string, { points: number; since: number }>;
  spentUntil: LRUCache<string, number>;
}

/**
 * Subjects remembered per batched policy in each process. Past it the least recently seen is let go
 * at once (a bounded LRU, not a scan of every key on each look-up): its fewer than `batch` uncharged
 * points with it, or its "over the budget" mark (the shared count is asked again, and refuses again).
 */
const BATCH_MEMORY = 10_000;

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  let pool: pg.Pool | undefined;
  const limiters = new Map<RateLimitPolicy, RateLimiterPostgres | RateLimiterMemory>();
  const batches = new Map<RateLimitPolicy, BatchState>();

  /**
   * A batched policy (`batch`): each point is counted in this process, and every `batch` of them
   * is charged to the shared count in one write, so a type-ahead costs a tenth of the rows. What
   * is not yet charged is at most batch − 1 points per subject in each process (≤ 1 % of the
   * budget: batchSizeOf), so the budget still holds across every web process to within that. Once
   * the shared count refuses a subject, this process refuses it too until the window ends,
   * without asking (a script over its budget costs no write at all).
   */
  async function consumeBatched(policy: RateLimitPolicy, key: string, points: number, batch: number): Promise<RateLimitDecision> {
    let state = batches.get(policy);
    const max = options.batchMemory ?? BATCH_MEMORY;
    if (!state) batches.set(policy, (state = { pending: new LRUCache({ max }), spentUntil: new LRUCache({ max }) }));
    const now = Date.now();
    const windowMs = RATE_LIMIT_POLICIES[policy].duration * 1000;
    const spentUntil = state.spentUntil.get(key);
    if (spentUntil !== undefined && spentUntil > now) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((spentUntil - now) / 1000)) };
    state.spentUntil.delete(key);
    const held = state.pending.get(key);
    const kept = held && now - held.since < windowMs ? held : undefined;
    const pending = (kept?.points ?? 0) + points;
    if (pending < batch) {
      state.pending.set(key, { points: pending, since: kept?.since ?? now });
      return { allowed: true, retryAfterSeconds: 0 };
    }
    state.pending.delete(key);
    try {
      await limiterFor(policy).consume(key, pending);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      state.spentUntil.set(key, now + result.msBeforeNext);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
    }
  }

  function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres | RateLimiterMemory {
    let limiter = limiters.get(policy);
    if (!limiter) {
      const settings: PolicySettings = RATE_LIMIT_POLICIES[policy];
      const points = pointsOf(policy, options);
      const duration = settings.duration;
      if (settings.store === 'memory') {
        limiter = new RateLimiterMemory({ keyPrefix: policy, points, duration });
        limiters.set(policy, limiter);
        return limiter;
      }
      pool ??= new pg.Pool({ connectionString: options.connectionString, max: 2 });
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
    async consume(policy, subject, points = 1) {
      if (options.disabled) return { allowed: true, retryAfterSeconds: 0 };
      const key = rateLimitKey(subjectIdentity(subject, options.trustedHops), options.secret);
      const batch = batchSizeOf(policy, options);
      if (batch > 1 && points > 0) return consumeBatched(policy, key, points, batch);
      try {
        await limiterFor(policy).consume(key, points);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (result) {
        if (result instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
        throw result;
      }
    },
    async close() {
      limiters.clear();
      batches.clear();
      await pool?.end();
      pool = undefined;
    },
  };
}

let processLimiter: RateLimiter | undefined;

/** The process-wide limiter configured from the environment. */
export function consumeRateLimit(policy: RateLimitPolicy, subject: RateLimitSubject, points = 1): Promise<RateLimitDecision> {
  if (!processLimiter) {
    const env = serverEnv();
    processLimiter = createRateLimiter({ connectionString: env.DATABASE_URL, secret: env.NEXTAUTH_SECRET, disabled: env.RATE_LIMIT_DISABLED, clearExpired: true });
  }
  return processLimiter.consume(policy, subject, points);
}
