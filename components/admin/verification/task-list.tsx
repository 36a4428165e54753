'use client';

// A field verifier's tasks, for a phone: the question, the claim, the place, the deadline, and
// three big answer buttons with an optional note, up to three photos and "I am at the place";
// an answer can be corrected for ten minutes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useNow, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { listMyTasks } from '@/server/verification/list-my-tasks';
import { answerValues, MAX_ANSWER_PHOTOS } from '@/server/verification/schema';
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

type Place = { state: 'off' } | { state: 'locating' } | { state: 'found'; lat: number; lng: number } | { state: 'failed' };

/** Sends one answer with its photos; resolves to a translated reason when it was refused. */
async function sendFieldAnswer(
  taskId: string,
  answer: { answer: string; note: string; place: Place; photos: File[] },
  locale: string,
  translate: (key: string) => string | null,
): Promise<string | null> {
  const body = new FormData();
  body.append('answer', answer.answer);
  if (answer.note) body.append('note', answer.note);
  if (answer.place.state === 'found') {
    body.append('lat', String(answer.place.lat));
    body.append('lng', String(answer.place.lng));
  }
  for (const photo of answer.photos) body.append('photo', photo);
  try {
    const response = await fetch(`/api/admin/tasks/${taskId}/answer?lang=${encodeURIComponent(locale)}`, { method: 'POST', body });
    if (response.ok) return null;
    const problem = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    return (problem.error && translate(problem.error)) ?? problem.message ?? translate('generic');
  } catch {
    return translate('generic');
  }
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
  // Ticks so that the "correct" button goes when the ten minutes are over.
  const now = useNow({ updateInterval: 15_000 });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverError = useServerErrorMessage('verification');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [place, setPlace] = useState<Place>({ state: 'off' });
  const [sending, setSending] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verification.myTasks.queryKey() });
  const translateError = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}` as 'errors.generic') : null);
  const correct = useMutation(
    trpc.verification.correctAnswer.mutationOptions({
      onSuccess: async () => {
        setCorrecting(false);
        setMessage({ kind: 'info', text: t('tasks.corrected') });
        await refresh();
      },
      onError: (error) => setMessage({ kind: 'error', text: serverError(error) }),
    }),
  );
  const settlement = task.settlement ? placeName(task.settlement, locale) : null;
  const regions = (task.settlement ? [task.settlement.regionCode] : task.rumor.regionCodes).map((code) => regionNames[code] ?? code).join(', ');
  const placeText = [settlement, regions].filter(Boolean).join(', ');
  const correctable = task.status === 'ANSWERED' && task.correctableUntil !== null && new Date(task.correctableUntil).getTime() > now.getTime();

  function toggleAtPlace(checked: boolean) {
    if (!checked) return setPlace({ state: 'off' });
    if (!('geolocation' in navigator)) return setPlace({ state: 'failed' });
    setPlace({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => setPlace({ state: 'found', lat: position.coords.latitude, lng: position.coords.longitude }),
      () => setPlace({ state: 'failed' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  }

  async function submit(answer: string) {
    if (photos.length > MAX_ANSWER_PHOTOS) return setMessage({ kind: 'error', text: t('errors.tooManyPhotos') });
    setSending(true);
    const refused = await sendFieldAnswer(task.id, { answer, note: note.trim(), place, photos }, locale, translateError);
    setSending(false);
    if (refused) return setMessage({ kind: 'error', text: refused });
    setMessage({ kind: 'info', text: t('tasks.sent') });
    await refresh();
  }

  const answerButtons = (onChoose: (value: (typeof answerValues)[number]) => void, busy: boolean) => (
    <div className={styles.answers} role="group" aria-label={t('tasks.question')}>
      {answerValues.map((value) => (
        <button key={value} type="button" className={value === 'CANNOT_TELL' ? 'button button--secondary' : 'button'} disabled={busy} onClick={() => onChoose(value)}>
          {t(`answers.${value}`)}
        </button>
      ))}
    </div>
  );

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
        {placeText && (
          <>
            <dt>{t('tasks.place')}</dt>
            <dd>{placeText}</dd>
          </>
        )}
      </dl>
      {task.status === 'OPEN' ? (
        <>
          <Field label={t('tasks.note')}>{(control) => <textarea rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} {...control} />}</Field>
          <div className={styles.answerExtras}>
            <Field label={t('tasks.photos')} hint={t('tasks.photosHint')}>
              {(control) => (
                <input type="file" accept="image/*" multiple onChange={(event) => setPhotos(Array.from(event.target.files ?? []))} {...control} />
              )}
            </Field>
            {photos.length > 0 && (
              <p className={photos.length > MAX_ANSWER_PHOTOS ? 'alert alert--error' : 'muted'}>
                {photos.length > MAX_ANSWER_PHOTOS ? t('errors.tooManyPhotos') : t('tasks.photosChosen', { count: photos.length })}
              </p>
            )}
            <label className={styles.atPlace}>
              <input type="checkbox" checked={place.state !== 'off'} onChange={(event) => toggleAtPlace(event.target.checked)} />
              <span>{t('tasks.atPlace')}</span>
            </label>
            <p className="muted" aria-live="polite">
              {place.state === 'locating' ? t('tasks.locating') : place.state === 'found' ? t('tasks.located') : place.state === 'failed' ? t('tasks.locationFailed') : t('tasks.atPlaceHint')}
            </p>
          </div>
          {answerButtons((value) => void submit(value), sending || place.state === 'locating')}
          {sending && <p className="muted">{t('tasks.sending')}</p>}
        </>
      ) : (
        task.answer && (
          <>
            <p>
              {t('tasks.answered', { answer: t(`answers.${task.answer}`) })}
              {task.answerNote && <span className="muted"> — {task.answerNote}</span>}
            </p>
            {(task.photoCount > 0 || task.atPlace) && (
              <p className={styles.meta}>
                {task.photoCount > 0 && <span>{t('tasks.photoCount', { count: task.photoCount })}</span>}
                {task.atPlace && <span>{t('tasks.atPlaceSent')}</span>}
              </p>
            )}
            {correctable && !correcting && (
              <div className={styles.row}>
                <button type="button" className="button button--secondary" onClick={() => (setNote(task.answerNote ?? ''), setCorrecting(true))}>
                  {t('tasks.correct')}
                </button>
                <span className="muted">{t('tasks.correctUntil', { time: dates.clock(task.correctableUntil!) })}</span>
              </div>
            )}
            {correcting && (
              <>
                <Field label={t('tasks.note')}>{(control) => <textarea rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} {...control} />}</Field>
                {answerButtons((value) => correct.mutate({ id: task.id, answer: value, note: note.trim() || undefined }), correct.isPending)}
                <button type="button" className="button button--secondary" onClick={() => setCorrecting(false)}>
                  {t('tasks.cancelCorrection')}
                </button>
              </>
            )}
          </>
        )
      )}
      <div role="status" aria-live="polite">
        {message && <p className={`alert alert--${message.kind}`}>{message.text}</p>}
      </div>
    </article>
  );
}
