'use client';

// Admin → Settings: how long each kind of personal data is kept (server/privacy/retention.ts has the
// defaults and bounds). The purge job and the public privacy page read the saved periods at once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { RETENTION_BOUNDS, RETENTION_KINDS, retentionDaysInput, type RetentionDays, type RetentionDaysInput } from '@/server/privacy/retention';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { Section } from '../../ui/section';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import styles from './settings.module.css';

export function RetentionForm({ days }: { days: RetentionDays }) {
  const t = useTranslations('settings.retention');
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('settings');
  const { status, run } = useSaveStatus('settings');
  const save = useMutation(trpc.settings.updateRetention.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RetentionDaysInput, unknown, z.output<typeof retentionDaysInput>>({ resolver: zodResolver(retentionDaysInput), defaultValues: days });

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await save.mutateAsync(values);
      return t('saved');
    }),
  );

  return (
    <Section titleId="retention-title" title={t('title')} intro={t('intro')}>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.retentionGrid}>
          {RETENTION_KINDS.map((kind) => (
            <Field key={kind} label={`${t(`kinds.${kind}`)}, ${t('days')}`} hint={t('range', RETENTION_BOUNDS[kind])} error={fieldMessage(errors[kind]?.message)}>
              {(control) => (
                <input type="number" inputMode="numeric" min={RETENTION_BOUNDS[kind].min} max={RETENTION_BOUNDS[kind].max} step={1} {...control} {...register(kind, { valueAsNumber: true })} />
              )}
            </Field>
          ))}
        </div>
        <FormActions>
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('save')}
          </button>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
