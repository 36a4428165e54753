// POST /api/admin/search: the staff pages' search forms (the SMS log on Admin → Channels, the risk
// terms on Admin → Settings) post what was typed here — plain HTML forms, so they work without
// JavaScript — and are sent back (303) to their page with the words sealed for the one who searched
// (server/staff/sealed-search.ts): a phone number or a message's words never stand in an address.
// Anything wrong (a foreign or damaged post, no session) goes back to the page unsearched.
import { requireStaffActor } from '../auth/current-actor';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { answerForeignFormPost } from '../http/page-request-guards';
import { MODERATION_ROLES } from '../policy';
import type { Role } from '../db/generated/enums';
import { sealStaffSearch, STAFF_SEARCH_MAX } from '../staff/sealed-search';
import type { ApiDeps } from './deps';
import { handleApiRequest, seeOther, type ProblemRenderer } from './edge';
import { readForm, SMALL_FORM_LIMIT_BYTES, text } from './page-forms';

/** The pages that search this way: where they are, the parameter the sealed words go in, the filters posted beside them. */
export const STAFF_SEARCH_PAGES = {
  'sms-log': { path: 'admin/channels', param: 'search', filters: ['direction', 'status'], hash: '#sms-log-title', roles: MODERATION_ROLES },
  'risk-terms': { path: 'admin/settings', param: 'termSearch', filters: [], hash: '#risk-terms-title', roles: ['ADMIN'] },
} as const satisfies Record<string, { path: string; param: string; filters: readonly string[]; hash: string; roles: readonly Role[] }>;
export type StaffSearchPage = keyof typeof STAFF_SEARCH_PAGES;

/** A filter beside the words is one of the page's own codes (INBOUND, FAILED…); the page checks which. */
const FILTER_CODE = /^[A-Z_]{1,40}$/;

export async function handleStaffSearchPost(request: Request, deps: ApiDeps): Promise<Response> {
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  let back = `/${DEFAULT_LANGUAGE}/admin`;
  const render: ProblemRenderer = () => seeOther(back);
  return handleApiRequest(
    request,
    deps,
    async () => {
      const form = await readForm(request, SMALL_FORM_LIMIT_BYTES);
      const asked = text(form, 'locale');
      const locale: Language = isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
      back = `/${locale}/admin`;
      const pageName = text(form, 'page');
      if (!pageName || !Object.hasOwn(STAFF_SEARCH_PAGES, pageName)) return seeOther(back);
      const page = STAFF_SEARCH_PAGES[pageName as StaffSearchPage];
      back = `/${locale}/${page.path}${page.hash}`;
      const actor = await requireStaffActor(deps.db, await deps.session(), page.roles);
      const query = new URLSearchParams();
      const words = text(form, 'q')?.trim().slice(0, STAFF_SEARCH_MAX);
      if (words) query.set(page.param, sealStaffSearch(words, actor.id, deps.encryptionKey));
      for (const name of page.filters) {
        const value = text(form, name);
        if (value && FILTER_CODE.test(value)) query.set(name, value);
      }
      const search = query.toString();
      return seeOther(`/${locale}/${page.path}${search ? `?${search}` : ''}${page.hash}`);
    },
    render,
  );
}
