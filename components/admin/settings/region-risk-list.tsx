'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { updateRegionRiskInput } from '@/server/settings/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
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
  const save = useMutation(trpc.settings.updateRegionRisk.mutationOptions());
  const {
    register,
    reset,
    formState: { isDirty },
    fieldError,
    onValid,
    pending,
    status,
  } = useZodForm(updateRegionRiskInput, { namespace: 'settings', defaultValues: { code: region.code, riskLevel: region.riskLevel, requiresApproval: region.requiresApproval } });
  const id = `region-${region.code}`;

  const onSubmit = onValid(async (values) => {
    await save.mutateAsync(values);
    reset(values);
    router.refresh();
    return t('regions.saved', { region: region.name });
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.regionForm} aria-labelledby={`${id}-name`}>
      <span id={`${id}-name`} className={styles.regionName}>
        {region.name}
      </span>
      <input type="hidden" {...register('code')} />
      <Field label={t('regions.riskLevel')} labelHidden error={fieldError('riskLevel')} className={styles.regionLevel}>
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
      <SubmitButton pending={pending} secondary disabled={!isDirty}>
        {t('regions.save')}
      </SubmitButton>
      <SaveStatusMessage status={status} layout="inline" />
    </form>
  );
}
