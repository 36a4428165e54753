'use client';

// Where a member's notifications reach them: per kind, in the app only or also by e-mail, Web Push
// (turned on per device here) or their linked Telegram (linked on the account page); and quiet
// hours, in which only critical alerts (a rumour became critical, a missed deadline) reach them
// outside the app.
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/server/notifications/kinds';
import { notificationChannelValues, type NotificationChannelChoice } from '@/server/notifications/schema';
import { useTRPC } from '../../trpc/client';
import { useSaveStatus } from '../../ui/save-status';
import styles from './notifications.module.css';
import { StaffPushPanel } from './staff-push-panel';

export interface NotificationSettingsValue {
  channels: Record<NotificationKind, NotificationChannelChoice>;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  pushDevices: number;
  telegramLinked: boolean;
}

export function NotificationSettings({ initial, vapidPublicKey }: { initial: NotificationSettingsValue; vapidPublicKey: string }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const trpc = useTRPC();
  const [pushDevices, setPushDevices] = useState(initial.pushDevices);
  const [channels, setChannels] = useState(initial.channels);
  const [from, setFrom] = useState(initial.quietHoursStart ?? '');
  const [to, setTo] = useState(initial.quietHoursEnd ?? '');
  const [quietHoursHalf, setQuietHoursHalf] = useState(false);
  const { error: saveError, info: saved, run, show } = useSaveStatus('notifications');
  const save = useMutation(trpc.notifications.updateSettings.mutationOptions());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Quiet hours need both ends; the server would refuse one alone.
    const half = !from !== !to;
    setQuietHoursHalf(half);
    if (half) return show(null);
    return run(async () => (await save.mutateAsync({ channels, quietHoursStart: from || null, quietHoursEnd: to || null }), t('saved')));
  };
  const error = quietHoursHalf ? t('quietHoursBoth') : saveError;
  const pushWanted = Object.values(channels).includes('WEB_PUSH');
  return (
    <>
      <section className={styles.settings} aria-labelledby="notification-settings-heading">
        <h2 id="notification-settings-heading">{t('settingsTitle')}</h2>
        <p className="muted">{t('settingsIntro')}</p>
        {!initial.telegramLinked && (
          <p className="muted">
            {t('telegramHint')} <Link href={`/${locale}/admin/account#account-telegram`}>{t('telegramLink')}</Link>
          </p>
        )}
        {pushWanted && pushDevices === 0 && (
          <p id="push-hint" className="alert alert--info">
            {t('pushHint')}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <ul className={styles.settingsList}>
            {NOTIFICATION_KINDS.map((kind) => (
              <li key={kind}>
                <label htmlFor={`channel-${kind}`}>{t(`kinds.${kind}`, { actor: '…', count: 1 })}</label>
                <select
                  id={`channel-${kind}`}
                  value={channels[kind]}
                  aria-describedby={channels[kind] === 'WEB_PUSH' && pushDevices === 0 ? 'push-hint' : undefined}
                  onChange={(event) => setChannels((current) => ({ ...current, [kind]: event.target.value as NotificationChannelChoice }))}
                >
                  {notificationChannelValues.map((channel) => (
                    <option key={channel} value={channel} disabled={channel === 'TELEGRAM' && !initial.telegramLinked && channels[kind] !== 'TELEGRAM'}>
                      {t(`channels.${channel}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
          <fieldset className={styles.quiet}>
            <legend>{t('quietHours')}</legend>
            <label>
              {t('quietFrom')} <input type="time" value={from} onChange={(event) => setFrom(event.target.value)} aria-invalid={quietHoursHalf || undefined} />
            </label>
            <label>
              {t('quietTo')} <input type="time" value={to} onChange={(event) => setTo(event.target.value)} aria-invalid={quietHoursHalf || undefined} />
            </label>
          </fieldset>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save')}
          </button>
          <span role="status" className={styles.saved}>
            {saved ?? ''}
          </span>
        </form>
      </section>
      {/* Its own region after the preferences (it has its own status line). */}
      <StaffPushPanel vapidPublicKey={vapidPublicKey} initialDevices={initial.pushDevices} onDevicesChange={setPushDevices} />
    </>
  );
}
