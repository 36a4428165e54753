'use client';

// The report form's view of the outbox: how many reports wait on this phone, and the last one that
// went out from it (so the form can show its tracking code). Also keeps the outbox flushing while
// the form is open. The outbox code (IndexedDB, sending, Background Sync) comes with the on-demand
// chunk (on-demand.ts), fetched right after the page has hydrated rather than with it.
import { useEffect, useState } from 'react';
import { loadOnDemandParts } from './lazy-parts';

export interface OutboxState {
  queuedCount: number;
  lastSent: { clientId: string; trackingCode: string } | null;
  /** A queued report the server refused when it was finally sent (its `{ error, message, fieldErrors? }`). */
  lastRejected: { clientId: string; status: number; body: unknown } | null;
}

export function useOutbox(): OutboxState {
  const [queuedCount, setQueuedCount] = useState(0);
  const [lastSent, setLastSent] = useState<OutboxState['lastSent']>(null);
  const [lastRejected, setLastRejected] = useState<OutboxState['lastRejected']>(null);

  useEffect(() => {
    let active = true;
    let stop = () => {};
    loadOnDemandParts().then(
      ({ countEntries, subscribeOutbox, startOutboxAutoFlush }) => {
        if (!active) return;
        const refresh = () => {
          countEntries().then(
            (count) => {
              if (active) setQueuedCount(count);
            },
            () => undefined,
          );
        };
        refresh();
        const unsubscribe = subscribeOutbox(refresh);
        const stopFlushing = startOutboxAutoFlush(
          ({ clientId, body }) => setLastSent({ clientId, trackingCode: body.trackingCode }),
          (rejected) => setLastRejected(rejected),
        );
        stop = () => {
          unsubscribe();
          stopFlushing();
        };
      },
      () => undefined, // Chunk unavailable (offline without a service worker): the form still sends online.
    );
    return () => {
      active = false;
      stop();
    };
  }, []);

  return { queuedCount, lastSent, lastRejected };
}
