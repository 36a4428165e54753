// POST /api/admin/search: the staff pages' search forms (the SMS log on Admin → Channels, the risk
// terms on Admin → Settings) post what was typed here — plain HTML forms, so they work without
// JavaScript — and are sent back (303) to their page with the words sealed for the one who searched
// (server/staff/sealed-search.ts): a phone number or a message's words never stand in an address.
// Anything wrong with the post (foreign, damaged, no session) goes back to the page unsearched; a
// failure of ours is the error (500) or outage (503) page with the search in a form to send again.
import { requireStaffActor } from '../auth/current-actor';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { answerForeignFormPost } from '../http/page-request-guards';
import { MODERATION_ROLES } from '../policy';
import type { Role } from '../db/generated/enums';
import { sealStaffSearch, STAFF_SEARCH_MAX } from '../staff/sealed-search';
import type { ApiDeps } from './deps';
import { handleApiRequest, seeOther, type ProblemRenderer } from './edge';
import { failurePageFor, readForm, SMALL_FORM_LIMIT_BYTES, text } from './page-forms';

/** The pages that search this way: where they are, the parameter the sealed words go in, the filters posted beside them. */
export const STAFF_SEARCH_PAGES = {
  'sms-log': { path: 'admin/channels', param: 'search', filters: ['direction', 'status'], hash: '#sms-log-title', roles: MODERATION_ROLES },
  'risk-terms': { path: 'admin/settings', param: 'termSearch', filters: [], hash: '#risk-terms-title', roles: ['ADMIN'] },
} as const satisfies Record<string, { path: string; param: string; filters: readonly string[]; hash: string; roles: readonly Role[] }>;
export type StaffSearchPage = keyof typeof STAFF_SEARCH_PAGES;

/** The fields the search forms post. */
const POSTED_FIELDS = ['locale', 'page', 'q', ...new Set(Object.values(STAFF_SEARCH_PAGES).flatMap((page) => page.filters))];

/** A filter beside the words is one of the page's own codes (INBOUND, FAILED…); the page checks which. */
const FILTER_CODE = /^[A-Z_]{1,40}$/;

export async function handleStaffSearchPost(request: Request, deps: ApiDeps): Promise<Response> {
  const foreign = answerForeignFormPost(request, deps.publicOrigin);
  if (foreign) return foreign;
  let back = `/${DEFAULT_LANGUAGE}/admin`;
  let locale: Language = DEFAULT_LANGUAGE;
  let posted: Record<string, string> | undefined;
  const render: ProblemRenderer = (problem) =>
    failurePageFor(problem, locale, back.split('#')[0]!, posted && { action: '/api/admin/search', fields: posted }) ?? seeOther(back);
  return handleApiRequest(
    request,
    deps,
    async () => {
      const form = await readForm(request, SMALL_FORM_LIMIT_BYTES);
      // What was posted, for the form to send again should this fail on our side.
      posted = {};
      for (const name of POSTED_FIELDS) {
        const value = text(form, name);
        if (value !== undefined) posted[name] = value.slice(0, STAFF_SEARCH_MAX);
      }
      const asked = text(form, 'locale');
      locale = isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
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
