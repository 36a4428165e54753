import { describe, expect, it } from 'vitest';
import { SubmitPacer, type PacerClock } from './pacer';

/** A virtual event loop: timers fire `lateMs` after they are due, as a busy process's do. */
class VirtualLoop implements PacerClock {
  time = 0;
  private timers: { at: number; run: () => void }[] = [];
  constructor(private readonly lateMs: (due: number) => number) {}
  now = () => this.time;
  setTimer = (run: () => void, ms: number) => {
    const due = this.time + ms;
    this.timers.push({ at: due + this.lateMs(due), run });
  };
  /** Runs timers (and the promise callbacks they release) for `ms` of virtual time or until none is left. */
  async runFor(ms: number) {
    const until = this.time + ms;
    for (;;) {
      await new Promise((r) => setImmediate(r));
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next || next.at > until) return;
      this.time = Math.max(this.time, next.at);
      next.run();
    }
  }
}

/**
 * `count` sends by `senders` concurrent loops (the SMPP window), each through the pacer; a write takes
 * `writeMs(n)` of the n-th write, and its time is when the write returned.
 */
async function sendAll(loop: VirtualLoop, pacer: SubmitPacer, count: number, senders = 10, writeMs: (n: number) => number = () => 0) {
  const times: number[] = [];
  let left = count;
  const sender = async () => {
    while (left > 0) {
      left -= 1;
      await pacer.send(() => {
        loop.time += writeMs(times.length);
        times.push(loop.time);
      });
    }
  };
  const done = Promise.all(Array.from({ length: senders }, sender));
  await loop.runFor(60_000);
  await done;
  return times.sort((a, b) => a - b);
}

function busiestSecond(times: number[]) {
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[j]! <= times[i]! - 1000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return busiest;
}

const ratePerSecond = (times: number[]) => (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);

describe('the SMPP pacer', () => {
  it('sends at the account’s rate though every timer fires 1–3 ms late, never more than the rate in any second', async () => {
    let n = 0;
    const loop = new VirtualLoop(() => 1 + (n++ % 3));
    const times = await sendAll(loop, new SubmitPacer(200, loop), 2000);
    expect(times).toHaveLength(2000);
    // A one-token bucket waits 5 ms + the lateness each time: 125–166 a second here.
    expect(ratePerSecond(times)).toBeGreaterThan(198);
    expect(busiestSecond(times)).toBeLessThanOrEqual(200);
  });

  it('catches up after the process stalled, in a short burst, and still never exceeds the rate in a second', async () => {
    // Every 100th timer fires 40 ms late (a garbage collection, another process on the core).
    let n = 0;
    const loop = new VirtualLoop(() => (++n % 100 === 0 ? 40 : 0));
    const times = await sendAll(loop, new SubmitPacer(200, loop), 2000);
    expect(ratePerSecond(times)).toBeGreaterThan(198);
    expect(busiestSecond(times)).toBeLessThanOrEqual(200);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // The catch-up after a 40-ms stall: at most the 50-ms tolerance's worth (10 parts) at once.
    let run = 0;
    let longestRun = 0;
    for (const gap of gaps) longestRun = Math.max(longestRun, (run = gap === 0 ? run + 1 : 0));
    expect(longestRun).toBeGreaterThan(0);
    expect(longestRun).toBeLessThanOrEqual(10);
  });

  it('counts a part when its write returned, so a slow write cannot put one more in a second', async () => {
    // Every 7th write takes 4 ms (PDU encoding behind a garbage collection, a first call compiled):
    // counted from the pacer's decision, the parts after it crowd into a second with 201–206.
    const loop = new VirtualLoop(() => 0);
    const times = await sendAll(loop, new SubmitPacer(200, loop), 2000, 10, (n) => (n % 7 === 3 ? 4 : 0));
    expect(times).toHaveLength(2000);
    expect(busiestSecond(times)).toBeLessThanOrEqual(200);
    expect(ratePerSecond(times)).toBeGreaterThan(195);
  });

  it('never lets the SMSC read more than the rate in a second, though it stalls and then reads what waited all at once', async () => {
    // The SMSC stops reading for 400 ms every 2 s (a busy core, its garbage collection) and answers 1 ms
    // after it read a part. Ten SMS at a time, each part waiting for its answer, as the channel sends.
    const loop = new VirtualLoop(() => 0);
    const pacer = new SubmitPacer(200, loop);
    const readAt = (sent: number) => {
      const stall = Math.floor(sent / 2000) * 2000 + 1000;
      return sent >= stall && sent < stall + 400 ? stall + 400 : sent + 1;
    };
    const read: number[] = [];
    let left = 4000;
    const sender = async () => {
      while (left > 0) {
        left -= 1;
        await pacer.send(
          () =>
            new Promise<void>((answer) => {
              const at = readAt(loop.time);
              read.push(at);
              loop.setTimer(answer, at + 1 - loop.time);
            }),
        );
      }
    };
    const done = Promise.all(Array.from({ length: 10 }, sender));
    await loop.runFor(120_000);
    await done;
    read.sort((a, b) => a - b);
    expect(read).toHaveLength(4000);
    // Counted from the write alone, the ten parts written during a stall are read with the next second's: 210.
    expect(busiestSecond(read)).toBeLessThanOrEqual(200);
    // The stalls leave 1.6 s of reading in 2 s (160 a second at most); counting to the answer costs ~2 % more (169 → 166).
    expect(ratePerSecond(read)).toBeGreaterThan(160);
  });

  it('gives the slot to the next part when a write throws', async () => {
    const loop = new VirtualLoop(() => 0);
    const pacer = new SubmitPacer(10, loop);
    await expect(pacer.send(() => { throw new Error('socket gone'); })).rejects.toThrow('socket gone');
    const sent = pacer.send(() => loop.time);
    await loop.runFor(1000);
    // Nothing went out before it: no wait for a schedule the failed write never used.
    await expect(sent).resolves.toBe(0);
  });

  it('spaces parts 1/rate apart when nothing is late, at a low rate too', async () => {
    const loop = new VirtualLoop(() => 0);
    const times = await sendAll(loop, new SubmitPacer(20, loop), 61, 5);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps.filter((g) => g === 50).length).toBeGreaterThan(50);
    expect(busiestSecond(times)).toBeLessThanOrEqual(20);
    // 61 parts at 20 a second: 3 s, less the one part the tolerance let go early.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(2950);
  });

  it('after a quiet spell sends at once, with no credit saved up beyond its tolerance', async () => {
    const loop = new VirtualLoop(() => 0);
    const pacer = new SubmitPacer(10, loop);
    await sendAll(loop, pacer, 3, 1);
    loop.time += 60_000;
    const start = loop.time;
    const times = await sendAll(loop, pacer, 5, 1);
    // 100 ms apart at 10/s; the 50-ms tolerance lets the second go 50 ms early, not at once.
    expect(times.map((t) => t - start)).toEqual([0, 50, 150, 250, 350]);
  });
});
