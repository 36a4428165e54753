'use client';

// Admin → Settings: how long each kind of personal data is kept (server/privacy/retention.ts has the
// defaults and bounds). The purge job and the public privacy page read the saved periods at once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { RETENTION_BOUNDS, RETENTION_KINDS, retentionDaysInput, type RetentionDays, type RetentionDaysInput } from '@/server/privacy/retention';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions } from '../../ui/form';
import { useFieldErrorMessage, useServerErrorMessage } from '../../ui/form-errors';
import { Section } from '../../ui/section';
import styles from './settings.module.css';

export function RetentionForm({ days }: { days: RetentionDays }) {
  const t = useTranslations('settings.retention');
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('settings');
  const serverError = useServerErrorMessage('settings');
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const save = useMutation(trpc.settings.updateRetention.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RetentionDaysInput, unknown, z.output<typeof retentionDaysInput>>({ resolver: zodResolver(retentionDaysInput), defaultValues: days });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      await save.mutateAsync(values);
      setStatus({ kind: 'info', text: t('saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: serverError(error) });
    }
  });

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
      <div role="status" aria-live="polite">
        {status && (
          <p className={`alert alert--${status.kind}`} style={{ marginTop: 16, marginBottom: 0 }}>
            {status.text}
          </p>
        )}
      </div>
    </Section>
  );
}
