// Paces submit_sm at the account's rate, as the SMSC counts it: by when each part reaches it. Two rules:
//  - a rate cap: a part goes only while fewer than `rate` others could share a second with it at the
//    SMSC. We never know when the SMSC read a part, only that it was after we wrote it and before its
//    submit_sm_resp came back; so a part counts from its write until 1,000 ms after its answer (while
//    unanswered, it counts). Counting from the write alone (session 40) let the SMSC see rate + the
//    window in one second whenever it stalled: the parts it had not read yet arrived together with
//    the next second's (210 of 200 in every bench/smpp.ts run, RESULTS "SMS over SMPP", session 41).
//    What this costs is the round trip: `rate` parts per 1,000 ms + the time to the answer (~5 ms on
//    loopback, a few % over a long link);
//  - even spacing (GCRA, a virtual schedule 1/rate apart) that forgives lateness up to `toleranceMs`:
//    a timer that fires a millisecond late or a busy event loop does not cost the slot, as it did with
//    a one-token bucket (172.5 of 200/s on 2 shared cores, bench/RESULTS.md "SMS over SMPP").
// The pacer writes each part itself, at the moment it lets it go: a part let go and written later by
// its caller (a promise continuation behind a garbage collection) put 206 in a second at the sender.
// Waiters are served in order by one timer, however many sends wait (the window's worth).

export interface PacerClock {
  now(): number;
  setTimer(run: () => void, ms: number): void;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  setTimer: (run, ms) => void setTimeout(run, ms),
};

interface CountedPart {
  /** When its answer (or its failure) came back; Infinity while awaited. */
  answeredAt: number;
}

export class SubmitPacer {
  private readonly interval: number;
  private readonly toleranceMs: number;
  private readonly cap: number;
  /** Parts written that the SMSC may count in a second with the next one: unanswered, or answered within 1,000 ms. */
  private counted: CountedPart[] = [];
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
    this.cap = Math.floor(rate);
  }

  /**
   * Calls `write` (which puts one part on the wire and returns its answer, a promise) when the rate
   * allows, and resolves to that answer. Nothing may stand between the pacer's decision and the
   * write: that is why it writes.
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
      if (wait === Infinity) return; // `rate` parts unanswered: the next answer serves again
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
      this.nextSlot = Math.max(this.nextSlot, now) + this.interval;
      const part: CountedPart = { answeredAt: Infinity };
      this.counted.push(part);
      const answered = () => {
        part.answeredAt = this.clock.now();
        this.serve();
      };
      Promise.resolve(written).then(answered, answered);
      waiter.resolve(written);
    }
  }

  private waitMs(now: number): number {
    const bySchedule = this.nextSlot - this.toleranceMs - now;
    this.counted = this.counted.filter((part) => part.answeredAt > now - 1000);
    let byCap = 0;
    if (this.counted.length >= this.cap) {
      // The next part may go once all but cap - 1 of these have been answered 1,000 ms ago.
      const answers = this.counted
        .map((part) => part.answeredAt)
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      const mustLeave = this.counted.length - this.cap + 1;
      if (answers.length < mustLeave) return Infinity;
      byCap = answers[mustLeave - 1]! + 1000 - now;
    }
    return Math.max(0, Math.ceil(Math.max(bySchedule, byCap)));
  }
}
