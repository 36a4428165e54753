'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MAX_DEADLINE_HOURS, PRIORITY_LEVELS, updateDeadlinesInput, type UpdateDeadlinesInput } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import styles from './settings.module.css';
import { Section } from '../../ui/section';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';

export function DeadlinesForm({ deadlines }: { deadlines: UpdateDeadlinesInput }) {
  const t = useTranslations('settings');
  const tPriority = useTranslations('priority');
  const trpc = useTRPC();
  const router = useRouter();
  const fieldMessage = useFieldErrorMessage('settings');
  const { status, run } = useSaveStatus('settings');
  const save = useMutation(trpc.settings.updateDeadlines.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<UpdateDeadlinesInput, unknown, z.output<typeof updateDeadlinesInput>>({ resolver: zodResolver(updateDeadlinesInput), defaultValues: deadlines });

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      const result = await save.mutateAsync(values);
      router.refresh();
      return t('deadlines.saved', { count: result.rumorsRedated });
    }),
  );

  return (
    <Section titleId="deadlines-title" title={t('deadlines.title')} intro={t('deadlines.intro')}>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.inline}>
          {PRIORITY_LEVELS.map((level) => (
            <Field key={level} label={`${tPriority(level)}, ${t('deadlines.hours')}`} error={fieldMessage(errors[level]?.message)}>
              {(control) => <input type="number" inputMode="numeric" min={1} max={MAX_DEADLINE_HOURS} step={1} {...control} {...register(level, { valueAsNumber: true })} />}
            </Field>
          ))}
        </div>
        <FormActions>
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('deadlines.save')}
          </button>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
