'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateRegionRiskInput, type UpdateRegionRiskInput } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import styles from './settings.module.css';
import { Section } from '../../ui/section';

interface RegionRow {
  code: string;
  name: string;
  riskLevel: number;
  requiresApproval: boolean;
}

export function RegionRiskList({ regions }: { regions: RegionRow[] }) {
  const t = useTranslations('settings');
  return (
    <Section titleId="regions-title" title={t('regions.title')} intro={t('regions.intro')}>
      <ul className={styles.regions}>
        {regions.map((region) => (
          <li key={region.code} className={styles.region}>
            <RegionRiskForm region={region} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

function RegionRiskForm({ region }: { region: RegionRow }) {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const router = useRouter();
  const fieldMessage = useFieldErrorMessage('settings');
  const { status, run } = useSaveStatus('settings');
  const save = useMutation(trpc.settings.updateRegionRisk.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<UpdateRegionRiskInput, unknown, z.output<typeof updateRegionRiskInput>>({
    resolver: zodResolver(updateRegionRiskInput),
    defaultValues: { code: region.code, riskLevel: region.riskLevel, requiresApproval: region.requiresApproval },
  });
  const id = `region-${region.code}`;
  const levelError = fieldMessage(errors.riskLevel?.message);

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      await save.mutateAsync(values);
      reset(values);
      router.refresh();
      return t('regions.saved', { region: region.name });
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className={styles.regionForm} aria-labelledby={`${id}-name`}>
      <span id={`${id}-name`} className={styles.regionName}>
        {region.name}
      </span>
      <input type="hidden" {...register('code')} />
      <Field label={t('regions.riskLevel')} labelHidden error={levelError} className={styles.regionLevel}>
        {(control) => (
          <select {...control} {...register('riskLevel', { valueAsNumber: true })}>
            {[0, 1, 2, 3].map((level) => (
              <option key={level} value={level}>
                {t(`regions.levels.${level}` as 'regions.levels.0')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Choice label={t('regions.requiresApproval')} {...register('requiresApproval')} />
      <button type="submit" className="button button--secondary" disabled={isSubmitting || !isDirty}>
        {t('regions.save')}
      </button>
      <SaveStatusMessage status={status} layout="inline" />
    </form>
  );
}
