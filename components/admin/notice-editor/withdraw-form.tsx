'use client';

// Withdrawing a published notice: the reason readers will see, in each language the moderator
// writes (at least one); every recipient of any version is told.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { withdrawNoticeInput } from '@/server/notices/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, FormErrorSummary } from '../../ui/form';
import { useFieldErrorMessage, useServerErrorMessage } from '../../ui/form-errors';
import styles from './notice-editor.module.css';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

const HINT_ID = 'notice-withdraw-hint';

export function WithdrawForm({ noticeId, onDone }: { noticeId: string; onDone: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('noticeEditor');
  const serverError = useServerErrorMessage('noticeEditor');
  const withdraw = useMutation(trpc.notices.withdraw.mutationOptions());
  const [reasons, setReasons] = useState<Record<Language, string>>({ kk: '', ru: '', en: '' });
  const [errors, setErrors] = useState<Partial<Record<Language | 'form', string>>>({});
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const parsed = withdrawNoticeInput.safeParse({ noticeId, reasons });
    if (!parsed.success) {
      const found: Partial<Record<Language | 'form', string>> = {};
      for (const issue of parsed.error.issues) {
        const language = issue.path[1] as Language | undefined;
        found[language && LANGUAGES.includes(language) ? language : 'form'] ??= fieldMessage(issue.message) ?? undefined;
      }
      setErrors(found);
      return;
    }
    if (!window.confirm(t('withdraw.confirm'))) return;
    try {
      await withdraw.mutateAsync(parsed.data);
      await onDone();
    } catch (e) {
      setErrors({ form: serverError(e) });
    }
  };
  return (
    <form className={`card ${styles.stack}`} onSubmit={onSubmit} noValidate aria-labelledby="notice-withdraw" data-testid="withdraw-form">
      <h2 id="notice-withdraw" className={styles.sectionTitle}>
        {t('withdraw.title')}
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        {t('withdraw.intro')}
      </p>
      <p id={HINT_ID} className="muted" style={{ margin: 0 }}>
        {t('withdraw.reasonHint')}
      </p>
      <FormErrorSummary error={errors.form} />
      {LANGUAGES.map((language) => (
        <Field key={language} label={t('withdraw.reasonIn', { language: languageName(language) })} error={errors[language]} describedBy={HINT_ID}>
          {(control) => (
            <textarea lang={language} rows={2} value={reasons[language]} onChange={(event) => setReasons((current) => ({ ...current, [language]: event.target.value }))} {...control} />
          )}
        </Field>
      ))}
      <FormActions>
        <button type="submit" className="button button--secondary" disabled={withdraw.isPending}>
          {t('withdraw.submit')}
        </button>
      </FormActions>
    </form>
  );
}
