// A wait takes only the wake-ups it wants, and one heard between its look and its wait counts.
import { describe, expect, it } from 'vitest';
import { WakeSignal } from './wake-listener';

const never = new AbortController().signal;

describe('WakeSignal', () => {
  it('a wanted wake-up heard before the wait ends it at once; one not wanted does not', async () => {
    const signal = new WakeSignal();
    signal.wake('far');
    expect(await signal.wait(50, never, (payload) => payload === 'near')).toBe(false);
    signal.wake('far');
    signal.wake('near');
    expect(await signal.wait(5_000, never, (payload) => payload === 'near')).toBe(true);
  });

  it('during a wait, only a wanted wake-up ends it', async () => {
    const signal = new WakeSignal();
    const waited = signal.wait(5_000, never, (payload) => payload === 'near');
    signal.wake('far');
    let ended = false;
    void waited.then(() => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toBe(false);
    signal.wake('near');
    expect(await waited).toBe(true);
  });

  it('reset forgets what was heard; a wait without a filter takes any wake-up', async () => {
    const signal = new WakeSignal();
    signal.wake('near');
    signal.reset();
    expect(await signal.wait(50, never, () => true)).toBe(false);
    signal.wake();
    expect(await signal.wait(5_000, never)).toBe(true);
  });
});
