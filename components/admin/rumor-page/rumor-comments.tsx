'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { addCommentInput } from '@/server/rumors/schema';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useFieldErrorMessage } from '../../ui/form-errors';
import { useRefreshRumors } from './use-rumor-mutation';
import { useDates } from '../../i18n/use-dates';

const commentForm = addCommentInput.pick({ body: true });

export function RumorComments({ rumor }: { rumor: RumorDetail }) {
  const t = useTranslations('rumorPage');
  const dates = useDates();
  const fieldMessage = useFieldErrorMessage('rumorPage');
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const { register, handleSubmit, reset, getValues, setValue, setFocus, formState: { errors } } = useForm<{ body: string }>({ resolver: zodResolver(commentForm), defaultValues: { body: '' } });
  const add = useMutation(trpc.rumors.addComment.mutationOptions({ onSuccess: async () => { reset(); await refresh(); } }));
  const names = new Map(rumor.staff.map((s) => [s.id, s.name]));
  const mention = (name: string) => {
    const body = getValues('body');
    setValue('body', `${body}${body && !body.endsWith(' ') ? ' ' : ''}@${name} `);
    setFocus('body');
  };

  return (
    <section className={styles.section} aria-labelledby="comments-title">
      <h2 id="comments-title">{t('commentsTitle')}</h2>
      {rumor.comments.length === 0 ? (
        <p className="muted">{t('commentsEmpty')}</p>
      ) : (
        <ol className={styles.list} style={{ marginBottom: 16 }}>
          {rumor.comments.map((c) => (
            <li key={c.id} className={styles.comment}>
              <p className={styles.meta}>
                <strong style={{ color: 'var(--color-text)' }}>{c.author.name}</strong>
                <time dateTime={new Date(c.createdAt).toISOString()}>{dates.since(c.createdAt)}</time>
              </p>
              <p className={styles.commentBody}>{c.body}</p>
              {c.mentions.length > 0 && <p className={styles.meta}>{t('mentioned', { names: c.mentions.map((id) => names.get(id) ?? '?').join(', ') })}</p>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={handleSubmit((values) => add.mutate({ rumorId: rumor.id, body: values.body }))} noValidate>
        <div className="field">
          <label htmlFor="comment-body">{t('commentLabel')}</label>
          <textarea id="comment-body" rows={3} aria-invalid={errors.body ? 'true' : 'false'} aria-describedby="comment-hint" {...register('body')} />
          <p id="comment-hint" className="muted" style={{ margin: 0 }}>
            {rumor.staff.length ? t('commentHint', { name: rumor.staff[0]!.name }) : t('commentHintNoStaff')}
          </p>
          {errors.body && <p className="field-error">{fieldMessage(errors.body.message)}</p>}
          {add.isError && <p className="field-error" role="alert">{t('saveFailed')}</p>}
        </div>
        {rumor.staff.length > 0 && (
          <div className={styles.mentionChips} style={{ marginBottom: 12 }}>
            {rumor.staff.slice(0, 8).map((s) => (
              <button key={s.id} type="button" className={`button button--quiet ${styles.small}`} onClick={() => mention(s.name)} aria-label={t('mention', { name: s.name })}>
                @{s.name}
              </button>
            ))}
          </div>
        )}
        <button type="submit" className="button" disabled={add.isPending}>{t('commentSubmit')}</button>
      </form>
    </section>
  );
}
