// GET /api/v1/feeds/{lang}/{rss.xml|atom.xml|feed.json}?region=: the notice feeds, cacheable for a
// minute by CDNs and read from Next's data cache (no database work while no notice changed). An
// unknown language or file is 404; an unknown region is 400.
import { ApiProblem, translateFieldErrors, validationProblem } from '../http/problem';
import { FEED_CONTENT_TYPES, FEED_FORMATS, type FeedFormat } from '../feeds/links';
import { noticeFeedInput } from '../notices/public-api-schema';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { keptCopy } from '../http/front-door-cache';
import { withPublicCors } from './notices-public';
import { isLanguage } from '../i18n/languages';

const FORMAT_BY_FILE = new Map<string, FeedFormat>(Object.entries(FEED_FORMATS).map(([format, file]) => [file, format as FeedFormat]));

export async function handleNoticeFeed(request: Request, deps: ApiDeps, { lang, file }: { lang: string; file: string }): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const format = FORMAT_BY_FILE.get(file);
      if (!isLanguage(lang) || !format) throw new ApiProblem(404, 'not_found');
      context.language = lang;
      const input = noticeFeedInput.safeParse({ language: lang, regionCode: context.url.searchParams.get('region') || undefined });
      if (!input.success) throw validationProblem(translateFieldErrors(input.error, lang, { regionCode: 'region' }));
      const generation = deps.publicDocuments.generation();
      const body = await deps.publicDocuments.noticeFeedBody(input.data, format, deps.publicOrigin ?? context.url.origin);
      return new Response(body, {
        // The same for every reader until the notices change: the front door answers the next ones.
        headers: { 'content-type': `${FEED_CONTENT_TYPES[format]}; charset=utf-8`, 'cache-control': 'public, s-maxage=60, max-age=60', ...keptCopy(generation) },
      });
    }),
  );
}
