// Paces submit_sm at the account's rate. Two rules, both on the moment a part is let go:
//  - a rate cap: no `rate` + 1 parts within 1,000 ms, so no second the SMSC counts (fixed or sliding)
//    sees more than the rate;
//  - even spacing (GCRA, a virtual schedule 1/rate apart) that forgives lateness up to `toleranceMs`:
//    a timer that fires a millisecond late or a busy event loop does not cost the slot, as it did with
//    a one-token bucket (172.5 of 200/s on 2 shared cores, bench/RESULTS.md "SMS over SMPP").
// Waiters are served in order by one timer, however many sends wait (the window's worth).

export interface PacerClock {
  now(): number;
  setTimer(run: () => void, ms: number): void;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  setTimer: (run, ms) => void setTimeout(run, ms),
};

export class SubmitPacer {
  private readonly interval: number;
  private readonly toleranceMs: number;
  /** When each of the last `rate` parts was let go (a ring; `head` is the oldest once full). */
  private readonly sent: number[] = [];
  private head = 0;
  /** The virtual schedule's next slot. */
  private nextSlot = -Infinity;
  private readonly waiters: (() => void)[] = [];
  private timerSet = false;

  constructor(
    private readonly rate: number,
    private readonly clock: PacerClock = realClock,
    toleranceMs = 50,
  ) {
    if (!(rate >= 1)) throw new RangeError(`rate must be at least 1 per second, got ${rate}`);
    this.interval = 1000 / rate;
    this.toleranceMs = toleranceMs;
  }

  /** Resolves when one part may be sent; call it right before writing the part. */
  take(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.serve();
    });
  }

  private serve(): void {
    if (this.timerSet) return;
    while (this.waiters.length > 0) {
      const now = this.clock.now();
      const wait = this.waitMs(now);
      if (wait > 0) {
        this.timerSet = true;
        this.clock.setTimer(() => {
          this.timerSet = false;
          this.serve();
        }, wait);
        return;
      }
      this.letGo(now);
      this.waiters.shift()!();
    }
  }

  private waitMs(now: number): number {
    const bySchedule = this.nextSlot - this.toleranceMs - now;
    const byCap = this.sent.length === Math.ceil(this.rate) ? this.sent[this.head]! + 1000 - now : 0;
    return Math.max(0, Math.ceil(Math.max(bySchedule, byCap)));
  }

  private letGo(now: number): void {
    this.nextSlot = Math.max(this.nextSlot, now) + this.interval;
    if (this.sent.length < Math.ceil(this.rate)) this.sent.push(now);
    else {
      this.sent[this.head] = now;
      this.head = (this.head + 1) % this.sent.length;
    }
  }
}
