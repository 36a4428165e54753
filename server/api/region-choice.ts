// GET /api/region-choice?locale=&region=: the home page's region filter (a plain GET form, so it
// works without JavaScript). The choice is remembered in a `region` cookie on this device only —
// it holds a region code and nothing else — and the visitor is sent back to the home page, which reads it.
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import type { ApiDeps } from './deps';
import { handleApiRequest, seeOther } from './edge';

const REGION_CODE = /^KZ-\d{2}$/;
const ONE_YEAR = 365 * 24 * 3600;

export function handleRegionChoice(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async ({ url }) => {
    const requestedLocale = url.searchParams.get('locale') ?? '';
    const locale = isLanguage(requestedLocale) ? requestedLocale : DEFAULT_LANGUAGE;
    const region = (url.searchParams.get('region') ?? '').toUpperCase();
    const response = seeOther(`/${locale}${REGION_CODE.test(region) ? `?region=${region}` : ''}#latest`);
    if (REGION_CODE.test(region)) response.cookies.set('region', region, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: true });
    else response.cookies.delete('region');
    return response;
  });
}
