// Group commit for the SMPP channel's bookkeeping: callers add a row and wait until it is written;
// rows that arrive while a write is running go out together in the next one. At hundreds of
// submit_sm a second this turns one statement per PDU into one per batch, and every caller still
// knows its row is stored before it goes on (a part is marked before it is sent, an SMS is
// acknowledged to the SMSC only once recorded).
export class GroupWriter<T> {
  private queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      // Let the other callers of this tick join before the first write.
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        await this.write(batch.map((b) => b.item));
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.running = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Resolves once everything added so far is written (or failed). */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
