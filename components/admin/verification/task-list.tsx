'use client';

// A field verifier's tasks, for a phone: the question, the claim, the place, the deadline, and
// three big answer buttons with an optional note.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { listMyTasks } from '@/server/verification/list-my-tasks';
import { answerValues } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { Field } from '../../ui/form';
import { useServerErrorMessage } from '../../ui/form-errors';
import styles from './verification.module.css';
import { useStaffEvent } from '../../live/use-staff-events';
import { placeName } from '@/server/i18n/languages';
import { useDates } from '../../i18n/use-dates';

export type MyTask = Awaited<ReturnType<typeof listMyTasks>>[number];
type TaskMessage = { kind: 'info' | 'error'; text: string };

export function TaskList({ initialTasks, regionNames }: { initialTasks: MyTask[]; regionNames: Record<string, string> }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tasks = useQuery(trpc.verification.myTasks.queryOptions(undefined, { initialData: initialTasks }));
  // Live: a request for me (or one withdrawn) appears without a reload; after a lost connection, catch up.
  const refetchTasks = () => void queryClient.invalidateQueries({ queryKey: trpc.verification.myTasks.queryKey() });
  useStaffEvent('rumor.changed', (event) => {
    if (typeof event.action === 'string' && event.action.startsWith('verification.')) refetchTasks();
  }, refetchTasks);
  const open = (tasks.data ?? []).filter((task) => task.status === 'OPEN');
  const answered = (tasks.data ?? []).filter((task) => task.status !== 'OPEN');
  // Kept here, not in the card: an answered task moves to the other list, which remounts its card.
  const [messages, setMessages] = useState<Record<string, TaskMessage>>({});
  const cardProps = (task: MyTask) => ({
    task,
    regionNames,
    message: messages[task.id] ?? null,
    setMessage: (message: TaskMessage) => setMessages((current) => ({ ...current, [task.id]: message })),
  });

  return (
    <section className={styles.panel} aria-labelledby="tasks-heading" style={{ maxWidth: 640 }}>
      <h1 id="tasks-heading" style={{ margin: 0 }}>
        {t('tasks.title')}
      </h1>
      <p className="muted">{t('tasks.intro')}</p>
      {open.length === 0 && <p className="alert alert--info">{t('tasks.empty')}</p>}
      <ul className={styles.list}>
        {open.map((task) => (
          <li key={task.id}>
            <TaskCard {...cardProps(task)} />
          </li>
        ))}
      </ul>
      {answered.length > 0 && (
        <>
          <h2>{t('tasks.answeredHeading')}</h2>
          <ul className={styles.list}>
            {answered.map((task) => (
              <li key={task.id}>
                <TaskCard {...cardProps(task)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TaskCard({
  task,
  regionNames,
  message,
  setMessage,
}: {
  task: MyTask;
  regionNames: Record<string, string>;
  message: TaskMessage | null;
  setMessage: (message: TaskMessage) => void;
}) {
  const t = useTranslations('verification');
  const dates = useDates();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverError = useServerErrorMessage('verification');
  const [note, setNote] = useState('');
  const answer = useMutation(
    trpc.verification.answer.mutationOptions({
      onSuccess: async () => {
        setMessage({ kind: 'info', text: t('tasks.sent') });
        await queryClient.invalidateQueries({ queryKey: trpc.verification.myTasks.queryKey() });
      },
      onError: (error) => setMessage({ kind: 'error', text: serverError(error) }),
    }),
  );
  const settlement = task.settlement ? placeName(task.settlement, locale) : null;
  const regions = (task.settlement ? [task.settlement.regionCode] : task.rumor.regionCodes).map((code) => regionNames[code] ?? code).join(', ');
  const place = [settlement, regions].filter(Boolean).join(', ');

  return (
    <article className={styles.task} aria-labelledby={`task-${task.id}`}>
      <div className={styles.meta}>
        {task.overdue && <span className={styles.overdue}>{t('tasks.overdue')}</span>}
        <span>{t('tasks.due', { date: dates.dateTime(task.dueAt) })}</span>
        <span>{t('tasks.requestedBy', { name: task.requestedBy.name })}</span>
      </div>
      <dl>
        <dt>{t('tasks.question')}</dt>
        <dd id={`task-${task.id}`}>
          <strong>{task.question}</strong>
        </dd>
        <dt>{t('tasks.claim')}</dt>
        <dd>{task.rumor.claim}</dd>
        {place && (
          <>
            <dt>{t('tasks.place')}</dt>
            <dd>{place}</dd>
          </>
        )}
      </dl>
      {task.status === 'OPEN' ? (
        <>
          <Field label={t('tasks.note')}>{(control) => <textarea rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} {...control} />}</Field>
          <div className={styles.answers} role="group" aria-label={t('tasks.question')}>
            {answerValues.map((value) => (
              <button
                key={value}
                type="button"
                className={value === 'CANNOT_TELL' ? 'button button--secondary' : 'button'}
                disabled={answer.isPending}
                onClick={() => answer.mutate({ id: task.id, answer: value, note: note.trim() || undefined })}
              >
                {t(`answers.${value}`)}
              </button>
            ))}
          </div>
        </>
      ) : (
        task.answer && (
          <p>
            {t('tasks.answered', { answer: t(`answers.${task.answer}`) })}
            {task.answerNote && <span className="muted"> — {task.answerNote}</span>}
          </p>
        )
      )}
      <div role="status" aria-live="polite">
        {message && <p className={`alert alert--${message.kind}`}>{message.text}</p>}
      </div>
    </article>
  );
}
