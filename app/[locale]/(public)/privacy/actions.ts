'use server';

// "Forget my contact" as a plain form post (a server action, so it works without JavaScript). The
// reader lands back on the privacy page with one of three answers; a known and an unknown code get
// the same one, so the form cannot be used to find out which codes exist.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/server/db/client';
import { consumeRateLimit } from '@/server/http/rate-limit';
import type { Language } from '@/server/i18n/languages';
import { forgetReportContact } from '@/server/privacy/forget-contact';

export async function forgetContactFromForm(locale: Language, form: FormData): Promise<void> {
  const typed = String(form.get('code') ?? '').slice(0, 40);
  const back = (forget: string, keep?: string) => redirect(`/${locale}/privacy?forget=${forget}${keep ? `&code=${encodeURIComponent(keep)}` : ''}#forget`);
  if (typed.trim() === '') back('missing');
  if (!(await consumeRateLimit('contact.forget', { client: await headers() })).allowed) back('rateLimited', typed);
  // Only a malformed code comes back to the form (to be corrected); a well-formed one is never put in the address.
  if ((await forgetReportContact(db(), typed)) === null) back('invalid', typed);
  back('done');
}
