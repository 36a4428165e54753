'use client';

// The SMPP account form (admins): where the SMSC is, how to bind, who the SMS come from, how fast.
// The password field is write-only: left empty it keeps the stored (sealed) password. "Test
// connection" binds once with what is in the form, without saving.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { FieldPath } from 'react-hook-form';
import { SMPP_BIND_MODES, SMPP_CONCATENATION, SMPP_NPIS, SMPP_RATE_MAX, SMPP_TONS, smppSettingsInput, type SmppSettingsInput, type SmppSettingsValues } from '@/server/channels/smpp/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field, FormActions, SubmitButton, type FieldControlProps } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import styles from './smpp.module.css';

export function SmppSettingsForm({ values, passwordSet, passwordFromEnv }: { values: SmppSettingsValues; passwordSet: boolean; passwordFromEnv: boolean }) {
  const t = useTranslations('channels.smpp');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.smpp.saveSettings.mutationOptions());
  const test = useMutation(trpc.smpp.testConnection.mutationOptions());
  const [hasPassword, setHasPassword] = useState(passwordSet);
  const { register, setValue, fieldError, onValid, pending, status } = useZodForm(smppSettingsInput, { namespace: 'channels.smpp', defaultValues: values });

  const onSave = onValid(async (input) => {
    const saved = await save.mutateAsync(input);
    setHasPassword(saved.passwordSet);
    setValue('password', '');
    router.refresh();
    return input.enabled ? t('saved') : t('savedDisabled');
  });

  // The SMSC's refusal is an answer, not a failure of the request: shown as the form's error.
  const onTest = onValid(async (input) => {
    const result = await test.mutateAsync(input);
    return result.ok ? t('testOk', { ms: result.ms }) : { kind: 'error', text: t('testFailed', { error: result.error }) };
  });

  /** A Field with this form's translated error for `name`. */
  const field = (name: FieldPath<SmppSettingsInput>, label: string, control: (a11y: FieldControlProps) => ReactNode, hint?: string) => (
    <Field label={label} hint={hint} error={fieldError(name)}>
      {control}
    </Field>
  );
  const busy = pending || save.isPending || test.isPending;

  return (
    <form onSubmit={onSave} noValidate className={styles.form} aria-labelledby="smpp-title">
      <Choice label={t('fields.enabled')} {...register('enabled')} />

      <fieldset className={styles.group}>
        <legend>{t('groups.connection')}</legend>
        <div className={styles.grid}>
          {field('host', t('fields.host'), (a) => <input {...a} autoComplete="off" spellCheck={false} inputMode="url" {...register('host')} />)}
          {field('port', t('fields.port'), (a) => <input {...a} type="number" inputMode="numeric" min={1} max={65535} {...register('port')} />)}
          {field('bindMode', t('fields.bindMode'), (a) => (
            <select {...a} {...register('bindMode')}>
              {SMPP_BIND_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`bindModes.${mode}`)}
                </option>
              ))}
            </select>
          ))}
        </div>
        <Choice label={t('fields.tls')} {...register('tls')} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t('groups.account')}</legend>
        <div className={styles.grid}>
          {field('systemId', t('fields.systemId'), (a) => <input {...a} autoComplete="off" spellCheck={false} {...register('systemId')} />)}
          {field(
            'password',
            t('fields.password'),
            (a) => <input {...a} type="password" autoComplete="new-password" disabled={passwordFromEnv} placeholder={hasPassword ? t('passwordKeep') : ''} {...register('password')} />,
            passwordFromEnv ? t('passwordFromEnv') : hasPassword ? t('passwordStored') : t('passwordNone'),
          )}
          {field('systemType', t('fields.systemType'), (a) => <input {...a} autoComplete="off" spellCheck={false} {...register('systemType')} />, t('hints.systemType'))}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t('groups.sender')}</legend>
        <div className={styles.grid}>
          {field('sourceAddress', t('fields.sourceAddress'), (a) => <input {...a} autoComplete="off" spellCheck={false} {...register('sourceAddress')} />, t('hints.sourceAddress'))}
          {field('sourceTon', t('fields.sourceTon'), (a) => (
            <select {...a} {...register('sourceTon')}>
              {SMPP_TONS.map((ton) => (
                <option key={ton} value={ton}>
                  {ton} — {t(`tons.${ton}`)}
                </option>
              ))}
            </select>
          ))}
          {field('sourceNpi', t('fields.sourceNpi'), (a) => (
            <select {...a} {...register('sourceNpi')}>
              {SMPP_NPIS.map((npi) => (
                <option key={npi} value={npi}>
                  {npi} — {t(`npis.${npi}`)}
                </option>
              ))}
            </select>
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>{t('groups.sending')}</legend>
        <div className={styles.grid}>
          {field('ratePerSecond', t('fields.ratePerSecond'), (a) => <input {...a} type="number" inputMode="numeric" min={1} max={SMPP_RATE_MAX} {...register('ratePerSecond')} />, t('hints.ratePerSecond'))}
          {field('windowSize', t('fields.windowSize'), (a) => <input {...a} type="number" inputMode="numeric" min={1} max={100} {...register('windowSize')} />, t('hints.windowSize'))}
          {field('concatenation', t('fields.concatenation'), (a) => (
            <select {...a} {...register('concatenation')}>
              {SMPP_CONCATENATION.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`concatenations.${mode}`)}
                </option>
              ))}
            </select>
          ))}
        </div>
        <Choice label={t('fields.useGsm7')} {...register('useGsm7')} />
        <Choice label={t('fields.deliveryReceipts')} {...register('deliveryReceipts')} />
      </fieldset>

      <FormActions className={styles.actions}>
        <SubmitButton pending={save.isPending} pendingLabel={t('saving')} disabled={busy}>
          {t('save')}
        </SubmitButton>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void onTest()}>
          {test.isPending ? t('testing') : t('test')}
        </button>
      </FormActions>
      <SaveStatusMessage status={status} testId="smpp-form-status" />
    </form>
  );
}
