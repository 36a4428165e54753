// What a long-running worker loop is (the delivery sender, the clustering loop, start-up tasks).
// Its own module, so that the loops in their domains and the list in ./handlers.ts that runs them
// do not import each other.
import type { Db } from '../db/client';

/** Runs until `signal` aborts (worker shutdown); a loop that returns early simply ends. */
export type WorkerLoop = { name: string; start: (db: Db, signal: AbortSignal) => Promise<void> };
