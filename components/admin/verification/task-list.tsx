'use client';

// A field verifier's tasks, for a phone: the question, the claim, the place, the deadline, and
// three big answer buttons with an optional note, up to three photos and "I am at the place".
// A wrong tap can be corrected for ten minutes after answering.
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useNow, useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useState } from 'react';
import type { MyTask, MyTasksPage } from '@/server/verification/list-my-tasks';
import { formatNumber } from '@/server/i18n/format';
import { answerValues } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { Field } from '../../ui/form';
import styles from './verification.module.css';
import { useStaffEvent } from '../../live/use-staff-events';
import { placeName, placeWithRegion } from '@/server/i18n/languages';
import { useDates } from '../../i18n/use-dates';
import { approximatePosition } from '../../report/approximate-position';
import { newClientId } from '../../report/client-id';
import { checkPhotos, correctAnswer, MAX_PHOTOS, type AnswerChoice } from './task-answer-request';
import { sendOrQueueAnswer, useWaitingAnswers, type WaitingAnswer } from './task-outbox';

type TaskMessage = { kind: 'info' | 'error'; text: string };

export function TaskList({ initialPage, regionNames }: { initialPage: MyTasksPage; regionNames: Record<string, string> }) {
  const t = useTranslations('verification');
  const language = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A page of open tasks at a time (earliest deadline first); "Show more" adds the next below, and a
  // refetch reloads every page shown, so nothing on the screen goes away and no card is remounted.
  const tasks = useInfiniteQuery(
    trpc.verification.myTasks.infiniteQueryOptions({}, { getNextPageParam: (last) => last.nextCursor, initialData: { pages: [initialPage], pageParams: [null] } }),
  );
  // Live: a request for me (or one withdrawn) appears without a reload; after a lost connection, catch up.
  const refetchTasks = () => void queryClient.invalidateQueries({ queryKey: trpc.verification.myTasks.pathKey() });
  useStaffEvent('rumor.changed', (event) => {
    if (typeof event.action === 'string' && event.action.startsWith('verification.')) refetchTasks();
  }, refetchTasks);
  const pages = tasks.data?.pages;
  // Keyset pages (deadline, id; neither ever changes) cannot overlap: a task added meanwhile before
  // the cursor shows at the next refetch, which every live "verification." event triggers.
  const open = useMemo(() => (pages ?? [initialPage]).flatMap((page) => page.open), [pages, initialPage]);
  const { answered, openCount, overdueCount } = pages?.[0] ?? initialPage;
  // Kept here, not in the card: an answered task moves to the other list, which remounts its card.
  const [messages, setMessages] = useState<Record<string, TaskMessage>>({});
  const setMessage = (taskId: string, message: TaskMessage) => setMessages((current) => ({ ...current, [taskId]: message }));
  // What a verifier typed for an answer the server refused after the phone came back online: back into the form.
  const [restoredNotes, setRestoredNotes] = useState<Record<string, string>>({});
  const waiting = useWaitingAnswers(
    (taskId) => {
      setMessage(taskId, { kind: 'info', text: t('tasks.sent') });
      refetchTasks();
    },
    (taskId, refused) => {
      setMessage(taskId, { kind: 'error', text: refused.message || t('errors.generic') });
      if (refused.note) setRestoredNotes((current) => ({ ...current, [taskId]: refused.note! }));
      refetchTasks();
    },
  );
  const cardProps = (task: MyTask) => ({
    task,
    regionNames,
    waiting: waiting[task.id] ?? null,
    restoredNote: restoredNotes[task.id] ?? '',
    message: messages[task.id] ?? null,
    setMessage: (message: TaskMessage) => setMessage(task.id, message),
  });

  return (
    <section className={styles.panel} aria-labelledby="tasks-heading" style={{ maxWidth: 640 }}>
      <h1 id="tasks-heading" style={{ margin: 0 }}>
        {t('tasks.title')}
      </h1>
      <p className="muted">{t('tasks.intro')}</p>
      {open.length === 0 ? (
        <p className="alert alert--info">{t('tasks.empty')}</p>
      ) : (
        <p className={styles.meta} data-testid="task-count">
          <strong>{t('tasks.openCount', { count: openCount })}</strong>
          {overdueCount > 0 && <span className={styles.overdue}>{t('tasks.overdueCount', { count: formatNumber(language, overdueCount) })}</span>}
          {openCount > open.length && <span>{t('tasks.shown', { shown: formatNumber(language, open.length), total: formatNumber(language, openCount) })}</span>}
        </p>
      )}
      <ul className={styles.list}>
        {open.map((task) => (
          <li key={task.id}>
            <TaskCard {...cardProps(task)} />
          </li>
        ))}
      </ul>
      {tasks.hasNextPage && (
        <p className={styles.row}>
          <button type="button" className="button button--secondary" disabled={tasks.isFetchingNextPage} onClick={() => void tasks.fetchNextPage()}>
            {tasks.isFetchingNextPage ? t('tasks.loadingMore') : t('tasks.showMore')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {tasks.isFetchNextPageError && <p className="alert alert--error">{t('tasks.moreFailed')}</p>}
      </div>
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
  waiting,
  restoredNote,
  message,
  setMessage,
}: {
  task: MyTask;
  regionNames: Record<string, string>;
  /** This task's answer, still on the phone. */
  waiting: WaitingAnswer | null;
  restoredNote: string;
  message: TaskMessage | null;
  setMessage: (message: TaskMessage) => void;
}) {
  const t = useTranslations('verification');
  const dates = useDates();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [correcting, setCorrecting] = useState(false);
  const settlement = task.settlement ? placeName(task.settlement, locale) : null;
  const regions = (task.settlement ? [task.settlement.regionCode] : task.rumor.regionCodes).map((code) => regionNames[code] ?? code).join(', ');
  const place = placeWithRegion(settlement, regions);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verification.myTasks.queryKey() });
  const stillCorrectable = useStillBefore(task.correctableUntil);

  return (
    <article className={styles.task} id={`task-${task.id}`} aria-labelledby={`task-${task.id}-question`}>
      <div className={styles.meta}>
        {task.overdue && <span className={styles.overdue}>{t('tasks.overdue')}</span>}
        <span>{t('tasks.due', { date: dates.dateTime(task.dueAt) })}</span>
        <span>{t('tasks.requestedBy', { name: task.requestedBy.name })}</span>
      </div>
      <dl>
        <dt>{t('tasks.question')}</dt>
        <dd id={`task-${task.id}-question`}>
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
      {task.status === 'OPEN' && waiting ? (
        <div className={styles.waiting}>
          <strong>{t('tasks.waiting', { answer: t(`answers.${waiting.answer}`) })}</strong>
          {waiting.note && <span className="muted">{waiting.note}</span>}
          {waiting.photos > 0 && <span className="muted">{t('tasks.photoCount', { count: waiting.photos })}</span>}
        </div>
      ) : task.status === 'OPEN' ? (
        <AnswerForm
          key={restoredNote}
          task={task}
          initialNote={restoredNote}
          onOutcome={async (outcome) => {
            if (outcome.kind === 'sent') {
              setMessage({ kind: 'info', text: t('tasks.sent') });
              await refresh();
            } else if (outcome.kind === 'queued') setMessage({ kind: 'info', text: t('tasks.queued') });
            else setMessage({ kind: 'error', text: outcome.message || t('errors.generic') });
          }}
        />
      ) : (
        task.answer && (
          <>
            <p>
              {t('tasks.answered', { answer: t(`answers.${task.answer}`) })}
              {task.answerNote && <span className="muted"> — {task.answerNote}</span>}
            </p>
            <div className={styles.meta}>
              {task.answeredAt && <span>{t('tasks.sentAt', { date: dates.dateTime(task.answeredAt) })}</span>}
              {task.photos.length > 0 && <span>{t('tasks.photoCount', { count: task.photos.length })}</span>}
              {task.answerLat !== null && <span>{t('tasks.wasAtPlace')}</span>}
              {task.answerCorrectedAt && <span className="badge">{t('tasks.correctedBadge')}</span>}
            </div>
            {stillCorrectable && task.correctableUntil && !correcting && (
              <div className={styles.row}>
                <button type="button" className="button button--secondary" onClick={() => setCorrecting(true)}>
                  {t('tasks.correct')}
                </button>
                <span className="muted">{t('tasks.correctUntil', { time: dates.clock(task.correctableUntil) })}</span>
              </div>
            )}
            {stillCorrectable && correcting && (
              <CorrectionForm
                task={task}
                onCancel={() => setCorrecting(false)}
                onResult={async (result) => {
                  if (result.kind === 'sent') {
                    setMessage({ kind: 'info', text: t('tasks.correctionSaved') });
                    setCorrecting(false);
                    await refresh();
                    return true;
                  }
                  setMessage({ kind: 'error', text: result.kind === 'refused' ? result.message : t('tasks.noConnection') });
                  return false;
                }}
              />
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

/**
 * True until `until` (then the correction button goes away without a reload). The first render
 * decides with the page's "now" — the moment the server rendered it, which it hands the browser
 * through AdminIntlProvider — so the phone hydrates the same HTML the server sent even when the
 * window closed in between or the phone's clock runs ahead; from then on the phone's clock decides.
 */
function useStillBefore(until: Date | string | null): boolean {
  const deadline = until ? new Date(until).getTime() : 0;
  const renderedAt = useNow();
  const [now, setNow] = useState(() => renderedAt.getTime());
  useEffect(() => {
    if (!deadline || deadline <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, deadline - Date.now() + 50));
    return () => clearTimeout(timer);
  }, [deadline, now]);
  return deadline > now;
}

type SubmitHandler = (result: CorrectionResult) => Promise<boolean>;
type CorrectionResult = Awaited<ReturnType<typeof correctAnswer>>;

function AnswerForm({ task, initialNote, onOutcome }: { task: MyTask; initialNote: string; onOutcome: (outcome: Awaited<ReturnType<typeof sendOrQueueAnswer>>) => Promise<void> }) {
  const t = useTranslations('verification');
  const locale = useLocale();
  const [note, setNote] = useState(initialNote);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [atPlace, setAtPlace] = useState(false);
  const [location, setLocation] = useState<{ lat: number; lng: number } | null>(null);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [pending, setPending] = useState(false);
  // One key per answer written: a resend (after a lost response) is the same answer, never a second one.
  const [clientId] = useState(newClientId);

  const toggleAtPlace = async (checked: boolean) => {
    setAtPlace(checked);
    setLocation(null);
    if (!checked) return setLocating('idle');
    setLocating('busy');
    try {
      setLocation(await approximatePosition());
      setLocating('idle');
    } catch {
      setLocating('failed');
    }
  };

  const submit = async (answer: AnswerChoice) => {
    const problem = checkPhotos(photos);
    if (problem) return setPhotoError(t(`errors.${problem}`));
    setPending(true);
    try {
      const outcome = await sendOrQueueAnswer(task.id, { clientId, answer, note: note.trim() || undefined, location: atPlace && location ? location : undefined }, photos, locale);
      await onOutcome(outcome);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Field label={t('tasks.note')}>{(control) => <textarea rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} {...control} />}</Field>
      <PhotoPicker photos={photos} attached={0} error={photoError} onChange={(next) => { setPhotoError(null); setPhotos(next); }} onError={setPhotoError} />
      <div className="field">
        <label className={styles.check}>
          <input type="checkbox" checked={atPlace} onChange={(event) => void toggleAtPlace(event.target.checked)} />
          <span>{t('tasks.atPlace')}</span>
        </label>
        <p className="muted" style={{ margin: 0, fontSize: '0.875rem' }}>
          {locating === 'busy' ? t('tasks.locating') : locating === 'failed' ? t('tasks.locationFailed') : atPlace && location ? t('tasks.locationAdded') : t('tasks.atPlaceHint')}
        </p>
      </div>
      <div className={styles.answers} role="group" aria-label={t('tasks.question')}>
        {answerValues.map((value) => (
          <button key={value} type="button" className={value === 'CANNOT_TELL' ? 'button button--secondary' : 'button'} disabled={pending || locating === 'busy'} onClick={() => void submit(value)}>
            {t(`answers.${value}`)}
          </button>
        ))}
      </div>
    </>
  );
}

function CorrectionForm({ task, onResult, onCancel }: { task: MyTask; onResult: SubmitHandler; onCancel: () => void }) {
  const t = useTranslations('verification');
  const locale = useLocale();
  const [answer, setAnswer] = useState<AnswerChoice>(task.answer ?? 'CANNOT_TELL');
  const [note, setNote] = useState(task.answerNote ?? '');
  const [remove, setRemove] = useState<string[]>([]);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const kept = task.photos.length - remove.length;

  const submit = async () => {
    const problem = checkPhotos(photos, kept);
    if (problem) return setPhotoError(t(`errors.${problem}`));
    setPending(true);
    try {
      await onResult(await correctAnswer(task.id, { answer, note: note.trim() || undefined, removeFileIds: remove }, photos, locale));
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className={styles.correction}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className={styles.choices}>
        <legend>{t('tasks.correctAnswer')}</legend>
        {answerValues.map((value) => (
          <label key={value} className={styles.check}>
            <input type="radio" name={`answer-${task.id}`} value={value} checked={answer === value} onChange={() => setAnswer(value)} />
            <span>{t(`answers.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field label={t('tasks.note')}>{(control) => <textarea rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} {...control} />}</Field>
      {task.photos.length > 0 && (
        <fieldset className={styles.choices}>
          <legend>{t('tasks.attachedPhotos')}</legend>
          {task.photos.map((photo, index) => (
            <label key={photo.id} className={styles.check}>
              <input
                type="checkbox"
                checked={remove.includes(photo.id)}
                onChange={(event) => setRemove((current) => (event.target.checked ? [...current, photo.id] : current.filter((id) => id !== photo.id)))}
              />
              <span>{t('tasks.removePhoto', { number: index + 1, size: Math.max(1, Math.round(photo.byteSize / 1024)) })}</span>
            </label>
          ))}
        </fieldset>
      )}
      <PhotoPicker photos={photos} attached={kept} error={photoError} onChange={(next) => { setPhotoError(null); setPhotos(next); }} onError={setPhotoError} />
      <div className={styles.row}>
        <button type="submit" className="button" disabled={pending}>
          {t('tasks.saveCorrection')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          {t('tasks.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Up to three photos from the camera or gallery, each removable before sending. */
function PhotoPicker({ photos, attached, error, onChange, onError }: { photos: File[]; attached: number; error: string | null; onChange: (photos: File[]) => void; onError: (message: string) => void }) {
  const t = useTranslations('verification');
  const id = `photos-${useId()}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t('tasks.photos', { max: MAX_PHOTOS })}</label>
      <p id={`${id}-hint`} className="muted" style={{ margin: 0, fontSize: '0.875rem' }}>
        {t('tasks.photosHint')}
      </p>
      <input
        id={id}
        className={styles.photoInput}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        multiple
        disabled={photos.length + attached >= MAX_PHOTOS}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          event.target.value = '';
          const next = [...photos, ...picked];
          const problem = checkPhotos(next, attached);
          // Nothing chosen before is lost: a refused pick leaves the list as it was.
          if (problem) return onError(t(`errors.${problem}`));
          onChange(next);
        }}
      />
      <label htmlFor={id} className={`button button--secondary ${styles.photoButton}`} data-full={photos.length + attached >= MAX_PHOTOS ? 'true' : undefined}>
        {t('tasks.addPhoto')}
      </label>
      {photos.length > 0 && (
        <ul className={styles.photoList}>
          {photos.map((photo, index) => (
            <li key={`${photo.name}-${index}`}>
              <span>{t('tasks.photoChosen', { name: photo.name, size: Math.max(1, Math.round(photo.size / 1024)) })}</span>
              <button type="button" className="button button--secondary" onClick={() => onChange(photos.filter((_, i) => i !== index))}>
                {t('tasks.removeChosen')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
