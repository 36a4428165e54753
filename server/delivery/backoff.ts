// Retry timing for deliveries: exponential backoff with jitter, so a push service or partner that
// was down for a minute is not hit by every retry at the same instant when it comes back.
export const MAX_DELIVERY_ATTEMPTS = 8;
const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;

/** Delay before the next attempt after `attemptsMade` failed attempts (1 = the first failed). */
export function retryDelayMs(attemptsMade: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attemptsMade - 1));
  // "Equal jitter": between half and all of the exponential delay.
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
