// Paces submit_sm at the account's rate. Two rules:
//  - a rate cap: no `rate` + 1 parts written within 1,000 ms, so no second the SMSC counts (fixed or
//    sliding) sees more than the rate leave us. The pacer writes each part itself, at the moment it lets
//    it go, and counts the moment the write returned: a part let go and written later by its caller (a
//    promise continuation behind a garbage collection, a first call compiled on the way) came up to
//    6 parts in a second over the rate at the sender (bench/RESULTS.md "SMS over SMPP", session 41);
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
  /** When each of the last `rate` parts was written (a ring; `head` is the oldest once full). */
  private readonly sent: number[] = [];
  private head = 0;
  /** The virtual schedule's next slot. */
  private nextSlot = -Infinity;
  private readonly waiters: { write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
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

  /**
   * Calls `write` (which puts one part on the wire) when the rate allows, and resolves to what it
   * returned. Nothing may stand between the pacer's decision and the write: that is why it writes.
   */
  send<T>(write: () => T): Promise<Awaited<T>> {
    return new Promise<Awaited<T>>((resolve, reject) => {
      this.waiters.push({ write, resolve: resolve as (value: unknown) => void, reject });
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
      const waiter = this.waiters.shift()!;
      let written: unknown;
      try {
        written = waiter.write();
      } catch (error) {
        // Nothing went out: the slot stays free.
        waiter.reject(error);
        continue;
      }
      this.letGo(now, this.clock.now());
      waiter.resolve(written);
    }
  }

  private waitMs(now: number): number {
    const bySchedule = this.nextSlot - this.toleranceMs - now;
    const byCap = this.sent.length === Math.ceil(this.rate) ? this.sent[this.head]! + 1000 - now : 0;
    return Math.max(0, Math.ceil(Math.max(bySchedule, byCap)));
  }

  /** `now` when the pacer decided, `writtenAt` when the write returned: the schedule from the one, the cap on the other. */
  private letGo(now: number, writtenAt: number): void {
    this.nextSlot = Math.max(this.nextSlot, now) + this.interval;
    if (this.sent.length < Math.ceil(this.rate)) this.sent.push(writtenAt);
    else {
      this.sent[this.head] = writtenAt;
      this.head = (this.head + 1) % this.sent.length;
    }
  }
}
