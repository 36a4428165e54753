'use client';

// The notice's admin page: writing the three language versions of a final notice, publishing it
// (with an explicit choice for any missing language), corrections with a "what changed" note,
// the version history and withdrawal. The form uses the same zod schema as the server.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import type { NoticeForEditing } from '@/server/notices/get-notice-for-editing';
import {
  isTranslationComplete,
  languageValues,
  NOTICE_SUMMARY_MAX,
  NOTICE_TITLE_MAX,
  saveNoticeDraftInput,
  urgencyValues,
  withdrawNoticeInput,
  type NoticeDraftFormValues,
} from '@/server/notices/schema';
import { useTRPC } from '../../trpc/client';
import { CharacterCounter, SmsCounter } from './sms-counter';
import { useFieldErrorMessage, useServerErrorMessage } from '../../ui/form-errors';
import styles from './notice-editor.module.css';

type Language = (typeof languageValues)[number];
type ParsedDraft = z.output<typeof saveNoticeDraftInput>;
type Status = { message: string; slug?: string } | null;

const regionName = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;

export function NoticeEditor({ initial, locale }: { initial: NoticeForEditing; locale: string }) {
  const t = useTranslations('noticeEditor');
  const tVerdict = useTranslations('verdict');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = initial.notice ? { noticeId: initial.notice.id } : { rumorId: initial.rumor.id };
  const { data } = useQuery(trpc.notices.getForEditing.queryOptions(input, { initialData: initial }));
  const editing = data ?? initial;
  const [status, setStatus] = useState<Status>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notices.getForEditing.queryKey(input) });
  const notice = editing.notice;
  const publicPath = (slug: string) => `/${locale}/notices/${slug}`;

  return (
    <article className={styles.editor} aria-labelledby="notice-heading">
      <header className={styles.header}>
        <p style={{ margin: 0 }}>
          <a href={`/${locale}/admin/rumors/${editing.rumor.id}`}>← {t('backToRumor')}</a>
        </p>
        <h1 id="notice-heading">{notice ? t('pageTitle') : t('newPageTitle')}</h1>
        <p className={styles.claim}>
          {t('claim')}: <span lang={editing.rumor.language}>{editing.rumor.claim}</span>
        </p>
        {notice && (
          <div className={styles.meta}>
            <span className={`badge badge--${notice.verdict}`}>{tVerdict(notice.verdict)}</span>
            <span className="badge" data-testid="notice-status">
              {t(`status.${notice.status}`)}
            </span>
            {notice.urgency === 'URGENT' && <span className="badge">{t('urgencyValues.URGENT')}</span>}
            {notice.status !== 'DRAFT' && (
              <a className={styles.publicLink} href={publicPath(notice.slug)}>
                {t('openPublic')}
              </a>
            )}
          </div>
        )}
      </header>

      <div role="status" aria-live="polite">
        {status && (
          <p className="alert alert--info">
            {status.message}{' '}
            {status.slug && (
              <a href={publicPath(status.slug)} className={styles.publicLink}>
                {t('publicLink', { url: publicPath(status.slug) })}
              </a>
            )}
          </p>
        )}
      </div>

      {notice?.status === 'WITHDRAWN' && (
        <div className="alert alert--error" data-testid="withdrawn-banner">
          {notice.supersededById ? (
            <p style={{ margin: 0 }}>{t('supersededBanner')}</p>
          ) : (
            <>
              <p style={{ margin: 0 }}>{t('withdrawnNoReason', { date: format.dateTime(notice.withdrawnAt!, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
              {languageValues
                .filter((language) => notice.withdrawnReasons[language])
                .map((language) => (
                  <p key={language} style={{ margin: '4px 0 0' }}>
                    {t('withdrawnReasonIn', { language: t(`languages.${language}`), reason: notice.withdrawnReasons[language]! })}
                  </p>
                ))}
            </>
          )}
        </div>
      )}

      {editing.formValues ? (
        <DraftForm
          key={`${notice?.id ?? 'new'}-${editing.pendingVersion ?? 0}`}
          editing={editing}
          defaults={editing.formValues}
          locale={locale}
          onStatus={setStatus}
          onChanged={refresh}
        />
      ) : !notice && !editing.approvedVerdict ? (
        <p className="alert alert--info">{t('noApprovedVerdict')}</p>
      ) : null}

      {notice?.status === 'PUBLISHED' && editing.pendingVersion === null && notice.verdict !== 'CHECKING' && (
        <StartCorrection
          noticeId={notice.id}
          onStarted={async () => {
            setStatus(null);
            await refresh();
          }}
        />
      )}

      {editing.published && editing.pendingVersion === null && <PublishedTexts texts={editing.published} />}

      {editing.versions.length > 0 && <Versions versions={editing.versions} />}

      {notice?.status === 'PUBLISHED' && <WithdrawForm noticeId={notice.id} onDone={async () => {
        setStatus({ message: t('withdraw.done') });
        await refresh();
      }} />}
    </article>
  );
}

function DraftForm({
  editing,
  defaults,
  locale,
  onStatus,
  onChanged,
}: {
  editing: NoticeForEditing;
  defaults: NoticeDraftFormValues;
  locale: string;
  onStatus: (status: Status) => void;
  onChanged: () => Promise<void>;
}) {
  const t = useTranslations('noticeEditor');
  const tVerdict = useTranslations('verdict');
  const trpc = useTRPC();
  const router = useRouter();
  const fieldMessage = useFieldErrorMessage('noticeEditor');
  const serverError = useServerErrorMessage('noticeEditor');
  const save = useMutation(trpc.notices.saveDraft.mutationOptions());
  const publish = useMutation(trpc.notices.publish.mutationOptions());
  const [tab, setTab] = useState<Language>(locale === 'kk' || locale === 'ru' || locale === 'en' ? locale : 'ru');
  const [allowMissing, setAllowMissing] = useState<Language[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NoticeDraftFormValues, unknown, ParsedDraft>({ resolver: zodResolver(saveNoticeDraftInput), defaultValues: defaults });
  const translations = useWatch({ control, name: 'translations' }) ?? defaults.translations;
  const changeNote = useWatch({ control, name: 'changeNote' }) ?? '';
  const isCorrection = (editing.notice?.currentVersion ?? 0) > 0;
  const missing = languageValues.filter((language) => !isTranslationComplete(translations[language]));
  const noneComplete = missing.length === languageValues.length;
  const unticked = missing.filter((language) => !allowMissing.includes(language));
  const canPublish = !noneComplete && unticked.length === 0 && (!isCorrection || changeNote.trim().length >= 5);
  const languageName = (language: Language) => t(`languages.${language}`);
  const id = (...parts: string[]) => `notice-${parts.join('-')}`;

  const onInvalid = (fieldErrors: FieldErrors<NoticeDraftFormValues>) => {
    const first = languageValues.find((language) => fieldErrors.translations?.[language]);
    if (first) setTab(first);
  };

  const saveValues = async (values: ParsedDraft) => {
    const saved = await save.mutateAsync(values);
    reset(values as NoticeDraftFormValues);
    return saved;
  };

  const onSave = handleSubmit(async (values) => {
    setFormError(null);
    onStatus(null);
    try {
      const saved = await saveValues(values);
      onStatus({ message: t('saved') });
      if (!editing.notice) router.replace(`/${locale}/admin/notices/${saved.noticeId}`);
      else await onChanged();
    } catch (e) {
      setFormError(serverError(e));
    }
  }, onInvalid);

  const onPublish = handleSubmit(async (values) => {
    setFormError(null);
    onStatus(null);
    if (!window.confirm(t('confirmPublish'))) return;
    try {
      const saved = await saveValues(values);
      const published = await publish.mutateAsync({ noticeId: saved.noticeId, version: saved.version, allowMissingLanguages: missing });
      onStatus({ message: t('published'), slug: published.slug });
      if (!editing.notice) router.replace(`/${locale}/admin/notices/${saved.noticeId}`);
      await onChanged();
    } catch (e) {
      setFormError(serverError(e));
    }
  }, onInvalid);

  const busy = isSubmitting || save.isPending || publish.isPending;

  return (
    <form className="card" onSubmit={onSave} noValidate aria-labelledby={id('form-heading')} style={{ display: 'grid', gap: 14 }}>
      <h2 id={id('form-heading')} style={{ margin: 0 }}>
        {isCorrection ? t('correctionDraft', { version: editing.pendingVersion ?? (editing.notice?.currentVersion ?? 0) + 1 }) : t('newPageTitle')}
      </h2>
      {isCorrection && <p className="muted" style={{ margin: 0 }}>{t('correctionHint')}</p>}
      {formError && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}

      <div className={styles.meta}>
        <strong>{t('verdictLabel')}:</strong>
        <span className={`badge badge--${defaults.verdict}`} data-testid="notice-verdict">
          {tVerdict(defaults.verdict)}
        </span>
        <span className="muted">{t('verdictHint')}</span>
      </div>

      {isCorrection && (
        <div className="field">
          <label htmlFor={id('changeNote')}>{t('changeNote')}</label>
          <textarea
            id={id('changeNote')}
            rows={2}
            aria-describedby={id('changeNote-hint')}
            aria-invalid={errors.changeNote ? 'true' : 'false'}
            {...register('changeNote')}
          />
          <p id={id('changeNote-hint')} className={styles.counter}>
            {t('changeNoteHint')}
          </p>
          {errors.changeNote && <p className="field-error">{fieldMessage(errors.changeNote.message)}</p>}
        </div>
      )}

      <fieldset className={styles.fieldset}>
        <legend>{t('urgency')}</legend>
        <div className={styles.choices}>
          {urgencyValues.map((value) => (
            <label key={value}>
              <input type="radio" value={value} {...register('urgency')} />
              {t(`urgencyValues.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset} aria-describedby={errors.regionCodes ? id('regions-error') : undefined}>
        <legend>{t('regions')}</legend>
        <div className={styles.regions}>
          {editing.regions.map((region) => (
            <label key={region.code}>
              <input type="checkbox" value={region.code} {...register('regionCodes')} />
              <span>{region[regionName[locale as Language] ?? 'nameRu']}</span>
            </label>
          ))}
        </div>
        {errors.regionCodes && (
          <p id={id('regions-error')} className="field-error">
            {fieldMessage(errors.regionCodes.message ?? errors.regionCodes.root?.message)}
          </p>
        )}
      </fieldset>

      <div>
        <div role="tablist" aria-label={t('languageTabs')} className={styles.tabs}>
          {languageValues.map((language) => (
            <button
              key={language}
              type="button"
              role="tab"
              id={id('tab', language)}
              aria-selected={tab === language}
              aria-controls={id('panel', language)}
              tabIndex={tab === language ? 0 : -1}
              className={styles.tab}
              onClick={() => setTab(language)}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                const next = languageValues[(languageValues.indexOf(language) + step + languageValues.length) % languageValues.length]!;
                setTab(next);
                document.getElementById(id('tab', next))?.focus();
              }}
            >
              {languageName(language)}
              {(missing.includes(language) || errors.translations?.[language]) && <span className={styles.tabFlag}>· {t('tabIncomplete')}</span>}
            </button>
          ))}
        </div>
        {languageValues.map((language) => {
          const fieldErrors = errors.translations?.[language];
          const text = translations[language];
          const field = (name: 'title' | 'summary' | 'body' | 'whatToDo' | 'smsText') => id(language, name);
          const describedBy = (name: 'title' | 'summary' | 'body' | 'whatToDo' | 'smsText', counter: boolean) =>
            [counter ? `${field(name)}-counter` : '', fieldErrors?.[name] ? `${field(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
          const error = (name: 'title' | 'summary' | 'body' | 'whatToDo' | 'smsText') =>
            fieldErrors?.[name] ? (
              <p id={`${field(name)}-error`} className="field-error">
                {fieldMessage(fieldErrors[name]?.message)}
              </p>
            ) : null;
          return (
            <div key={language} role="tabpanel" id={id('panel', language)} aria-labelledby={id('tab', language)} hidden={tab !== language} className={styles.panel} lang={language}>
              <div className="field">
                <label htmlFor={field('title')}>{t('fields.title')}</label>
                <input id={field('title')} type="text" aria-invalid={fieldErrors?.title ? 'true' : 'false'} aria-describedby={describedBy('title', true)} {...register(`translations.${language}.title`)} />
                <CharacterCounter id={`${field('title')}-counter`} text={text?.title ?? ''} max={NOTICE_TITLE_MAX} />
                {error('title')}
              </div>
              <div className="field">
                <label htmlFor={field('summary')}>{t('fields.summary')}</label>
                <textarea id={field('summary')} rows={3} aria-invalid={fieldErrors?.summary ? 'true' : 'false'} aria-describedby={describedBy('summary', true)} {...register(`translations.${language}.summary`)} />
                <CharacterCounter id={`${field('summary')}-counter`} text={text?.summary ?? ''} max={NOTICE_SUMMARY_MAX} />
                {error('summary')}
              </div>
              <div className="field">
                <label htmlFor={field('body')}>{t('fields.body')}</label>
                <textarea id={field('body')} rows={8} aria-invalid={fieldErrors?.body ? 'true' : 'false'} aria-describedby={describedBy('body', false)} {...register(`translations.${language}.body`)} />
                {error('body')}
              </div>
              <div className="field">
                <label htmlFor={field('whatToDo')}>{t('fields.whatToDo')}</label>
                <textarea id={field('whatToDo')} rows={2} aria-invalid={fieldErrors?.whatToDo ? 'true' : 'false'} aria-describedby={describedBy('whatToDo', false)} {...register(`translations.${language}.whatToDo`)} />
                {error('whatToDo')}
              </div>
              <div className="field">
                <label htmlFor={field('smsText')}>{t('fields.smsText')}</label>
                <textarea id={field('smsText')} rows={2} aria-invalid={fieldErrors?.smsText ? 'true' : 'false'} aria-describedby={describedBy('smsText', true)} {...register(`translations.${language}.smsText`)} />
                <SmsCounter id={`${field('smsText')}-counter`} text={(text?.smsText ?? '').trim()} />
                {error('smsText')}
              </div>
            </div>
          );
        })}
      </div>

      <section aria-labelledby={id('completeness')} className={styles.fieldset} style={{ display: 'grid', gap: 8 }}>
        <h3 id={id('completeness')} style={{ margin: 0, fontSize: '1rem' }}>
          {t('completeness.title')}
        </h3>
        <ul className={styles.completeness} data-testid="notice-completeness">
          {languageValues.map((language) =>
            missing.includes(language) ? (
              <li key={language} className={styles.missing}>
                {t('completeness.missing', { language: languageName(language) })}
              </li>
            ) : (
              <li key={language} className={styles.complete}>
                {t('completeness.complete', { language: languageName(language) })}
              </li>
            ),
          )}
        </ul>
        {noneComplete ? (
          <p className="muted" style={{ margin: 0 }}>
            {t('completeness.noneComplete')}
          </p>
        ) : (
          missing.length > 0 && (
            <fieldset className={styles.choices} style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="muted">{t('completeness.tickMissing')}</legend>
              {missing.map((language) => (
                <label key={language}>
                  <input
                    type="checkbox"
                    checked={allowMissing.includes(language)}
                    onChange={(event) => setAllowMissing((current) => (event.target.checked ? [...current, language] : current.filter((l) => l !== language)))}
                  />
                  {t('completeness.allowMissing', { language: languageName(language) })}
                </label>
              ))}
            </fieldset>
          )
        )}
      </section>

      <div className={styles.actions}>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {save.isPending && !publish.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" className="button" disabled={busy || !canPublish} onClick={() => void onPublish()}>
          {publish.isPending ? t('publishing') : isCorrection ? t('publishCorrection') : t('publish')}
        </button>
      </div>
    </form>
  );
}

function StartCorrection({ noticeId, onStarted }: { noticeId: string; onStarted: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const trpc = useTRPC();
  const serverError = useServerErrorMessage('noticeEditor');
  const start = useMutation(trpc.notices.startCorrection.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={async () => {
          setError(null);
          try {
            await start.mutateAsync({ noticeId });
            await onStarted();
          } catch (e) {
            setError(serverError(e));
          }
        }}
      >
        {t('startCorrection')}
      </button>
      <span className="muted">{t('correctionHint')}</span>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function PublishedTexts({ texts }: { texts: NoticeDraftFormValues['translations'] }) {
  const t = useTranslations('noticeEditor');
  return (
    <section aria-labelledby="notice-published-texts" className={styles.texts}>
      <h2 id="notice-published-texts" style={{ margin: 0, fontSize: '1.15rem' }}>
        {t('publishedTexts')}
      </h2>
      {languageValues.map((language) =>
        texts[language].title ? (
          <article key={language} lang={language}>
            <h3>
              {t(`languages.${language}`)}: {texts[language].title}
            </h3>
            <p style={{ margin: 0 }}>{texts[language].summary}</p>
            <p className="muted" style={{ margin: '4px 0 0' }}>
              SMS: {texts[language].smsText}
            </p>
          </article>
        ) : null,
      )}
    </section>
  );
}

function Versions({ versions }: { versions: NoticeForEditing['versions'] }) {
  const t = useTranslations('noticeEditor');
  const tVerdict = useTranslations('verdict');
  const format = useFormatter();
  return (
    <section aria-labelledby="notice-versions">
      <h2 id="notice-versions" style={{ fontSize: '1.15rem' }}>
        {t('versions.title')}
      </h2>
      <ol className={styles.versions} data-testid="notice-versions">
        {versions.map((v) => (
          <li key={v.version}>
            <div className={styles.meta}>
              <strong>{t('versions.version', { version: v.version })}</strong>
              <span className={`badge badge--${v.verdict}`}>{tVerdict(v.verdict)}</span>
              <span>
                {v.publishedAt
                  ? t('versions.publishedAt', { date: format.dateTime(v.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }), name: v.publishedBy ?? '—' })
                  : t('versions.draft')}
              </span>
            </div>
            <span>{v.changeNote ? v.changeNote : v.version === 1 && v.publishedAt ? t('versions.firstPublication') : ''}</span>
            <span className="muted">{t('versions.languages', { languages: v.languages.map((l) => t(`languages.${l}`)).join(', ') })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function WithdrawForm({ noticeId, onDone }: { noticeId: string; onDone: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('noticeEditor');
  const serverError = useServerErrorMessage('noticeEditor');
  const withdraw = useMutation(trpc.notices.withdraw.mutationOptions());
  const [reasons, setReasons] = useState<Record<Language, string>>({ kk: '', ru: '', en: '' });
  const [errors, setErrors] = useState<Partial<Record<Language | 'form', string>>>({});
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    const parsed = withdrawNoticeInput.safeParse({ noticeId, reasons });
    if (!parsed.success) {
      const found: Partial<Record<Language | 'form', string>> = {};
      for (const issue of parsed.error.issues) {
        const language = issue.path[1] as Language | undefined;
        found[language && languageValues.includes(language) ? language : 'form'] ??= fieldMessage(issue.message) ?? undefined;
      }
      setErrors(found);
      return;
    }
    if (!window.confirm(t('withdraw.confirm'))) return;
    try {
      await withdraw.mutateAsync(parsed.data);
      await onDone();
    } catch (e) {
      setErrors({ form: serverError(e) });
    }
  };
  const describedBy = (language: Language) => [`notice-withdraw-hint`, errors[language] ? `notice-withdraw-error-${language}` : '', errors.form ? 'notice-withdraw-error' : ''].filter(Boolean).join(' ');
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="notice-withdraw" style={{ display: 'grid', gap: 8 }} data-testid="withdraw-form">
      <h2 id="notice-withdraw" style={{ margin: 0, fontSize: '1.15rem' }}>
        {t('withdraw.title')}
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        {t('withdraw.intro')}
      </p>
      <p id="notice-withdraw-hint" className="muted" style={{ margin: 0 }}>
        {t('withdraw.reasonHint')}
      </p>
      {errors.form && (
        <p id="notice-withdraw-error" className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      {languageValues.map((language) => (
        <div className="field" key={language}>
          <label htmlFor={`notice-withdraw-reason-${language}`}>{t('withdraw.reasonIn', { language: t(`languages.${language}`) })}</label>
          <textarea
            id={`notice-withdraw-reason-${language}`}
            lang={language}
            rows={2}
            value={reasons[language]}
            onChange={(event) => setReasons((current) => ({ ...current, [language]: event.target.value }))}
            aria-invalid={errors[language] || errors.form ? 'true' : 'false'}
            aria-describedby={describedBy(language)}
          />
          {errors[language] && (
            <p id={`notice-withdraw-error-${language}`} className="field-error">
              {errors[language]}
            </p>
          )}
        </div>
      ))}
      <div>
        <button type="submit" className="button button--secondary" disabled={withdraw.isPending}>
          {t('withdraw.submit')}
        </button>
      </div>
    </form>
  );
}
