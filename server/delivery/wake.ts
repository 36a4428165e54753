// Publish → first delivery in well under a second: whoever creates deliveries sends a NOTIFY on
// this channel and every delivery loop LISTENing on it wakes at once (it also polls, so a lost
// notification only costs the polling interval).
import pg from 'pg';
import type { DbTx } from '../db/client';
import { logger } from '../log';

export const DELIVERY_WAKE_CHANNEL = 'raspa_deliveries';

export async function wakeDeliveryLoop(db: Pick<DbTx, '$executeRawUnsafe'>): Promise<void> {
  await db.$executeRawUnsafe(`SELECT pg_notify('${DELIVERY_WAKE_CHANNEL}', '')`);
}

/** `wait(ms)` resolves at the next `wake()` (or at once if one came since the last wait), after `ms`, or on abort. */
export class WakeSignal {
  private pending: (() => void) | null = null;
  private woken = false;

  wake(): void {
    this.woken = true;
    const resolve = this.pending;
    this.pending = null;
    resolve?.();
  }

  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.pending = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.pending = done;
    });
  }
}

/** A LISTEN connection; `wait(ms)` resolves on the next notification or after `ms`. */
export class DeliveryWakeListener extends WakeSignal {
  private client: pg.Client | null = null;

  constructor(private readonly connectionString: string) {
    super();
  }

  async start(): Promise<void> {
    try {
      const client = new pg.Client({ connectionString: this.connectionString, application_name: 'raspa-delivery-wake' });
      client.on('notification', () => this.wake());
      client.on('error', (error) => {
        logger.warn({ err: error }, 'delivery wake-up LISTEN failed; falling back to polling');
        this.client = null;
      });
      await client.connect();
      await client.query(`LISTEN ${DELIVERY_WAKE_CHANNEL}`);
      this.client = client;
    } catch (error) {
      logger.warn({ err: error }, 'delivery wake-up LISTEN unavailable; polling only');
    }
  }

  async stop(): Promise<void> {
    this.wake();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
