'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { addCommentInput } from '@/server/rumors/schema';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { SubmitButton } from '../../ui/form';
import { useZodForm } from '../../ui/zod-form';
import { useRefreshRumors } from './use-rumor-mutation';
import { useDates } from '../../i18n/use-dates';

const commentForm = addCommentInput.pick({ body: true });

export function RumorComments({ rumor }: { rumor: RumorDetail }) {
  const t = useTranslations('rumorPage');
  const dates = useDates();
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const { register, reset, getValues, setValue, setFocus, formState: { errors }, fieldError, onValid, pending, error } = useZodForm(commentForm, { namespace: 'rumorPage', defaultValues: { body: '' } });
  const add = useMutation(trpc.rumors.addComment.mutationOptions());
  const onSubmit = onValid(async (values) => {
    await add.mutateAsync({ rumorId: rumor.id, body: values.body });
    reset();
    await refresh();
    return null;
  });
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
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="comment-body">{t('commentLabel')}</label>
          <textarea id="comment-body" rows={3} aria-invalid={errors.body ? 'true' : 'false'} aria-describedby="comment-hint" {...register('body')} />
          <p id="comment-hint" className="muted" style={{ margin: 0 }}>
            {rumor.staff.length ? t('commentHint', { name: rumor.staff[0]!.name }) : t('commentHintNoStaff')}
          </p>
          {errors.body && <p className="field-error">{fieldError('body')}</p>}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
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
        <SubmitButton pending={pending}>{t('commentSubmit')}</SubmitButton>
      </form>
    </section>
  );
}
