// GET /api/v1/stream: public Server-Sent Events for open pages and partners (`notice.published`,
// `notice.updated`). Built for thousands of clients per process: events come from the process's one
// LISTEN connection (liveEvents()), each event costs one small database read (its titles) and is
// serialised once per language; the same bytes are then written to every matching client. One
// shared heartbeat timer; a client that stops reading is dropped rather than buffered forever.
import type { Db } from '../db/client';
import type { Language } from '../db/generated/enums';
import { translateFieldErrors, validationProblem, type ApiLanguage } from '../http/problem';
import type { EventHub, NoticeLiveEvent, RaspaEvent } from '../live/events';
import { logger } from '../log';
import { noticeStreamInput } from '../notices/public-api-schema';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';

export const STREAM_HEARTBEAT_MS = 20_000;
/** Browsers wait this long before reconnecting after the connection drops. */
export const STREAM_RETRY_MS = 5_000;
/** Chunks a client may leave unread before it is disconnected (heartbeats included). */
const MAX_QUEUED_CHUNKS = 64;

/** What a `notice.published` / `notice.updated` event carries. */
export interface NoticeStreamEventData {
  slug: string;
  version: number;
  verdict: string;
  urgency: 'NORMAL' | 'URGENT';
  regionCodes: string[];
  status: 'PUBLISHED' | 'WITHDRAWN';
  /** The notice page in the stream's language (absolute when the public origin is configured). */
  url: string;
  /** The claim in the stream's language (or the nearest available one); absent if it could not be read. */
  title?: string;
}

interface StreamClient {
  language: ApiLanguage;
  regionCode?: string;
  write(bytes: Uint8Array): void;
  close(): void;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': keep-alive\n\n');
const FALLBACK: Record<Language, readonly Language[]> = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'kk', 'en'], en: ['en', 'ru', 'kk'] };

export class NoticeStreamBroadcaster {
  private readonly clients = new Set<StreamClient>();
  private unsubscribe: (() => void) | null = null;
  private subscribing: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  // Events are handled one after another so clients see them in publication order.
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly hub: Pick<EventHub, 'subscribe'>,
    private readonly db: () => Db,
    private readonly publicOrigin: string | undefined,
  ) {}

  get clientCount(): number {
    return this.clients.size;
  }

  /** Registers a client; resolves once the process listens for events. The returned function removes it. */
  async add(client: StreamClient): Promise<() => void> {
    this.clients.add(client);
    this.heartbeat ??= setInterval(() => this.broadcast(() => HEARTBEAT), STREAM_HEARTBEAT_MS).unref();
    if (!this.unsubscribe) {
      this.subscribing ??= this.hub
        .subscribe((event) => this.enqueue(event))
        .then((unsubscribe) => {
          this.unsubscribe = unsubscribe;
          // Prepare the one query each event needs, so the first publication after a start is not slower.
          void this.titlesOf({ slug: '', version: 0 });
          if (this.clients.size === 0) this.stop();
        })
        .finally(() => (this.subscribing = null));
      await this.subscribing;
    }
    return () => this.remove(client);
  }

  private remove(client: StreamClient) {
    if (!this.clients.delete(client)) return;
    if (this.clients.size === 0) this.stop();
  }

  private stop() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private enqueue(event: RaspaEvent) {
    if (event.type !== 'notice.published' && event.type !== 'notice.updated') return;
    this.queue = this.queue.then(() => this.deliver(event)).catch((error) => logger.warn({ err: error }, 'notice stream: delivery failed'));
  }

  /** Exposed for tests: what one event becomes on the wire, per language. */
  async deliver(event: NoticeLiveEvent): Promise<void> {
    const titles = await this.titlesOf(event);
    const frames = new Map<ApiLanguage, Uint8Array>();
    const frameFor = (language: ApiLanguage) => {
      let frame = frames.get(language);
      if (!frame) {
        const translation = FALLBACK[language].map((l) => titles.get(l)).find((t) => t !== undefined);
        const path = `/${language}/notices/${encodeURIComponent(event.slug)}`;
        const data: NoticeStreamEventData = {
          slug: event.slug,
          version: event.version,
          verdict: event.verdict,
          urgency: event.urgency,
          regionCodes: event.regionCodes,
          status: event.type === 'notice.updated' ? event.status : 'PUBLISHED',
          url: this.publicOrigin ? new URL(path, this.publicOrigin).toString() : path,
          ...(translation ? { title: translation } : {}),
        };
        frame = encoder.encode(`event: ${event.type}\nid: ${event.slug}@${event.version}\ndata: ${JSON.stringify(data)}\n\n`);
        frames.set(language, frame);
      }
      return frame;
    };
    this.broadcast((client) => (client.regionCode && !event.regionCodes.includes(client.regionCode) ? null : frameFor(client.language)));
  }

  private broadcast(frameFor: (client: StreamClient) => Uint8Array | null) {
    for (const client of this.clients) {
      const frame = frameFor(client);
      if (frame) client.write(frame);
    }
  }

  private async titlesOf(event: Pick<NoticeLiveEvent, 'slug' | 'version'>): Promise<Map<Language, string>> {
    try {
      const version = await this.db().noticeVersion.findFirst({
        where: { version: event.version, notice: { slug: event.slug } },
        select: { translations: { select: { language: true, title: true } } },
      });
      return new Map((version?.translations ?? []).map((t) => [t.language, t.title]));
    } catch (error) {
      logger.warn({ err: error }, 'notice stream: could not read titles');
      return new Map();
    }
  }
}

const globalForStream = globalThis as unknown as { raspaNoticeStreams?: WeakMap<object, NoticeStreamBroadcaster> };

/** One broadcaster per event hub — in production the process's one (on globalThis so dev reloads do not duplicate it). */
export function noticeStreamBroadcaster(deps: Pick<ApiDeps, 'db' | 'publicOrigin' | 'liveEvents'>): NoticeStreamBroadcaster {
  const broadcasters = (globalForStream.raspaNoticeStreams ??= new WeakMap());
  let broadcaster = broadcasters.get(deps.liveEvents);
  if (!broadcaster) {
    broadcaster = new NoticeStreamBroadcaster(deps.liveEvents, () => deps.db, deps.publicOrigin);
    broadcasters.set(deps.liveEvents, broadcaster);
  }
  return broadcaster;
}

export const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform keeps compression (and proxies) from buffering the stream.
  'cache-control': 'no-store, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
};

export async function handleNoticeStream(request: Request, deps: ApiDeps): Promise<Response> {
  const broadcaster = noticeStreamBroadcaster(deps);
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const params = context.url.searchParams;
      const input = noticeStreamInput.safeParse({ language: params.get('lang') || undefined, regionCode: params.get('region') || undefined });
      if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { language: 'lang', regionCode: 'region' }));
      const language = input.data.language ?? context.language;

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
      const client: StreamClient = {
        language,
        regionCode: input.data.regionCode,
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
        close,
      };
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controllerRef = controller;
          request.signal.addEventListener('abort', close, { once: true });
          remove = await broadcaster.add(client);
          if (closed || request.signal.aborted) {
            closed = false;
            return close();
          }
          // Sent once the process listens, so a client that has read it misses no later event.
          client.write(encoder.encode(`retry: ${STREAM_RETRY_MS}\n: connected\n\n`));
        },
        cancel() {
          close();
        },
      });
      return new Response(stream, { headers: STREAM_HEADERS });
    }),
  );
}
