'use client';

import { useTranslations } from 'next-intl';
import { countSmsSegments } from '@/server/notices/sms-segments';
import styles from './notice-editor.module.css';

/** Live SMS counter: the encoding the text will be sent in and what is left of one segment. */
/** Shown as a Field's hint, which gives it the id its control points at. */
export function SmsCounter({ text }: { text: string }) {
  const t = useTranslations('noticeEditor');
  const count = countSmsSegments(text);
  const over = count.length > count.limit;
  return (
    <p className={over ? `${styles.counter} ${styles.over}` : styles.counter} data-testid="sms-counter">
      {over ? t('smsOver', { encoding: count.encoding, over: count.length - count.limit }) : t('smsCounter', { encoding: count.encoding, left: count.limit - count.length })}
    </p>
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
