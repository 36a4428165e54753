'use client';

// Admin → Settings: how long each kind of personal data is kept (server/privacy/retention.ts has the
// defaults and bounds). The purge job and the public privacy page read the saved periods at once.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { RETENTION_BOUNDS, RETENTION_KINDS, retentionDaysInput, type RetentionDays } from '@/server/privacy/retention';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, SubmitButton } from '../../ui/form';
import { Section } from '../../ui/section';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import styles from './settings.module.css';

export function RetentionForm({ days }: { days: RetentionDays }) {
  const t = useTranslations('settings.retention');
  const trpc = useTRPC();
  const save = useMutation(trpc.settings.updateRetention.mutationOptions());
  const { register, fieldError, onValid, pending, status } = useZodForm(retentionDaysInput, { namespace: 'settings', defaultValues: days });

  const onSubmit = onValid(async (values) => {
    await save.mutateAsync(values);
    return t('saved');
  });

  return (
    <Section titleId="retention-title" title={t('title')} intro={t('intro')}>
      <form onSubmit={onSubmit} noValidate>
        <div className={styles.retentionGrid}>
          {RETENTION_KINDS.map((kind) => (
            <Field key={kind} label={`${t(`kinds.${kind}`)}, ${t('days')}`} hint={t('range', RETENTION_BOUNDS[kind])} error={fieldError(kind)}>
              {(control) => (
                <input type="number" inputMode="numeric" min={RETENTION_BOUNDS[kind].min} max={RETENTION_BOUNDS[kind].max} step={1} {...control} {...register(kind, { valueAsNumber: true })} />
              )}
            </Field>
          ))}
        </div>
        <FormActions>
          <SubmitButton pending={pending}>{t('save')}</SubmitButton>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
