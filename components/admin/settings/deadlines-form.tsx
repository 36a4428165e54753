'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { MAX_DEADLINE_HOURS, PRIORITY_LEVELS, updateDeadlinesInput, type UpdateDeadlinesInput } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, SubmitButton } from '../../ui/form';
import styles from './settings.module.css';
import { Section } from '../../ui/section';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';

export function DeadlinesForm({ deadlines }: { deadlines: UpdateDeadlinesInput }) {
  const t = useTranslations('settings');
  const tPriority = useTranslations('priority');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.settings.updateDeadlines.mutationOptions());
  const { register, fieldError, onValid, pending, status } = useZodForm(updateDeadlinesInput, { namespace: 'settings', defaultValues: deadlines });

  const onSubmit = onValid(async (values) => {
    const result = await save.mutateAsync(values);
    router.refresh();
    return t('deadlines.saved', { count: result.rumorsRedated });
  });

  return (
    <Section titleId="deadlines-title" title={t('deadlines.title')} intro={t('deadlines.intro')}>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.inline}>
          {PRIORITY_LEVELS.map((level) => (
            <Field key={level} label={`${tPriority(level)}, ${t('deadlines.hours')}`} error={fieldError(level)}>
              {(control) => <input type="number" inputMode="numeric" min={1} max={MAX_DEADLINE_HOURS} step={1} {...control} {...register(level, { valueAsNumber: true })} />}
            </Field>
          ))}
        </div>
        <FormActions>
          <SubmitButton pending={pending}>{t('deadlines.save')}</SubmitButton>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
