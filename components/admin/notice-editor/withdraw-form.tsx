'use client';

// Withdrawing a published notice: the reason readers will see, in each language the moderator
// writes (at least one); every recipient of any version is told.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { withdrawNoticeInput } from '@/server/notices/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, FormErrorSummary } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { useSaveStatus } from '../../ui/save-status';
import styles from './notice-editor.module.css';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

const HINT_ID = 'notice-withdraw-hint';

export function WithdrawForm({ noticeId, onDone }: { noticeId: string; onDone: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('noticeEditor');
  const { error: formError, run, show } = useSaveStatus('noticeEditor');
  const withdraw = useMutation(trpc.notices.withdraw.mutationOptions());
  const [reasons, setReasons] = useState<Record<Language, string>>({ kk: '', ru: '', en: '' });
  const [errors, setErrors] = useState<Partial<Record<Language, string>>>({});
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    show(null);
    const parsed = withdrawNoticeInput.safeParse({ noticeId, reasons });
    if (!parsed.success) {
      // A language's problem stands beside its reason; one about them all ("write at least one") tops the form.
      const found: Partial<Record<Language, string>> = {};
      let formProblem: string | null = null;
      for (const issue of parsed.error.issues) {
        const language = issue.path[1] as Language | undefined;
        if (language && LANGUAGES.includes(language)) found[language] ??= fieldMessage(issue.message) ?? undefined;
        else formProblem ??= fieldMessage(issue.message);
      }
      setErrors(found);
      if (formProblem) show({ kind: 'error', text: formProblem });
      return;
    }
    if (!window.confirm(t('withdraw.confirm'))) return;
    await run(async () => {
      await withdraw.mutateAsync(parsed.data);
      await onDone();
      return null;
    });
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
      <FormErrorSummary error={formError} />
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
