// The SMPP section of the admin Channels page: the live bind state for moderators and admins, the
// account form for admins.
import { getTranslations } from 'next-intl/server';
import { getSmppSettingsForm, getSmppStatus } from '@/server/channels/smpp/settings';
import { serverEnv } from '@/server/config/env';
import { db } from '@/server/db/client';
import { isAdmin, type Actor } from '@/server/policy';
import { AdminIntlProvider } from '../admin-intl';
import { SmppSettingsForm } from './smpp-settings-form';
import { SmppStatus } from './smpp-status';
import { Section } from '../../ui/section';
import type { Language } from '@/server/i18n/languages';

export async function SmppSection({ locale, actor }: { locale: Language; actor: Actor }) {
  const [t, status, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'channels.smpp' }),
    getSmppStatus(db(), actor),
    isAdmin(actor) ? getSmppSettingsForm(db(), actor, { passwordFromEnv: Boolean(serverEnv().SMPP_PASSWORD) }) : Promise.resolve(null),
  ]);

  return (
    <Section titleId="smpp-title" title={t('title')} intro={t('intro')}>
      <AdminIntlProvider locale={locale} namespaces={['channels.smpp']}>
        <SmppStatus initial={{ ...status, since: status.since?.toISOString() ?? null, lastErrorAt: status.lastErrorAt?.toISOString() ?? null }} />
        {settings && <SmppSettingsForm values={settings.values} passwordSet={settings.passwordSet} passwordFromEnv={settings.passwordFromEnv} />}
      </AdminIntlProvider>
    </Section>
  );
}
