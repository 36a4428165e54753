'use client';

// The hotline operator's form: what a caller (or a visitor) reports, typed in on their behalf with
// the citizens' report schema plus how it came in. After sending: the tracking code to read out,
// and any published notice that already answers the claim.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Language } from '@/server/i18n/languages';
import { CONTACT_KINDS, HEARD_VIA_VALUES, REPORT_TEXT_MAX } from '@/server/reports/constants';
import { HOTLINE_CHANNELS, hotlineReportInput, type HotlineReportInput } from '@/server/reports/schema';
import { newClientId } from '../../report/client-id';
import { useTRPC } from '../../trpc/client';
import { dateTimeFieldProps, dateTimeFieldValue } from '../../ui/typed-date-time';
import { Choice, Field, FieldGroup, FormActions, FormErrorSummary, SubmitButton } from '../../ui/form';
import { useZodForm } from '../../ui/zod-form';
import styles from './hotline.module.css';

type Sent = { trackingCode: string; matches: { slug: string; title: string; verdict: string }[] };

const emptyReport = (locale: Language): HotlineReportInput => ({
  clientId: newClientId(),
  channel: 'PHONE',
  text: '',
  heardAt: dateTimeFieldValue(new Date(), locale),
  displayLanguage: locale,
});

export function HotlineForm({ locale, regions }: { locale: Language; regions: { code: string; name: string }[] }) {
  const t = useTranslations('hotline');
  const tReport = useTranslations('report');
  const tVerdict = useTranslations('verdict');
  const tCommon = useTranslations('common');
  const trpc = useTRPC();
  const enter = useMutation(trpc.reports.enterOnBehalf.mutationOptions());
  const [sent, setSent] = useState<Sent | null>(null);
  const [wantsAnswer, setWantsAnswer] = useState(false);
  const { register, control, reset, fieldError, onValid, pending, error: formError } = useZodForm(hotlineReportInput, { namespace: 'hotline', shouldUnregister: true, defaultValues: emptyReport(locale) });
  const text = useWatch({ control, name: 'text' }) ?? '';
  const contactKind = useWatch({ control, name: 'contact.kind' }) ?? 'PHONE';

  const onSubmit = onValid(async (values) => {
    const result = await enter.mutateAsync(values);
    setSent({ trackingCode: result.trackingCode, matches: result.matches });
    return null;
  });

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
      <FieldGroup legend={t('channel')} error={fieldError('channel')}>
        {HOTLINE_CHANNELS.map((channel) => (
          <Choice key={channel} type="radio" value={channel} label={t(`channels.${channel}`)} {...register('channel')} />
        ))}
      </FieldGroup>
      <Field label={t('text')} hint={`${t('textHint')} ${tReport('characters', { count: text.length, max: REPORT_TEXT_MAX })}`} error={fieldError('text')}>
        {(c) => <textarea rows={5} maxLength={REPORT_TEXT_MAX} {...c} {...register('text')} />}
      </Field>
      <div className={styles.pair}>
        <Field label={tReport('regionLabel')} error={fieldError('regionCode')}>
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
        <Field label={tReport('settlementLabel')} hint={t('settlementHint')} error={fieldError('settlement')}>
          {(c) => <input type="text" maxLength={120} {...c} {...register('settlement', { setValueAs: (v: string) => v || undefined })} />}
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={tReport('whenLabel')} error={fieldError('heardAt')}>
          {(c) => <input {...dateTimeFieldProps(tCommon('dateTimePattern'))} {...c} {...register('heardAt')} />}
        </Field>
        <Field label={tReport('viaLabel')} error={fieldError('heardVia')}>
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
          <Field label={tReport('contactKindLabel')} error={fieldError('contact')}>
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
          <Field label={tReport(`contactValueLabel.${contactKind}`)} hint={t('contactHint')} error={fieldError('contact.value')}>
            {(c) => <input type={contactKind === 'EMAIL' ? 'email' : contactKind === 'PHONE' ? 'tel' : 'text'} autoComplete="off" {...c} {...register('contact.value')} />}
          </Field>
        </div>
      )}
      <input type="hidden" {...register('clientId')} />
      <input type="hidden" {...register('displayLanguage')} />
      <FormActions>
        <SubmitButton pending={pending} pendingLabel={t('submitting')}>
          {t('submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}
