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
import { notificationChannelValues, notificationSettingsInput, type NotificationChannelChoice } from '@/server/notifications/schema';
import { useTRPC } from '../../trpc/client';
import { useFieldErrorMessage } from '../../ui/form-errors';
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
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const trpc = useTRPC();
  const [pushDevices, setPushDevices] = useState(initial.pushDevices);
  const [channels, setChannels] = useState(initial.channels);
  const [from, setFrom] = useState(initial.quietHoursStart ?? '');
  const [to, setTo] = useState(initial.quietHoursEnd ?? '');
  // Each bad end of quiet hours: its message key, shown beside it; what was typed stays.
  const [quietProblems, setQuietProblems] = useState<Partial<Record<QuietField, string>>>({});
  const fieldError = useFieldErrorMessage('notifications');
  const { error, info: saved, run, show } = useSaveStatus('notifications');
  const save = useMutation(trpc.notifications.updateSettings.mutationOptions());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The server's own schema reads the typed times ("7:30" → 07:30) and refuses one end alone.
    const parsed = notificationSettingsInput.safeParse({ channels, quietHoursStart: from, quietHoursEnd: to });
    if (!parsed.success) {
      setQuietProblems(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0] === 'quietHoursStart' ? 'quietHoursStart' : 'quietHoursEnd', issue.message])));
      return show(null);
    }
    setQuietProblems({});
    const { quietHoursStart, quietHoursEnd } = parsed.data;
    return run(async () => {
      await save.mutateAsync({ channels, quietHoursStart, quietHoursEnd });
      // Shown as saved: "7:30" reads "07:30" from now on.
      setFrom(quietHoursStart ?? '');
      setTo(quietHoursEnd ?? '');
      return t('saved');
    });
  };
  const quietError = (field: QuietField) => fieldError(quietProblems[field]);
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
            {/* Typed as 22:00, not a type="time" picker: that one shows the browser's own format (AM/PM in Kazakh on Chromium). */}
            <QuietEnd id="quiet-from" label={t('quietFrom')} pattern={tCommon('timePattern')} value={from} onChange={setFrom} error={quietError('quietHoursStart')} />
            <QuietEnd id="quiet-to" label={t('quietTo')} pattern={tCommon('timePattern')} value={to} onChange={setTo} error={quietError('quietHoursEnd')} />
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

type QuietField = 'quietHoursStart' | 'quietHoursEnd';

/** One end of quiet hours: typed as 22:00, with its own error beside it. */
function QuietEnd({ id, label, pattern, value, onChange, error }: { id: string; label: string; pattern: string; value: string; onChange: (value: string) => void; error: string | null }) {
  return (
    <div className={styles.quietEnd}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        size={6}
        placeholder={pattern}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
