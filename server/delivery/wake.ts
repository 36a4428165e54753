// Publish → first delivery in well under a second: whoever creates deliveries sends a NOTIFY on
// this channel and every delivery loop LISTENing on it wakes at once (it also polls, so a lost
// notification only costs the polling interval).
import type { DbTx } from '../db/client';
import { WakeListener } from '../jobs/wake-listener';

export const DELIVERY_WAKE_CHANNEL = 'raspa_deliveries';

export async function wakeDeliveryLoop(db: Pick<DbTx, '$executeRawUnsafe'>): Promise<void> {
  await db.$executeRawUnsafe(`SELECT pg_notify('${DELIVERY_WAKE_CHANNEL}', '')`);
}

/** A LISTEN connection on the delivery channel; `wait(ms)` resolves on the next notification or after `ms`. */
export class DeliveryWakeListener extends WakeListener {
  constructor(connectionString: string) {
    super(connectionString, DELIVERY_WAKE_CHANNEL);
  }
}
