'use client';

// Risk terms: add with the shared zod schema, remove with one click; the page reloads its data.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { addRiskTermInput, type AddRiskTermInput } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
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
  const fieldMessage = useFieldErrorMessage('settings');
  const { status, run } = useSaveStatus('settings');
  const add = useMutation(trpc.settings.addRiskTerm.mutationOptions());
  const remove = useMutation(trpc.settings.removeRiskTerm.mutationOptions());
  const defaultLanguage = locale;
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddRiskTermInput, unknown, z.output<typeof addRiskTermInput>>({ resolver: zodResolver(addRiskTermInput), defaultValues: { term: '', language: defaultLanguage, weight: 1 } });

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      const created = await add.mutateAsync(values);
      reset({ term: '', language: values.language, weight: values.weight });
      router.refresh();
      return t('riskTerms.added', { count: created.rumorsFlagged });
    }),
  );

  const onRemove = (id: string) =>
    run(async () => {
      await remove.mutateAsync({ id });
      router.refresh();
      return t('riskTerms.removed');
    });

  const fieldError = (name: keyof AddRiskTermInput) => fieldMessage(errors[name]?.message);

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
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('riskTerms.add')}
          </button>
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
