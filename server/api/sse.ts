// The one Server-Sent Events implementation, behind the public notice stream (/api/v1/stream) and
// the staff stream (/api/admin/events). Built for thousands of connections per process: events come
// from the process's one LISTEN connection (EventHub), each channel prepares an event once (at most
// one database read, never one per connection), decides per connection in memory whether and how
// it is sent, and serialises each distinct frame once; the same bytes go to every connection that
// gets them. One heartbeat timer per channel; a connection that stops reading is dropped rather
// than buffered forever; events reach connections in the order they were committed.
//
// A channel may keep its recent events (`replay`) so that a client that lost its connection —
// sleep, a tunnel, a flaky phone network — catches up on reconnecting: each event gets an id
// `<epoch>.<seq>` (seq counts up within this process while it listens; the epoch changes whenever
// the channel may have missed events: it stopped listening, or the LISTEN connection dropped), the
// browser sends back the last one it saw (Last-Event-ID), and the missed events it may see are
// replayed from memory in order, each once — no database read. When the gap cannot be bridged
// (another epoch, older than the ring), the client is told `resync` and reloads its view's data.
import { randomBytes } from 'node:crypto';
import type { EventHub, RaspaEvent } from '../live/events';
import { logger } from '../log';

export const SSE_HEARTBEAT_MS = 20_000;
/** Browsers wait this long before reconnecting after the connection drops. */
export const SSE_RETRY_MS = 5_000;
/** Chunks a connection may leave unread before it is disconnected (heartbeats included). */
const MAX_QUEUED_CHUNKS = 64;

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform keeps compression (and proxies) from buffering the stream.
  'cache-control': 'no-store, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
};

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': keep-alive\n\n');
const CONNECTED = encoder.encode(`retry: ${SSE_RETRY_MS}\n: connected\n\n`);

/** The event a replaying channel sends when it cannot bridge a client's gap: reload what you show. */
export const RESYNC_EVENT = 'resync';

/** One SSE frame: `event:` (the type), an optional `id:`, and the data as JSON. */
export function sseFrame(type: string, data: unknown, id?: string): Uint8Array {
  return encoder.encode(`event: ${type}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
}

/**
 * What a channel carries and to whom. `C` is what a connection asked for or is allowed (its
 * language and region, its actor); `E` the events it carries; `P` what an event needs prepared.
 */
export interface LiveChannelSpec<C, E extends RaspaEvent, P> {
  name: string;
  accepts(event: RaspaEvent): event is E;
  /** Once per event, however many connections get it (e.g. one read of a notice's titles). */
  prepare?(event: E): Promise<P>;
  /**
   * Which version of the event a connection gets, or null when it may not (or did not ask to) see
   * it. Decided in memory from the event and the connection: no database read per connection.
   * Connections with the same key get the same bytes.
   */
  frameKey(connection: C, event: E): string | null;
  /** `id` is the event's replay id when the channel replays (put it in the frame's `id:`). */
  frame(key: string, event: E, prepared: P, id: string | undefined): Uint8Array;
  /** Keep this many recent events in memory to replay to reconnecting clients (see above). */
  replay?: { capacity: number };
  /** True when the event ends this connection's right to the stream (the client may reconnect and be authorised afresh). */
  disconnects?(connection: C, event: E): boolean;
  /** Called once the process listens, e.g. to prepare a query so the first event is not slower. */
  warmUp?(): void;
}

export interface LiveConnection<C> {
  info: C;
  write(bytes: Uint8Array): void;
  close(): void;
}

interface ReplayEntry<E, P> {
  seq: number;
  event: E;
  prepared: P;
}

/** The epoch and sequence number of a replay id, or null when it is not one. */
function parseReplayId(id: string): { epoch: string; seq: number } | null {
  const match = /^([0-9a-z]+)\.(\d{1,15})$/.exec(id);
  return match ? { epoch: match[1]!, seq: Number(match[2]) } : null;
}

/** One channel of this process: its open connections, one hub listener and one heartbeat while any is open. */
export class LiveChannel<C, E extends RaspaEvent = RaspaEvent, P = undefined> {
  private readonly connections = new Set<LiveConnection<C>>();
  // Replay: the recent events (oldest first) of the current epoch, and the last seq given out.
  private epoch = newEpoch();
  private seq = 0;
  private ring: ReplayEntry<E, P>[] = [];
  private unsubscribe: (() => void) | null = null;
  private subscribing: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: Pick<EventHub, 'subscribe'>,
    private readonly spec: LiveChannelSpec<C, E, P>,
  ) {}

  get clientCount(): number {
    return this.connections.size;
  }

  /**
   * Registers a connection; resolves once the process listens for events and the connection has
   * been greeted (`retry:` and `: connected`) and — when it says which event it saw last — caught
   * up on what it missed, or told to resync. The returned function removes it.
   */
  async add(connection: LiveConnection<C>, lastEventId?: string | null): Promise<() => void> {
    this.connections.add(connection);
    this.heartbeat ??= setInterval(() => {
      for (const open of this.connections) open.write(HEARTBEAT);
    }, SSE_HEARTBEAT_MS).unref();
    if (!this.unsubscribe) {
      this.subscribing ??= this.hub
        .subscribe(
          (event) => this.enqueue(event),
          () => this.missedEvents(),
        )
        .then((unsubscribe) => {
          this.unsubscribe = unsubscribe;
          this.spec.warmUp?.();
          if (this.connections.size === 0) this.stop();
        })
        .finally(() => (this.subscribing = null));
      await this.subscribing;
    }
    // From here to the end nothing awaits: no event can be delivered between the greeting, the
    // replay and the live events that follow, so each missed event arrives once and in order.
    connection.write(CONNECTED);
    if (this.spec.replay && lastEventId) this.catchUp(connection, lastEventId);
    return () => this.remove(connection);
  }

  /** The id of the newest event (what a client that saw everything would send back). */
  get lastEventId(): string {
    return `${this.epoch}.${this.seq}`;
  }

  private catchUp(connection: LiveConnection<C>, lastEventId: string) {
    const last = parseReplayId(lastEventId);
    const oldest = this.seq - this.ring.length; // the last seq a client may have seen and still be caught up
    if (!last || last.epoch !== this.epoch || last.seq < oldest || last.seq > this.seq) {
      connection.write(sseFrame(RESYNC_EVENT, {}, this.lastEventId));
      return;
    }
    for (const entry of this.ring.slice(last.seq - oldest)) {
      const key = this.spec.frameKey(connection.info, entry.event);
      if (key !== null) connection.write(this.spec.frame(key, entry.event, entry.prepared, this.replayId(entry.seq)));
    }
  }

  private replayId(seq: number): string {
    return `${this.epoch}.${seq}`;
  }

  /** Events may have been lost (the LISTEN connection dropped): what is kept cannot bridge the gap, and every open client must reload. */
  private missedEvents() {
    if (!this.spec.replay) return;
    this.startEpoch();
    const resync = sseFrame(RESYNC_EVENT, {}, this.lastEventId);
    for (const connection of this.connections) connection.write(resync);
  }

  private startEpoch() {
    this.epoch = newEpoch();
    this.seq = 0;
    this.ring = [];
  }

  private remove(connection: LiveConnection<C>) {
    if (!this.connections.delete(connection)) return;
    if (this.connections.size === 0) this.stop();
  }

  private stop() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    // Not listening, the channel will miss events: a client coming back later must resync.
    this.startEpoch();
  }

  private enqueue(event: RaspaEvent) {
    if (!this.spec.accepts(event)) return;
    this.queue = this.queue.then(() => this.deliver(event)).catch((error) => logger.warn({ err: error, channel: this.spec.name }, 'live channel: delivery failed'));
  }

  private async deliver(event: E): Promise<void> {
    if (this.spec.replay) return this.deliverAndKeep(event, this.spec.replay.capacity);
    const targets: [LiveConnection<C>, string][] = [];
    for (const connection of this.connections) {
      if (this.spec.disconnects?.(connection.info, event)) {
        connection.close();
        continue;
      }
      const key = this.spec.frameKey(connection.info, event);
      if (key !== null) targets.push([connection, key]);
    }
    if (targets.length === 0) return;
    const prepared = (await this.spec.prepare?.(event)) as P;
    const frames = new Map<string, Uint8Array>();
    for (const [connection, key] of targets) {
      let frame = frames.get(key);
      if (!frame) frames.set(key, (frame = this.spec.frame(key, event, prepared, undefined)));
      connection.write(frame);
    }
  }

  /** Delivery on a replaying channel: every event is numbered and kept, whether or not anyone gets it now. */
  private async deliverAndKeep(event: E, capacity: number): Promise<void> {
    const prepared = (await this.spec.prepare?.(event)) as P;
    // Synchronous from here: a connection joining now either gets the event live or finds it kept.
    const seq = ++this.seq;
    this.ring.push({ seq, event, prepared });
    if (this.ring.length > capacity) this.ring.shift();
    const id = this.replayId(seq);
    const frames = new Map<string, Uint8Array>();
    for (const connection of this.connections) {
      if (this.spec.disconnects?.(connection.info, event)) {
        connection.close();
        continue;
      }
      const key = this.spec.frameKey(connection.info, event);
      if (key === null) continue;
      let frame = frames.get(key);
      if (!frame) frames.set(key, (frame = this.spec.frame(key, event, prepared, id)));
      connection.write(frame);
    }
  }
}

function newEpoch(): string {
  return randomBytes(5).toString('hex');
}

const globalForChannels = globalThis as unknown as { raspaLiveChannels?: WeakMap<object, Map<string, LiveChannel<never, never, never>>> };

/**
 * The channel `name` on this event hub, created on first use — in production one per process (on
 * globalThis so dev reloads do not duplicate it); a test's own hub gets its own.
 */
export function liveChannel<C, E extends RaspaEvent, P>(hub: Pick<EventHub, 'subscribe'>, spec: LiveChannelSpec<C, E, P>): LiveChannel<C, E, P> {
  const byHub = (globalForChannels.raspaLiveChannels ??= new WeakMap());
  let channels = byHub.get(hub);
  if (!channels) byHub.set(hub, (channels = new Map()));
  let channel = channels.get(spec.name) as unknown as LiveChannel<C, E, P> | undefined;
  if (!channel) {
    channel = new LiveChannel(hub, spec);
    channels.set(spec.name, channel as unknown as LiveChannel<never, never, never>);
  }
  return channel;
}

/**
 * The streaming response of one connection: it joins `channel` with `info`, hears
 * `retry:` and `: connected` once the process listens (so a client that has read them misses no
 * later event), then what it missed since the event it names (the `Last-Event-ID` header a browser
 * sends when it reconnects by itself, or `?lastEventId=` when the page opened a new stream), and
 * leaves the channel when the client goes away.
 */
export function openLiveStream<C>(request: Request, channel: Pick<LiveChannel<C>, 'add'>, info: C): Response {
  const lastEventId = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  let remove: (() => void) | null = null;
  let closed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  const close = () => {
    if (closed) return;
    closed = true;
    remove?.();
    try {
      controllerRef?.close();
    } catch {
      // already closed by the client going away
    }
  };
  const connection: LiveConnection<C> = {
    info,
    close,
    write(bytes) {
      if (closed || !controllerRef) return;
      // A client that has not read its last chunks is gone or hopelessly slow.
      if ((controllerRef.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) return close();
      try {
        controllerRef.enqueue(bytes);
      } catch {
        close();
      }
    },
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      request.signal.addEventListener('abort', close, { once: true });
      remove = await channel.add(connection, lastEventId);
      if (closed || request.signal.aborted) {
        closed = false;
        return close();
      }
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
