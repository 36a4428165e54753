// Telegram's published limits for bots: about 30 messages a second overall, one a second to the
// same private chat, 20 a minute to the same group or channel. A reservation-based token bucket
// per limit, in process memory (one worker sends; several workers would each get their own
// budget — see the report). A 429 pauses the chat or the whole bot for Telegram's retry_after.

interface Bucket {
  /** Tokens available at `updatedAt`; negative when future sends are already reserved. */
  tokens: number;
  updatedAt: number;
}

interface BucketRule {
  capacity: number;
  perMs: number; // one token every perMs
}

export const TELEGRAM_LIMITS = {
  global: { capacity: 30, perMs: 1000 / 30 },
  privateChat: { capacity: 1, perMs: 1000 },
  groupOrChannel: { capacity: 1, perMs: 3000 }, // 20 a minute, spaced evenly
} satisfies Record<string, BucketRule>;

/** Group and channel chat ids are negative; channels may also be addressed as @username. */
export function isGroupOrChannel(chatId: string): boolean {
  return chatId.startsWith('-') || chatId.startsWith('@');
}

export type Reservation = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

export class TelegramRateLimiter {
  private readonly global: Bucket;
  private readonly chats = new Map<string, Bucket>();
  private pausedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {
    this.global = { tokens: TELEGRAM_LIMITS.global.capacity, updatedAt: now() };
  }

  /**
   * Books a send to this chat. Waits up to `maxWaitMs` are booked (the caller sleeps `waitMs`);
   * longer ones book nothing and say when to come back, so one busy chat never blocks a worker.
   */
  reserve(chatId: string, maxWaitMs = 5000): Reservation {
    const now = this.now();
    const rule = isGroupOrChannel(chatId) ? TELEGRAM_LIMITS.groupOrChannel : TELEGRAM_LIMITS.privateChat;
    const chat = this.chats.get(chatId) ?? { tokens: rule.capacity, updatedAt: now };
    refill(this.global, TELEGRAM_LIMITS.global, now);
    refill(chat, rule, now);
    const waitMs = Math.max(waitFor(this.global, TELEGRAM_LIMITS.global), waitFor(chat, rule), this.pausedUntil - now, 0);
    if (waitMs > maxWaitMs) return { ok: false, retryAfterMs: Math.ceil(waitMs) };
    this.global.tokens -= 1;
    chat.tokens -= 1;
    this.chats.set(chatId, chat);
    if (this.chats.size > 10_000) this.forgetIdleChats(now);
    return { ok: true, waitMs: Math.ceil(waitMs) };
  }

  /**
   * The send to this chat has finished: the next one waits a full interval from now. Telegram
   * counts messages as they arrive, and a slow request would otherwise shrink the gap.
   */
  markSent(chatId: string): void {
    const chat = this.chats.get(chatId);
    if (!chat) return;
    const rule = isGroupOrChannel(chatId) ? TELEGRAM_LIMITS.groupOrChannel : TELEGRAM_LIMITS.privateChat;
    const now = this.now();
    refill(chat, rule, now);
    chat.tokens = Math.min(chat.tokens, 0);
  }

  /** After a 429: nothing to this chat (or, for a flood on the whole bot, to anyone) for a while. */
  pause(chatId: string | null, ms: number): void {
    const until = this.now() + ms;
    if (chatId === null) {
      this.pausedUntil = Math.max(this.pausedUntil, until);
      return;
    }
    const rule = isGroupOrChannel(chatId) ? TELEGRAM_LIMITS.groupOrChannel : TELEGRAM_LIMITS.privateChat;
    // A bucket that refills to one token exactly at `until`.
    this.chats.set(chatId, { tokens: 1 - ms / rule.perMs, updatedAt: this.now() });
  }

  private forgetIdleChats(now: number): void {
    for (const [id, bucket] of this.chats) if (now - bucket.updatedAt > 60_000) this.chats.delete(id);
  }
}

function refill(bucket: Bucket, rule: BucketRule, now: number): void {
  bucket.tokens = Math.min(rule.capacity, bucket.tokens + (now - bucket.updatedAt) / rule.perMs);
  bucket.updatedAt = now;
}

/** Time until the bucket has a whole token to spend. */
function waitFor(bucket: Bucket, rule: BucketRule): number {
  return bucket.tokens >= 1 ? 0 : (1 - bucket.tokens) * rule.perMs;
}
