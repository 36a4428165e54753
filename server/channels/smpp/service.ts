// Who holds the SMPP bind. Every worker process runs this; exactly one at a time holds a
// PostgreSQL session advisory lock on its own connection and, while it does, runs the channel. The
// account's rate is then the one bucket of that one process. If the holder dies its connection
// closes, PostgreSQL frees the lock, and another worker binds within `lockRetryMs`; if the lock
// connection breaks, the holder stops sending at once (it can no longer prove it is the holder).
// The same connection LISTENs for "settings" (an admin saved: re-bind with the new values) and
// "outbox" (an SMS is waiting: send now).
import pg from 'pg';
import type { Db } from '../../db/client';
import type { Logger } from '../../log';
import { DEFAULT_SMPP_TIMINGS, sleep, SmppChannel, type SmppTimings } from './channel';
import { recoverInFlightSmpp } from './outbox';
import { loadSmppAccount, SMPP_HEARTBEAT_MS, SMPP_WAKE_CHANNEL, smppHolderName, writeSmppStatus, type SmppAccount, type SmppState, type SmppStatusRow } from './settings';

/** pg_try_advisory_lock(classid, objid): a two-key lock, apart from every hashtext() one-key lock. */
const LOCK_CLASS = 7301;
const LOCK_OBJECT = 1;

export interface SmppServiceTimings extends SmppTimings {
  /** How often a worker without the bind tries to take it, and the holder re-reads the settings. */
  lockRetryMs: number;
  settingsPollMs: number;
  heartbeatMs: number;
}

export interface SmppServiceOptions {
  db: Db;
  connectionString: string;
  encryptionKey: string;
  publicOrigin: string;
  passwordFromEnv?: string;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  timings?: Partial<SmppServiceTimings>;
}

export class SmppService {
  private readonly timings: SmppServiceTimings;
  private status: SmppStatusRow | null = null;
  /** Status writes in the order they happened. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: SmppServiceOptions) {
    this.timings = { ...DEFAULT_SMPP_TIMINGS, lockRetryMs: 5_000, settingsPollMs: 5_000, heartbeatMs: SMPP_HEARTBEAT_MS, ...options.timings };
  }

  private loadAccount(): Promise<SmppAccount | null> {
    return loadSmppAccount(this.options.db, { encryptionKey: this.options.encryptionKey, passwordFromEnv: this.options.passwordFromEnv });
  }

  /** Until `signal`: wait for an enabled account and the lock, hold the bind, let go when disabled. */
  async run(signal: AbortSignal): Promise<void> {
    const { log } = this.options;
    while (!signal.aborted) {
      let account: SmppAccount | null = null;
      try {
        account = await this.loadAccount();
      } catch (error) {
        log.error({ err: error }, 'smpp: could not read the account settings');
      }
      if (!account?.enabled) {
        await sleep(this.timings.settingsPollMs, signal);
        continue;
      }
      const lock = await this.tryLock();
      if (!lock) {
        await sleep(this.timings.lockRetryMs, signal);
        continue;
      }
      try {
        await this.hold(lock, account, signal);
      } catch (error) {
        log.error({ err: error }, 'smpp: the bind holder stopped with an error');
        await sleep(this.timings.lockRetryMs, signal);
      } finally {
        await lock.end().catch(() => undefined); // closing the session frees the lock
      }
    }
  }

  private async tryLock(): Promise<pg.Client | null> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'raspa-smpp-bind' });
    client.on('error', () => undefined); // reported through 'end' while held (see hold)
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_CLASS, LOCK_OBJECT]);
      if (rows[0]?.locked) return client;
    } catch (error) {
      this.options.log.warn({ err: error }, 'smpp: could not ask for the bind lock');
    }
    await client.end().catch(() => undefined);
    return null;
  }

  private async hold(lock: pg.Client, first: SmppAccount, outer: AbortSignal): Promise<void> {
    const { db, log } = this.options;
    let account = first;
    const recovered = await recoverInFlightSmpp(db);
    if (recovered) log.warn({ count: recovered }, 'smpp: re-sending SMS that were in flight when the last bind holder stopped');

    const lockLost = new AbortController();
    lock.on('end', () => lockLost.abort());
    lock.on('error', () => lockLost.abort());
    let channel: SmppChannel | null = null;
    let settingsChanged: AbortController | null = null;
    const checkSettings = async () => {
      try {
        const next = await this.loadAccount();
        if (!next?.enabled || next.version !== account.version) settingsChanged?.abort();
      } catch (error) {
        log.warn({ err: error }, 'smpp: could not re-read the settings');
      }
    };
    lock.on('notification', (message) => {
      if (message.payload === 'outbox') channel?.wake();
      else if (message.payload === 'settings') void checkSettings();
    });
    await lock.query(`LISTEN ${SMPP_WAKE_CHANNEL}`);
    const poll = setInterval(() => void checkSettings(), this.timings.settingsPollMs);
    const heartbeat = setInterval(() => void this.beat(), this.timings.heartbeatMs);
    try {
      while (!outer.aborted && !lockLost.signal.aborted) {
        settingsChanged = new AbortController();
        const stop = AbortSignal.any([outer, lockLost.signal, settingsChanged.signal]);
        channel = new SmppChannel({
          db,
          account,
          encryptionKey: this.options.encryptionKey,
          publicOrigin: this.options.publicOrigin,
          log,
          timings: this.timings,
          onState: (state, detail) => void this.report(state, account, detail.error),
        });
        await channel.run(stop);
        channel = null;
        if (outer.aborted || lockLost.signal.aborted) break;
        const next = await this.loadAccount();
        if (!next?.enabled) break;
        log.info({}, 'smpp: settings changed, binding again');
        account = next;
      }
      if (lockLost.signal.aborted && !outer.aborted) log.error({}, 'smpp: lost the bind lock connection; stopped sending');
    } finally {
      clearInterval(poll);
      clearInterval(heartbeat);
      await this.report('stopped', account).catch(() => undefined);
    }
  }

  private async report(state: SmppState, account: SmppAccount, error?: string): Promise<void> {
    const now = new Date().toISOString();
    const previous = this.status;
    this.status = {
      state,
      since: previous?.state === state ? previous.since : now,
      holder: smppHolderName(),
      heartbeatAt: now,
      boundAt: state === 'bound' ? (previous?.state === 'bound' ? previous.boundAt : now) : (previous?.boundAt ?? null),
      lastError: error ?? previous?.lastError ?? null,
      lastErrorAt: error ? now : (previous?.lastErrorAt ?? null),
      version: account.version,
    };
    await this.write(this.status);
  }

  private async beat(): Promise<void> {
    if (!this.status) return;
    this.status = { ...this.status, heartbeatAt: new Date().toISOString() };
    await this.write(this.status);
  }

  private write(status: SmppStatusRow): Promise<void> {
    this.writing = this.writing.then(() => writeSmppStatus(this.options.db, status).catch((e: unknown) => this.options.log.warn({ err: e }, 'smpp: could not write the status')));
    return this.writing;
  }
}
