'use client';

import { useTranslations } from 'next-intl';
import { smsCounterState } from '@/server/notices/sms-segments';
import styles from './notice-editor.module.css';

/**
 * Live SMS counter: the encoding the text will be sent in (Cyrillic is always UCS-2: 70 characters),
 * how much of one segment is used and left. It warns while there is still room (nearly full; a Latin
 * text turned into UCS-2 by one character, named) before the limit refuses the save.
 * Shown as a Field's hint, which gives it the id its control points at.
 */
export function SmsCounter({ text }: { text: string }) {
  const t = useTranslations('noticeEditor');
  const count = smsCounterState(text);
  const className = count.state === 'over' ? `${styles.counter} ${styles.over}` : count.state === 'near' ? `${styles.counter} ${styles.near}` : styles.counter;
  const values = { encoding: count.encoding, length: count.length, limit: count.limit, left: count.left, over: -count.left };
  return (
    <>
      <p className={className} data-testid="sms-counter" data-state={count.state}>
        {count.state === 'over' ? t('smsOver', values) : count.state === 'near' ? t('smsNear', values) : count.length === 0 ? t('smsEmpty') : t('smsCounter', values)}
      </p>
      {count.nonGsm.length > 0 && (
        <p className={`${styles.counter} ${styles.near}`} data-testid="sms-not-gsm">
          {t('smsNotGsm', { chars: count.nonGsm.slice(0, 5).map((ch) => `“${ch}”`).join(', ') })}
        </p>
      )}
    </>
  );
}

export function CharacterCounter({ text, max }: { text: string; max: number }) {
  const t = useTranslations('noticeEditor');
  const length = text.trim().length;
  return (
    <p className={length > max ? `${styles.counter} ${styles.over}` : styles.counter}>
      {t('counter', { count: length, max })}
    </p>
  );
}
