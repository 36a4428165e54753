// GET /api/v1/stream?lang=&region=: public Server-Sent Events for open pages and partners
// (`notice.published`, `notice.updated` for corrections, `notice.withdrawn`), on the one SSE implementation (./sse.ts). Each event
// costs one small database read (its titles) and is serialised once per language.
import type { Db } from '../db/client';
import { translateFieldErrors, validationProblem } from '../http/problem';
import { isNoticeLiveEvent, type NoticeLiveEvent } from '../live/events';
import { logger } from '../log';
import { noticeStreamInput } from '../notices/public-api-schema';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';
import { liveChannel, openLiveStream, sseFrame, type LiveChannel } from './sse';
import { pickTranslation, type Language } from '../i18n/languages';

/** What a `notice.published` / `notice.updated` / `notice.withdrawn` event carries. */
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

/** What a connection asked for. */
interface NoticeStreamRequest {
  language: Language;
  regionCode?: string;
}

type Titles = readonly { language: Language; title: string }[];
export type NoticeStreamBroadcaster = LiveChannel<NoticeStreamRequest, NoticeLiveEvent, Titles>;

async function titlesOf(db: Db, event: Pick<NoticeLiveEvent, 'slug' | 'version'>): Promise<Titles> {
  try {
    const version = await db.noticeVersion.findFirst({
      where: { version: event.version, notice: { slug: event.slug } },
      select: { translations: { select: { language: true, title: true } } },
    });
    return version?.translations ?? [];
  } catch (error) {
    logger.warn({ err: error }, 'notice stream: could not read titles');
    return [];
  }
}

/** The notice channel of the deps' event hub (one per process in production). */
export function noticeStreamBroadcaster(deps: Pick<ApiDeps, 'db' | 'publicOrigin' | 'liveEvents'>): NoticeStreamBroadcaster {
  return liveChannel(deps.liveEvents, {
    name: 'notices',
    accepts: isNoticeLiveEvent,
    prepare: (event) => titlesOf(deps.db, event),
    // Prepare the one query each event needs, so the first publication after a start is not slower.
    warmUp: () => void titlesOf(deps.db, { slug: '', version: 0 }),
    frameKey: (connection, event) => (connection.regionCode && !event.regionCodes.includes(connection.regionCode) ? null : connection.language),
    frame(language, event, titles) {
      const lang = language as Language;
      const title = pickTranslation(titles, lang)?.title;
      const path = `/${lang}/notices/${encodeURIComponent(event.slug)}`;
      const data: NoticeStreamEventData = {
        slug: event.slug,
        version: event.version,
        verdict: event.verdict,
        urgency: event.urgency,
        regionCodes: event.regionCodes,
        status: event.type === 'notice.updated' ? event.status : event.type === 'notice.withdrawn' ? 'WITHDRAWN' : 'PUBLISHED',
        url: deps.publicOrigin ? new URL(path, deps.publicOrigin).toString() : path,
        ...(title ? { title } : {}),
      };
      return sseFrame(event.type, data, `${event.slug}@${event.version}`);
    },
  });
}

export async function handleNoticeStream(request: Request, deps: ApiDeps): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const params = context.url.searchParams;
      const input = noticeStreamInput.safeParse({ language: params.get('lang') || undefined, regionCode: params.get('region') || undefined });
      if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { language: 'lang', regionCode: 'region' }));
      return openLiveStream(request, noticeStreamBroadcaster(deps), { language: input.data.language ?? context.language, regionCode: input.data.regionCode });
    }),
  );
}
