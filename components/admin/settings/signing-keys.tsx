'use client';

// Admin → Settings: the keys that sign published notices (server/signing). Rotating makes a new key
// current — for a suspected leak or routine hygiene — while every old public key stays published at
// /.well-known/raspa-keys.json, so codes printed on posters and forwarded messages still verify.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { PublicSigningKey } from '@/server/signing/signing-keys';
import { formatDateTime } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { useTRPC } from '../../trpc/client';
import { FormActions } from '../../ui/form';
import { Section } from '../../ui/section';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import styles from './settings.module.css';

export function SigningKeys({ keys: initialKeys, locale }: { keys: PublicSigningKey[]; locale: Language }) {
  const t = useTranslations('settings.signing');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [keys, setKeys] = useState(initialKeys);
  const [confirming, setConfirming] = useState(false);
  const { status, run } = useSaveStatus('settings');
  const rotate = useMutation(trpc.signing.rotateKey.mutationOptions());

  const onRotate = () =>
    run(async () => {
      setConfirming(false);
      const { keyId } = await rotate.mutateAsync();
      setKeys(await queryClient.fetchQuery(trpc.signing.keys.queryOptions()));
      return t('rotated', { keyId });
    });

  return (
    <Section titleId="signing-keys-title" title={t('title')} intro={t('intro')}>
      {keys.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className={styles.keyList} data-testid="signing-keys">
          {keys.map((key) => (
            <li key={key.kid}>
              <code>{key.kid}</code>{' '}
              <span className={key.retiredAt ? 'badge' : 'badge badge--TRUE'}>{key.retiredAt ? t('retired') : t('current')}</span>
              <br />
              <span className="muted">
                {t('created', { date: formatDateTime(locale, new Date(key.createdAt), 'medium') })}
                {key.retiredAt && ` · ${t('retiredOn', { date: formatDateTime(locale, new Date(key.retiredAt), 'medium') })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('published')}</p>
      {confirming ? (
        <div className="alert alert--info" role="alertdialog" aria-labelledby="rotate-question">
          <p id="rotate-question">{t('confirm')}</p>
          <FormActions>
            <button type="button" className="button" onClick={() => void onRotate()} disabled={rotate.isPending}>
              {t('confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </FormActions>
        </div>
      ) : (
        <FormActions>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)} disabled={rotate.isPending}>
            {t('rotate')}
          </button>
        </FormActions>
      )}
      <SaveStatusMessage status={status} />
    </Section>
  );
}
