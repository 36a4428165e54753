'use client';

// Risk terms: add with the shared zod schema, remove with one click; the page reloads its data.
// A long list comes a page at a time with a search (a plain form and links: they work without
// JavaScript), so an admin can still find and remove any term among thousands. The search is posted
// and comes back sealed in the address (server/staff/sealed-search.ts): the page links keep it so.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { addRiskTermInput, RISK_TERMS_PAGE_SIZE } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { RemovableTerm } from './removable-term';
import styles from './settings.module.css';
import { Section } from '../../ui/section';
import { useLanguageName } from '../../i18n/use-language-name';
import { LanguageOptions } from '../../i18n/language-options';

interface RiskTermRow {
  id: string;
  term: string;
  language: Language;
  weight: number;
}

interface RiskTermPages {
  search: string;
  page: number;
  pageCount: number;
  total: number;
  perLanguage: Partial<Record<Language, number>>;
}

/** The settings page's address for a (sealed) search and page of the terms, back at this section. */
function termsHref(locale: Language, sealedSearch: string | undefined, page: number): string {
  const query = new URLSearchParams();
  if (sealedSearch) query.set('termSearch', sealedSearch);
  if (page > 1) query.set('termPage', String(page));
  const text = query.toString();
  return `/${locale}/admin/settings${text ? `?${text}` : ''}#risk-terms-title`;
}

export function RiskTermsEditor({ terms, pages, sealedSearch, locale }: { terms: RiskTermRow[]; pages: RiskTermPages; sealedSearch?: string; locale: Language }) {
  const t = useTranslations('settings');
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.settings.addRiskTerm.mutationOptions());
  const remove = useMutation(trpc.settings.removeRiskTerm.mutationOptions());
  const { register, reset, fieldError, onValid, pending, status, run } = useZodForm(addRiskTermInput, { namespace: 'settings', defaultValues: { term: '', language: locale, weight: 1 } });

  const onSubmit = onValid(async (values) => {
    const created = await add.mutateAsync(values);
    reset({ term: '', language: values.language, weight: values.weight });
    router.refresh();
    return t('riskTerms.added', { count: created.rumorsFlagged });
  });

  const onRemove = (id: string) =>
    run(async () => {
      await remove.mutateAsync({ id });
      router.refresh();
      return t('riskTerms.removed');
    });

  return (
    <Section titleId="risk-terms-title" title={t('riskTerms.title')} intro={t('riskTerms.intro')}>
      <form onSubmit={onSubmit} noValidate className={styles.inline}>
        <Field label={t('riskTerms.term')} error={fieldError('term')}>
          {(control) => <input autoComplete="off" {...control} {...register('term')} />}
        </Field>
        <Field label={t('riskTerms.language')} error={fieldError('language')}>
          {(control) => (
            <select {...control} {...register('language')}>
              <LanguageOptions />
            </select>
          )}
        </Field>
        <Field label={t('riskTerms.weight')} error={fieldError('weight')}>
          {(control) => <input type="number" inputMode="decimal" step={0.5} min={0.5} max={3} {...control} {...register('weight', { valueAsNumber: true })} />}
        </Field>
        <div>
          <SubmitButton pending={pending}>{t('riskTerms.add')}</SubmitButton>
        </div>
      </form>
      <SaveStatusMessage status={status} />
      {(pages.search || pages.total > RISK_TERMS_PAGE_SIZE) && (
        <form method="post" action="/api/admin/search" className={styles.inline} role="search" aria-label={t('riskTerms.searchLabel')}>
          <input type="hidden" name="page" value="risk-terms" />
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="risk-term-search">{t('riskTerms.search')}</label>
            <input id="risk-term-search" name="q" type="search" defaultValue={pages.search} maxLength={100} />
          </div>
          <div>
            <button type="submit" className="button button--secondary">
              {t('riskTerms.find')}
            </button>
          </div>
          {pages.search && (
            <p className={styles.termsFound}>
              {t('riskTerms.found', { count: pages.total, search: pages.search })} <a href={termsHref(locale, undefined, 1)}>{t('riskTerms.showAll')}</a>
            </p>
          )}
        </form>
      )}
      {terms.length === 0 && <p className="muted">{pages.search ? t('riskTerms.noMatch') : t('riskTerms.empty')}</p>}
      {LANGUAGES.map((language) => {
        const ofLanguage = terms.filter((term) => term.language === language);
        if (!ofLanguage.length) return null;
        return (
          <div key={language} className={styles.language}>
            <h3>
              {languageName(language)} <span className="muted">· {t('riskTerms.count', { count: pages.perLanguage[language] ?? ofLanguage.length })}</span>
            </h3>
            <ul className={styles.terms}>
              {ofLanguage.map((term) => (
                <RemovableTerm key={term.id} language={term.language} removeLabel={t('riskTerms.removeLabel', { term: term.term })} removeTitle={t('riskTerms.remove')} disabled={remove.isPending} onRemove={() => onRemove(term.id)}>
                  {term.term}
                  <span className={`${styles.weight} ${term.weight >= 3 ? styles.weightHigh : ''}`}>{t('riskTerms.weightShown', { weight: term.weight })}</span>
                </RemovableTerm>
              ))}
            </ul>
          </div>
        );
      })}
      {pages.pageCount > 1 && (
        <nav className={styles.pagination} aria-label={t('riskTerms.pagination')}>
          {pages.page > 1 ? (
            <a className="button button--secondary" href={termsHref(locale, sealedSearch, pages.page - 1)} rel="prev">
              {t('riskTerms.previous')}
            </a>
          ) : (
            <span />
          )}
          <span>{t('riskTerms.page', { page: pages.page, pageCount: pages.pageCount })}</span>
          {pages.page < pages.pageCount ? (
            <a className="button button--secondary" href={termsHref(locale, sealedSearch, pages.page + 1)} rel="next">
              {t('riskTerms.next')}
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </Section>
  );
}
