'use client';

// Admin → Settings → Places: add a town or village the seeded list lacks, with its district (HXL
// #adm2) in the three languages or none, other spellings and an optional centre. The same zod
// schema checks it here and on the server; a refusal ("already there") is shown at its field.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { placeName, type Language } from '@/server/i18n/languages';
import { districtName } from '@/server/settlements/district';
import { addSettlementInput, type AddSettlementInput } from '@/server/settlements/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FieldGroup, FormActions, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { Section } from '../../ui/section';
import { useZodForm } from '../../ui/zod-form';
import styles from './settings.module.css';

interface RegionOption {
  code: string;
  name: string;
}

const EMPTY: AddSettlementInput = { regionCode: '' as AddSettlementInput['regionCode'], nameKk: '', nameRu: '', nameEn: '', districtKk: '', districtRu: '', districtEn: '', otherSpellings: '', lat: '', lng: '' };

export function PlaceForm({ regions, locale }: { regions: RegionOption[]; locale: Language }) {
  const t = useTranslations('settings.places');
  const trpc = useTRPC();
  const add = useMutation(trpc.settlements.add.mutationOptions());
  const { register, reset, fieldError: error, onValid, pending, status } = useZodForm(addSettlementInput, { namespace: 'settings', defaultValues: EMPTY, fieldOfRefusal: { settlementExists: 'nameEn' } });

  const onSubmit = onValid(async (values) => {
    const created = await add.mutateAsync(values);
    // Keep the region: the next place an admin adds is often a neighbour.
    reset({ ...EMPTY, regionCode: values.regionCode });
    const region = regions.find((r) => r.code === created.regionCode)?.name ?? created.regionCode;
    const name = placeName(created, locale);
    const district = districtName(created, locale);
    return district ? t('addedWithDistrict', { name, region, district }) : t('added', { name, region });
  });

  const text = (name: Exclude<keyof AddSettlementInput, 'regionCode' | 'otherSpellings'>, label: string, extra: { lang?: string; inputMode?: 'decimal' } = {}) => (
    <Field label={label} error={error(name)}>
      {(control) => <input autoComplete="off" {...extra} {...control} {...register(name)} />}
    </Field>
  );

  return (
    <Section titleId="places-title" title={t('title')} intro={t('intro')}>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('region')} error={error('regionCode')} className={styles.placeRegion}>
          {(control) => (
            <select {...control} {...register('regionCode')}>
              <option value="">{t('chooseRegion')}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FieldGroup legend={t('names')}>
          <div className={styles.placeRow}>
            {text('nameKk', t('nameKk'), { lang: 'kk' })}
            {text('nameRu', t('nameRu'), { lang: 'ru' })}
            {text('nameEn', t('nameEn'), { lang: 'en' })}
          </div>
        </FieldGroup>
        <FieldGroup legend={t('district')} hint={t('districtHint')}>
          <div className={styles.placeRow}>
            {text('districtKk', t('nameKk'), { lang: 'kk' })}
            {text('districtRu', t('nameRu'), { lang: 'ru' })}
            {text('districtEn', t('nameEn'), { lang: 'en' })}
          </div>
        </FieldGroup>
        <Field label={t('otherSpellings')} hint={t('otherSpellingsHint')} error={error('otherSpellings')}>
          {(control) => <textarea rows={3} {...control} {...register('otherSpellings')} />}
        </Field>
        <FieldGroup legend={t('coordinates')} hint={t('coordinatesHint')}>
          <div className={styles.placeRow}>
            {text('lat', t('lat'), { inputMode: 'decimal' })}
            {text('lng', t('lng'), { inputMode: 'decimal' })}
          </div>
        </FieldGroup>
        <FormActions>
          <SubmitButton pending={pending}>{t('add')}</SubmitButton>
        </FormActions>
      </form>
      <SaveStatusMessage status={status} />
    </Section>
  );
}
