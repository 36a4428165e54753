// Web Push encryption (an ECDH agreement per message, RFC 8291) is the CPU cost of a push; a small
// pool of worker threads spreads it over the cores while the main thread talks to PostgreSQL and
// the push services. Falls back to encrypting inline if worker threads cannot start.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import webPush from 'web-push';
import { logger } from '../log';

export interface EncryptedPush {
  headers: Record<string, string | number>;
  body: Buffer | null;
}

interface Pending {
  resolve: (value: EncryptedPush) => void;
  reject: (error: Error) => void;
}

class PushEncryptionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private nextWorker = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./push-encrypt-worker.mjs', import.meta.url));
      worker.unref();
      worker.on('message', (message: { id: number; headers?: Record<string, string | number>; body?: Uint8Array | null; error?: string }) => {
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error));
        else waiting.resolve({ headers: message.headers!, body: message.body ? Buffer.from(message.body.buffer, message.body.byteOffset, message.body.byteLength) : null });
      });
      worker.on('error', (error) => logger.error({ err: error }, 'push encryption worker failed'));
      this.workers.push(worker);
    }
  }

  encrypt(subscription: webPush.PushSubscription, payload: string, options: webPush.RequestOptions): Promise<EncryptedPush> {
    const id = this.nextId++;
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, subscription, payload, options });
    });
  }
}

let pool: PushEncryptionPool | null | undefined;

function getPool(): PushEncryptionPool | null {
  if (pool !== undefined) return pool;
  const size = Math.max(1, Math.min(4, os.availableParallelism()));
  try {
    pool = new PushEncryptionPool(size);
  } catch (error) {
    logger.warn({ err: error }, 'push encryption runs inline: worker threads unavailable');
    pool = null;
  }
  return pool;
}

/** Starts the worker threads ahead of the first notice (they take a moment to load web-push). */
export function warmPushEncryption(): void {
  getPool();
}

export async function encryptPush(subscription: webPush.PushSubscription, payload: string, options: webPush.RequestOptions): Promise<EncryptedPush> {
  const workers = getPool();
  if (workers) return workers.encrypt(subscription, payload, options);
  const details = webPush.generateRequestDetails(subscription, payload, options);
  return { headers: details.headers as Record<string, string | number>, body: (details.body as Buffer | null) ?? null };
}
