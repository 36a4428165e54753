// Waking a worker loop the moment there is work, instead of at its next poll: the writer runs
// pg_notify on a channel inside its transaction (sent on commit) and every loop LISTENing on it
// wakes at once. Loops still poll, so a lost notification (or a listener that could not connect)
// only costs the polling interval.
import pg from 'pg';
import { logger } from '../log';

/** `wait(ms)` resolves at the next `wake()` (or at once if one came since the last wait or `reset`), after `ms`, or on abort. */
export class WakeSignal {
  private pending: (() => void) | null = null;
  private woken = false;

  wake(): void {
    this.woken = true;
    const resolve = this.pending;
    this.pending = null;
    resolve?.();
  }

  /** Forgets wake-ups so far: the next `wait` waits for one that comes after now. */
  reset(): void {
    this.woken = false;
  }

  /** Resolves true when woken, false after `ms` or on abort. */
  wait(ms: number, signal: AbortSignal): Promise<boolean> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', aborted);
        this.pending = null;
        this.woken = false;
        resolve(woken);
      };
      const aborted = () => done(false);
      const timer = setTimeout(() => done(false), ms);
      signal.addEventListener('abort', aborted, { once: true });
      this.pending = () => done(true);
    });
  }
}

/**
 * A LISTEN connection of its own on `channel`; `wait(ms)` resolves on the next notification or
 * after `ms`. `ignore`: payloads that must not wake it (e.g. the process's own commits).
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
        if (!this.ignore(message.payload)) this.wake();
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
    this.wake();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
