'use client';

// Risk terms: add with the shared zod schema, remove with one click; the page reloads its data.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { addRiskTermInput } from '@/server/settings/schema';
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

export function RiskTermsEditor({ terms, locale }: { terms: RiskTermRow[]; locale: Language }) {
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
      {terms.length === 0 && <p className="muted">{t('riskTerms.empty')}</p>}
      {LANGUAGES.map((language) => {
        const ofLanguage = terms.filter((term) => term.language === language);
        if (!ofLanguage.length) return null;
        return (
          <div key={language} className={styles.language}>
            <h3>
              {languageName(language)} <span className="muted">· {t('riskTerms.count', { count: ofLanguage.length })}</span>
            </h3>
            <ul className={styles.terms}>
              {ofLanguage.map((term) => (
                <RemovableTerm key={term.id} language={term.language} removeLabel={t('riskTerms.removeLabel', { term: term.term })} removeTitle={t('riskTerms.remove')} disabled={remove.isPending} onRemove={() => onRemove(term.id)}>
                  {term.term}
                  <span className={`${styles.weight} ${term.weight >= 3 ? styles.weightHigh : ''}`}>×{term.weight}</span>
                </RemovableTerm>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}
