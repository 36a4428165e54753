// Waking a worker loop the moment there is work, instead of at its next poll: the writer runs
// pg_notify on a channel inside its transaction (sent on commit) and every loop LISTENing on it
// wakes at once. Loops still poll, so a lost notification (or a listener that could not connect)
// only costs the polling interval.
import pg from 'pg';
import { logger } from '../log';

/** Payloads kept between waits, at most: beyond that any wait takes them as a wake-up (nothing is missed). */
const MAX_HEARD = 64;

/**
 * `wait(ms)` resolves at the next `wake()` (or at once if one came since the last wait or `reset`),
 * after `ms`, or on abort. A wait may take only the wake-ups it wants (`wanted`, by payload): the
 * rest are not a reason to look again for that waiter.
 */
export class WakeSignal {
  private waiting: { wanted: (payload: string | undefined) => boolean; resolve: () => void } | null = null;
  /** Wake-ups since the last wait or reset, kept for the next wait to judge. */
  private heard: (string | undefined)[] = [];
  private overflowed = false;

  wake(payload?: string): void {
    if (this.waiting) {
      if (this.waiting.wanted(payload)) this.waiting.resolve();
      return;
    }
    if (this.heard.length < MAX_HEARD) this.heard.push(payload);
    else this.overflowed = true;
  }

  /** Forgets wake-ups so far: the next `wait` waits for one that comes after now. */
  reset(): void {
    this.heard = [];
    this.overflowed = false;
  }

  /** Resolves true when woken by a wanted payload (one heard since the last wait counts), false after `ms` or on abort. */
  wait(ms: number, signal: AbortSignal, wanted: (payload: string | undefined) => boolean = () => true): Promise<boolean> {
    const heard = this.overflowed || this.heard.some(wanted);
    this.reset();
    if (heard) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', aborted);
        this.waiting = null;
        resolve(woken);
      };
      const aborted = () => done(false);
      const timer = setTimeout(() => done(false), ms);
      signal.addEventListener('abort', aborted, { once: true });
      this.waiting = { wanted, resolve: () => done(true) };
    });
  }

  /** Ends a wait in progress, whatever it wants (shutting down). */
  protected release(): void {
    this.waiting?.resolve();
  }
}

/**
 * A LISTEN connection of its own on `channel`; `wait(ms)` resolves on the next notification (that
 * the wait wants) or after `ms`. `ignore`: payloads that must never wake it.
 */
export class WakeListener extends WakeSignal {
  private client: pg.Client | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly ignore: (payload: string | undefined) => boolean = () => false,
  ) {
    super();
  }

  async start(): Promise<void> {
    try {
      const client = new pg.Client({ connectionString: this.connectionString, application_name: `raspa-wake-${this.channel}` });
      client.on('notification', (message) => {
        if (!this.ignore(message.payload)) this.wake(message.payload);
      });
      client.on('error', (error) => {
        logger.warn({ err: error, channel: this.channel }, 'wake-up LISTEN failed; falling back to polling');
        this.client = null;
      });
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.client = client;
    } catch (error) {
      logger.warn({ err: error, channel: this.channel }, 'wake-up LISTEN unavailable; polling only');
    }
  }

  async stop(): Promise<void> {
    this.release();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
