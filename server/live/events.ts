// Live events: the writer runs `pg_notify('raspa_events', …)` inside its transaction, so an event
// is only ever seen once committed. Each server process holds ONE LISTEN connection (opened when the
// first subscriber arrives, closed when the last leaves) and fans events out in memory to the live
// channels (server/api/sse.ts); a dropped connection is re-opened with a growing delay.
//
// Staff events carry what authorising them needs — the rumour's regions as the writer committed
// them — so that the staff stream decides per connection in memory (server/live/staff-events.ts)
// instead of reading the database once per event per connection.
import pg from 'pg';
import { z } from 'zod';
import { envSetting } from '../config/env';
import { logger } from '../log';

export const EVENTS_CHANNEL = 'raspa_events';

const noticeEventFields = {
  noticeId: z.string(),
  slug: z.string(),
  version: z.number().int(),
  verdict: z.string(),
  urgency: z.enum(['NORMAL', 'URGENT']),
  regionCodes: z.array(z.string()),
};
/** The rumour a staff event is about, and its regions at commit: who may see the event follows from these. */
const rumorScope = { rumorId: z.string(), regionCodes: z.array(z.string()) };
const raspaEvent = z.discriminatedUnion('type', [
  // Staff: a report was clustered into a rumour (a new sighting, or the rumour's first report).
  z.object({ type: z.literal('report.created'), reportId: z.string(), ...rumorScope }),
  // Staff: anything audited about a rumour or what hangs off it (evidence, verification, verdict,
  // notice, comment, status, assignment …), sent by the AuditEvent trigger of migration
  // 20261205103000_rumor_changed_events. `action` is the audit action.
  z.object({ type: z.literal('rumor.changed'), action: z.string(), ...rumorScope }),
  // Public: a notice was published for the first time, corrected (or an interim one superseded by
  // the verdict: notice.updated), or withdrawn by moderators (notice.withdrawn).
  z.object({ type: z.literal('notice.published'), ...noticeEventFields }),
  z.object({ type: z.literal('notice.updated'), ...noticeEventFields, status: z.enum(['PUBLISHED', 'WITHDRAWN']) }),
  z.object({ type: z.literal('notice.withdrawn'), ...noticeEventFields }),
  // Staff: a member's sessions ended (sessionIds) or their role or scope changed (all of them):
  // their open live streams close, and a reconnect is authorised afresh — or refused.
  z.object({ type: z.literal('staff.access_changed'), userId: z.string(), sessionIds: z.array(z.string()).optional() }),
  // Staff: one member's notifications changed (a new one, or some were read in another tab):
  // their header count and list refetch. Only that member's connections get it.
  z.object({ type: z.literal('notifications.changed'), userId: z.string() }),
  // Public: something public pages show besides notices changed — the SMS numbers and Telegram bot
  // for reaching Raspa without the internet, the claim lexicon "already checked?" searches with, an
  // announcement in the feeds: cached public pages and answers are made afresh.
  z.object({ type: z.literal('settings.public_changed') }),
  // Public: a report joined, left or was re-keyed in the rumour of a published notice — "already
  // checked?" reads those reports (its sightings), so cached answers are stale. Sent by the Report
  // triggers of migration 20261206120500_notice_sightings_events, at most once per transaction.
  z.object({ type: z.literal('notice.sightings_changed') }),
  // Clustering and search: an admin added a place (settlements/add-settlement.ts). Every process's
  // place index (routing, place contrasts) and cached "already checked?" answers are read afresh.
  z.object({ type: z.literal('places.changed') }),
]);
export type RaspaEvent = z.infer<typeof raspaEvent>;
export type NoticeLiveEvent = Extract<RaspaEvent, { type: 'notice.published' | 'notice.updated' | 'notice.withdrawn' }>;

export function isNoticeLiveEvent(event: RaspaEvent): event is NoticeLiveEvent {
  return event.type === 'notice.published' || event.type === 'notice.updated' || event.type === 'notice.withdrawn';
}

/** What `pg_notify(EVENTS_CHANNEL, …)` carries for `event` (checked: a listener parses it back). */
export function liveEventPayload(event: RaspaEvent): string {
  return JSON.stringify(raspaEvent.parse(event));
}

/** Sends a live event when (and only if) the surrounding transaction commits. */
export async function notifyLiveEvent(tx: { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> }, event: RaspaEvent) {
  await notifyLiveEvents(tx, [event]);
}

/**
 * Sends live events, in this order, when (and only if) the surrounding transaction commits — in
 * ONE statement, however many: a clustering batch sends one per report placed, and a statement
 * each was one round trip in eight of the worker's (bench/RESULTS.md, the drain with 2 workers).
 * `then`: notifications on other channels, sent after the events in the same statement.
 */
export async function notifyLiveEvents(
  tx: { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> },
  events: readonly RaspaEvent[],
  then: readonly { channel: string; payload: string }[] = [],
) {
  const sent = [...events.map((event) => ({ channel: EVENTS_CHANNEL, payload: liveEventPayload(event) })), ...then];
  if (sent.length === 0) return;
  // In array order: pg_notify is volatile, so it runs after the sort, row by row.
  await tx.$executeRaw`
    SELECT pg_notify(n.channel, n.payload)
    FROM unnest(${sent.map((n) => n.channel)}::text[], ${sent.map((n) => n.payload)}::text[]) WITH ORDINALITY AS n(channel, payload, at)
    ORDER BY n.at`;
}
export type EventListener = (event: RaspaEvent) => void;
/** Called when the LISTEN connection was lost and is back: events committed in between were never heard. */
export type GapListener = () => void;

const MAX_RECONNECT_DELAY_MS = 30_000;

export class EventHub {
  private readonly listeners = new Set<EventListener>();
  private readonly gapListeners = new Map<EventListener, GapListener>();
  private client: pg.Client | null = null;
  /** An established LISTEN connection dropped; the next one that succeeds reports the gap. */
  private lostEvents = false;
  /** Connections this hub closed: a notification still in flight on one is not dispatched. */
  private readonly retired = new WeakSet<pg.Client>();
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(private readonly connectionString: string) {}

  /**
   * Adds a listener; the returned function removes it. Resolves once the LISTEN is in place.
   * `onGap` is told when the connection was lost and re-established (some events may be missing).
   */
  async subscribe(listener: EventListener, onGap?: GapListener): Promise<() => void> {
    this.listeners.add(listener);
    if (onGap) this.gapListeners.set(listener, onGap);
    await this.ensureConnected().catch(() => undefined); // retried in the background
    return () => this.unsubscribe(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private unsubscribe(listener: EventListener) {
    this.listeners.delete(listener);
    this.gapListeners.delete(listener);
    if (this.listeners.size === 0) this.disconnect();
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'raspa-live-events' });
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL && !this.retired.has(client)) this.dispatch(message.payload);
    });
    client.on('error', (error) => {
      logger.warn({ err: error }, 'live events: LISTEN connection failed');
      this.dropAndReconnect(client);
    });
    client.on('end', () => this.dropAndReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      logger.warn({ err: error }, 'live events: could not LISTEN');
      this.dropAndReconnect(client);
      throw error;
    }
    if (this.listeners.size === 0) {
      this.retired.add(client);
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    if (this.lostEvents) {
      this.lostEvents = false;
      for (const onGap of this.gapListeners.values()) onGap();
    }
  }

  private dispatch(payload: string | undefined) {
    let event: RaspaEvent;
    try {
      event = raspaEvent.parse(JSON.parse(payload ?? ''));
    } catch {
      return; // another kind of event, or a newer payload this process does not know
    }
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        logger.warn({ err: error }, 'live events: a listener threw');
      }
    }
  }

  private dropAndReconnect(client: pg.Client) {
    this.retired.add(client);
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.client === client) {
      this.client = null;
      this.lostEvents = true;
    }
    if (this.listeners.size === 0 || this.reconnectTimer) return;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * 2 ** this.failures++);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.listeners.size > 0) this.ensureConnected().catch(() => undefined);
    }, delay);
    this.reconnectTimer.unref();
  }

  private disconnect() {
    this.lostEvents = false; // nobody is left to have missed anything
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const client = this.client;
    this.client = null;
    if (client) {
      this.retired.add(client);
      client.removeAllListeners('end');
      client.end().catch(() => undefined);
    }
  }
}

const globalForEvents = globalThis as unknown as { raspaEventHub?: EventHub };

/**
 * The process-wide hub (kept on globalThis so dev reloads do not open more connections). It needs
 * only DATABASE_URL, not the whole app environment: benches and scripts reach code that listens.
 */
export function liveEvents(): EventHub {
  globalForEvents.raspaEventHub ??= new EventHub(envSetting('DATABASE_URL'));
  return globalForEvents.raspaEventHub;
}
