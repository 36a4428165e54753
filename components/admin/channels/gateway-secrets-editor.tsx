'use client';

// Gateway secrets: generate one (shown once, to copy into the SMSSync app) or revoke one.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createGatewaySecretInput } from '@/server/channels/sms/schema';
import { useTRPC } from '../../trpc/client';
import { Field, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import styles from './channels.module.css';
import { Section } from '../../ui/section';
import { useDates } from '../../i18n/use-dates';

interface SecretRow {
  id: string;
  label: string;
  hint: string;
  createdAt: string;
}

export function GatewaySecretsEditor({ secrets, syncUrl }: { secrets: SecretRow[]; syncUrl: string }) {
  const t = useTranslations('channels');
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.sms.createGatewaySecret.mutationOptions());
  const revoke = useMutation(trpc.sms.revokeGatewaySecret.mutationOptions());
  const [created, setCreated] = useState<{ label: string; secret: string } | null>(null);
  const { register, reset, fieldError, onValid, pending, status, run } = useZodForm(createGatewaySecretInput, { namespace: 'channels', defaultValues: { label: '' } });
  const dates = useDates();

  // A new secret is shown in its own box (to copy, once), so its status says nothing more.
  const onSubmit = onValid(async (values) => {
    const result = await create.mutateAsync(values);
    setCreated({ label: result.label, secret: result.secret });
    reset({ label: '' });
    router.refresh();
    return null;
  });

  const onRevoke = (id: string) =>
    run(async () => {
      await revoke.mutateAsync({ id });
      router.refresh();
      return t('secrets.revoked');
    });

  return (
    <Section titleId="gateway-secrets-title" title={t('secrets.title')} intro={t('secrets.intro', { url: syncUrl })}>
      <form onSubmit={onSubmit} noValidate className={styles.inline}>
        <Field label={t('secrets.label')} error={fieldError('label')}>
          {(control) => <input autoComplete="off" {...control} {...register('label')} />}
        </Field>
        <SubmitButton pending={pending}>{t('secrets.generate')}</SubmitButton>
      </form>
      <div role="status" aria-live="polite">
        {created && (
          <div className="alert alert--info">
            <p style={{ marginTop: 0 }}>{t('secrets.created', { label: created.label })}</p>
            <code className={styles.secret} data-testid="new-gateway-secret">
              {created.secret}
            </code>
          </div>
        )}
      </div>
      <SaveStatusMessage status={status} />
      {secrets.length === 0 ? (
        <p className="muted">{t('secrets.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {secrets.map((secret) => (
            <li key={secret.id} className={styles.item}>
              <span className={styles.itemMain}>
                <strong>{secret.label}</strong>{' '}
                <span className="muted">
                  · {secret.hint ? `${t('secrets.startsWith', { hint: secret.hint })} · ` : ''}
                  {t('secrets.createdAt', { date: dates.date(secret.createdAt) })}
                </span>
              </span>
              <button type="button" className="button button--secondary" aria-label={t('secrets.revokeLabel', { label: secret.label })} disabled={revoke.isPending} onClick={() => onRevoke(secret.id)}>
                {t('secrets.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
