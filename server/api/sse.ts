// The one Server-Sent Events implementation, behind the public notice stream (/api/v1/stream) and
// the staff stream (/api/admin/events). Built for thousands of connections per process: events come
// from the process's one LISTEN connection (EventHub), each channel prepares an event once (at most
// one database read, never one per connection), decides per connection in memory whether and how
// it is sent, and serialises each distinct frame once; the same bytes go to every connection that
// gets them. One heartbeat timer per channel; a connection that stops reading is dropped rather
// than buffered forever; events reach connections in the order they were committed.
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
  frame(key: string, event: E, prepared: P): Uint8Array;
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

/** One channel of this process: its open connections, one hub listener and one heartbeat while any is open. */
export class LiveChannel<C, E extends RaspaEvent = RaspaEvent, P = undefined> {
  private readonly connections = new Set<LiveConnection<C>>();
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

  /** Registers a connection; resolves once the process listens for events. The returned function removes it. */
  async add(connection: LiveConnection<C>): Promise<() => void> {
    this.connections.add(connection);
    this.heartbeat ??= setInterval(() => {
      for (const open of this.connections) open.write(HEARTBEAT);
    }, SSE_HEARTBEAT_MS).unref();
    if (!this.unsubscribe) {
      this.subscribing ??= this.hub
        .subscribe((event) => this.enqueue(event))
        .then((unsubscribe) => {
          this.unsubscribe = unsubscribe;
          this.spec.warmUp?.();
          if (this.connections.size === 0) this.stop();
        })
        .finally(() => (this.subscribing = null));
      await this.subscribing;
    }
    return () => this.remove(connection);
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
  }

  private enqueue(event: RaspaEvent) {
    if (!this.spec.accepts(event)) return;
    this.queue = this.queue.then(() => this.deliver(event)).catch((error) => logger.warn({ err: error, channel: this.spec.name }, 'live channel: delivery failed'));
  }

  private async deliver(event: E): Promise<void> {
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
      if (!frame) frames.set(key, (frame = this.spec.frame(key, event, prepared)));
      connection.write(frame);
    }
  }
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
 * later event), and leaves the channel when the client goes away.
 */
export function openLiveStream<C>(request: Request, channel: Pick<LiveChannel<C>, 'add'>, info: C): Response {
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
      remove = await channel.add(connection);
      if (closed || request.signal.aborted) {
        closed = false;
        return close();
      }
      connection.write(CONNECTED);
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
