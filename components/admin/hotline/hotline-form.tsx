'use client';

// The hotline operator's form: what a caller (or a visitor) reports, typed in on their behalf with
// the citizens' report schema plus how it came in. After sending: the tracking code to read out,
// and any published notice that already answers the claim.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Language } from '@/server/i18n/languages';
import { CONTACT_KINDS, HEARD_VIA_VALUES, REPORT_TEXT_MAX } from '@/server/reports/constants';
import { HOTLINE_CHANNELS, hotlineReportInput, type HotlineReportInput } from '@/server/reports/schema';
import { newClientId } from '../../report/client-id';
import { useTRPC } from '../../trpc/client';
import { toLocalInputValue } from '../../ui/datetime-local';
import { Choice, Field, FieldGroup, FormActions, FormErrorSummary } from '../../ui/form';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { useSaveStatus } from '../../ui/save-status';
import styles from './hotline.module.css';

type Sent = { trackingCode: string; matches: { slug: string; title: string; verdict: string }[] };

const emptyReport = (locale: string): HotlineReportInput => ({
  clientId: newClientId(),
  channel: 'PHONE',
  text: '',
  heardAt: toLocalInputValue(new Date()) as unknown as Date,
  displayLanguage: locale as 'ru',
});

export function HotlineForm({ locale, regions }: { locale: Language; regions: { code: string; name: string }[] }) {
  const t = useTranslations('hotline');
  const tReport = useTranslations('report');
  const tVerdict = useTranslations('verdict');
  const trpc = useTRPC();
  const enter = useMutation(trpc.reports.enterOnBehalf.mutationOptions());
  const fieldMessage = useFieldErrorMessage('hotline');
  const { error: formError, run } = useSaveStatus('hotline');
  const [sent, setSent] = useState<Sent | null>(null);
  const [wantsAnswer, setWantsAnswer] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<HotlineReportInput, unknown, z.output<typeof hotlineReportInput>>({ resolver: zodResolver(hotlineReportInput), shouldUnregister: true, defaultValues: emptyReport(locale) });
  const text = useWatch({ control, name: 'text' }) ?? '';
  const contactKind = useWatch({ control, name: 'contact.kind' }) ?? 'PHONE';

  const onSubmit = handleSubmit((values) =>
    run(async () => {
      const result = await enter.mutateAsync(values);
      setSent({ trackingCode: result.trackingCode, matches: result.matches });
      return null;
    }),
  );

  if (sent) {
    return (
      <section className={`card ${styles.sent}`} aria-labelledby="hotline-sent">
        <h2 id="hotline-sent">{t('sent.title')}</h2>
        <p>{t('sent.readOut')}</p>
        <p className={styles.code} data-testid="hotline-tracking-code">
          {sent.trackingCode}
        </p>
        {sent.matches.length > 0 ? (
          <>
            <h3>{t('sent.matches')}</h3>
            <ul>
              {sent.matches.map((match) => (
                <li key={match.slug}>
                  <a href={`/${locale}/notices/${match.slug}`} target="_blank" rel="noreferrer">
                    {match.title}
                  </a>{' '}
                  — {tVerdict(match.verdict as 'FALSE')}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('sent.noMatches')}</p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setSent(null);
            setWantsAnswer(false);
            reset(emptyReport(locale));
          }}
        >
          {t('sent.another')}
        </button>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`card ${styles.form}`}>
      <FormErrorSummary error={formError} />
      <FieldGroup legend={t('channel')} error={fieldMessage(errors.channel?.message)}>
        {HOTLINE_CHANNELS.map((channel) => (
          <Choice key={channel} type="radio" value={channel} label={t(`channels.${channel}`)} {...register('channel')} />
        ))}
      </FieldGroup>
      <Field label={t('text')} hint={`${t('textHint')} ${tReport('characters', { count: text.length, max: REPORT_TEXT_MAX })}`} error={fieldMessage(errors.text?.message)}>
        {(c) => <textarea rows={5} maxLength={REPORT_TEXT_MAX} {...c} {...register('text')} />}
      </Field>
      <div className={styles.pair}>
        <Field label={tReport('regionLabel')} error={fieldMessage(errors.regionCode?.message)}>
          {(c) => (
            <select {...c} {...register('regionCode', { setValueAs: (v: string) => v || undefined })}>
              <option value="">{tReport('regionPlaceholder')}</option>
              {regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={tReport('settlementLabel')} hint={t('settlementHint')} error={fieldMessage(errors.settlement?.message)}>
          {(c) => <input type="text" maxLength={120} {...c} {...register('settlement', { setValueAs: (v: string) => v || undefined })} />}
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={tReport('whenLabel')} error={fieldMessage(errors.heardAt?.message)}>
          {(c) => <input type="datetime-local" {...c} {...register('heardAt')} />}
        </Field>
        <Field label={tReport('viaLabel')} error={fieldMessage(errors.heardVia?.message)}>
          {(c) => (
            <select {...c} {...register('heardVia', { setValueAs: (v: string) => v || undefined })}>
              <option value="">{tReport('viaPlaceholder')}</option>
              {HEARD_VIA_VALUES.map((via) => (
                <option key={via} value={via}>
                  {tReport(`via.${via}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Choice label={t('wantsAnswer')} checked={wantsAnswer} onChange={(event) => setWantsAnswer(event.target.checked)} />
      {wantsAnswer && (
        <div className={styles.pair}>
          <Field label={tReport('contactKindLabel')} error={fieldMessage(errors.contact?.message)}>
            {(c) => (
              <select {...c} {...register('contact.kind')}>
                {CONTACT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tReport(`contactKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={tReport(`contactValueLabel.${contactKind}`)} hint={t('contactHint')} error={fieldMessage((errors.contact as { value?: { message?: string } } | undefined)?.value?.message)}>
            {(c) => <input type={contactKind === 'EMAIL' ? 'email' : contactKind === 'PHONE' ? 'tel' : 'text'} autoComplete="off" {...c} {...register('contact.value')} />}
          </Field>
        </div>
      )}
      <input type="hidden" {...register('clientId')} />
      <input type="hidden" {...register('displayLanguage')} />
      <FormActions>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('submitting') : t('submit')}
        </button>
      </FormActions>
    </form>
  );
}
