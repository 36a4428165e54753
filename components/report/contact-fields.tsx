'use client';

// How to send the citizen the verdict, shown once they tick "tell me the result" (part of the
// on-demand chunk, on-demand.ts). Registered with the form's react-hook-form, validated by the shared schema.
import type { useForm } from 'react-hook-form';
import type { ParsedReportInput, ReportInput } from '@/server/reports/schema';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

type Register = ReturnType<typeof useForm<ReportInput, unknown, ParsedReportInput>>['register'];
type Errors = ReturnType<typeof useForm<ReportInput, unknown, ParsedReportInput>>['formState']['errors'];

export function ContactFields({ t, register, watchKind, message, errors }: { t: ReportText; register: Register; watchKind: string | undefined; message: (k: string | undefined) => string | undefined; errors: Errors }) {
  const kind = (watchKind ?? 'PHONE') as 'PHONE' | 'EMAIL' | 'TELEGRAM';
  const contactErrors = errors.contact as { kind?: { message?: string }; value?: { message?: string }; message?: string } | undefined;
  const valueError = contactErrors?.value?.message ?? contactErrors?.kind?.message ?? contactErrors?.message;
  return (
    <div className={styles.contact}>
      <fieldset className={styles.radios}>
        <legend>{t('report.contactKindLabel')}</legend>
        {(['PHONE', 'EMAIL', 'TELEGRAM'] as const).map((value) => (
          <label key={value} className={styles.checkbox}>
            <input type="radio" value={value} defaultChecked={value === 'PHONE'} {...register('contact.kind')} />
            <span>{t(`report.contactKind.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="contact-value">{t(`report.contactValueLabel.${kind}`)}</label>
        <input
          id="contact-value"
          type={kind === 'EMAIL' ? 'email' : kind === 'PHONE' ? 'tel' : 'text'}
          inputMode={kind === 'PHONE' ? 'tel' : kind === 'EMAIL' ? 'email' : 'text'}
          autoComplete={kind === 'PHONE' ? 'tel' : kind === 'EMAIL' ? 'email' : 'off'}
          aria-invalid={valueError ? 'true' : 'false'}
          aria-describedby={valueError ? 'contact-error' : undefined}
          {...register('contact.value')}
        />
        {valueError && (
          <p id="contact-error" className="field-error">
            {message(valueError)}
          </p>
        )}
      </div>
    </div>
  );
}
