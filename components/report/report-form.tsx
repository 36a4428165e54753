'use client';

// The citizen's report form. One zod schema (server/reports/schema.ts) validates it here, in the
// API and in tRPC. Anonymous by default; works offline through the on-device outbox.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { readTypedDateTime } from '@/server/i18n/format';
import { HEARD_VIA_VALUES, REPORT_TEXT_MAX } from '@/server/reports/constants';
import type { ParsedReportInput, ReportInput } from '@/server/reports/schema';
import { AlreadyChecked } from './already-checked';
import { FormErrorSummary, type FormProblem } from '../ui/form';
import { clearReportDraft, loadReportDraft, saveReportDraft, type ReportDraft } from './report-draft';
import { newClientId } from './client-id';
import { dateTimeFieldProps, dateTimeFieldValue } from '../ui/typed-date-time';
import { ImagePicker, validateImages } from './image-picker';
import type { SubmitOutcome } from './outbox';
import { ContactFields, OnDemand, OutboxNotices, QueuedResult, SentResult, loadOnDemandParts } from './lazy-parts';
import { SettlementField, type SettlementSuggestion } from './settlement-field';
import type { SentReport } from './report-result';
import { createReportText, type ReportMessages } from './report-text';
import { useOutbox } from './use-outbox';
import styles from './report-form.module.css';
import type { Language } from '@/server/i18n/languages';

interface RegionOption {
  code: string;
  name: string;
}


/** The shared zod schema validates the form, but is loaded only when first needed: it would be a
 *  fifth of the page's first-load JavaScript on a slow phone connection. */
const loadResolver = () => import('./report-form-resolver');
const lazyResolver: Resolver<ReportInput, unknown, ParsedReportInput> = async (values, context, options) =>
  (await loadResolver()).reportFormResolver(values, context, options);

type Phase = { kind: 'editing' } | { kind: 'sent'; report: SentReport } | { kind: 'queued'; clientId: string };

const MAX_IMAGES = 3;


interface ReportFormProps {
  locale: Language;
  /** The report, errors and verdict messages of this language (see report-text.ts). */
  messages: ReportMessages;
  regions: RegionOption[];
  /** Where the form posts without JavaScript (server/api/page-forms.ts). */
  action: string;
  /**
   * What was typed when the form was sent without JavaScript and came back refused, and the
   * refusal's field and key (shown beside it); or what was searched on the check page ("Report this").
   */
  kept?: { values: ReportDraft; field?: string; error?: string };
}

/** "When did you hear it", as the citizen's language writes it: now, or a kept or drafted text (an older draft's "2026-03-31T14:30" too). */
const heardAtText = (locale: Language, typed?: string): string => (typed === undefined ? dateTimeFieldValue(new Date(), locale) : readTypedDateTime(typed, locale).shown);

/** A draft's or a refused form's choices as the form's values (the text and the time are set apart). */
function keptValues(values: ReportDraft | undefined): Partial<ReportInput> {
  if (!values) return {};
  return { ...(values.regionCode && { regionCode: values.regionCode as ReportInput['regionCode'] }), settlement: values.settlement, settlementId: values.settlementId, heardVia: values.heardVia as ReportInput['heardVia'] };
}

/** Where each field's problem takes the citizen in the error summary (the control's id). */
const FIELD_IDS: Record<string, string> = {
  text: 'text',
  regionCode: 'regionCode',
  settlement: 'settlement',
  settlementId: 'settlement',
  heardAt: 'heardAt',
  heardVia: 'heardVia',
  lat: 'use-location',
  lng: 'use-location',
  contact: 'contact-value',
  images: 'images',
};

export function ReportForm({ locale, messages, regions, action, kept }: ReportFormProps) {
  const t = useMemo(() => createReportText(messages, locale), [messages, locale]);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [images, setImages] = useState<File[]>([]);
  const [imageError, setImageError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  // The draft is restored after hydration (the server has no phone storage), then kept on every change.
  const draftRestored = useRef(false);
  const [location, setLocation] = useState<'none' | 'locating' | 'added' | 'denied'>('none');
  const [wantsAnswer, setWantsAnswer] = useState(false);
  const [online, setOnline] = useState(true);
  // Reports this page sent itself; anything else the outbox reports as sent was queued earlier.
  const [sentHere, setSentHere] = useState<string[]>([]);
  const outbox = useOutbox();
  const regionNames = Object.fromEntries(regions.map((r) => [r.code, r.name]));

  // The form's first values, also rendered as the fields' defaultValue: register() sets them only once the script runs, and a refused form sent without JavaScript must come back as it was typed.
  const [firstValues] = useState(() => ({ clientId: newClientId(), ...keptValues(kept?.values), text: kept?.values.text ?? '', heardAt: heardAtText(locale, kept?.values.heardAt) }));
  // The server's refusal beside its field (rendered on the server: this is the page without JavaScript); one object, so it is applied once.
  const keptError = useMemo(() => (kept?.field ? ({ [kept.field]: { type: 'server', message: kept.error } } as FieldErrors<ReportInput>) : undefined), [kept]);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<ReportInput, unknown, ParsedReportInput>({
    resolver: lazyResolver,
    shouldUnregister: true,
    defaultValues: firstValues,
    errors: keptError,
  });

  // Fetch the validation code while the citizen is still typing, not when they press "Send" — by
  // then the phone may have lost its connection. (The on-demand parts come right after hydration.)
  useEffect(() => {
    const idle = setTimeout(() => void loadResolver().catch(() => undefined), 1500);
    return () => clearTimeout(idle);
  }, []);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  useEffect(() => {
    // What the server kept stands (a refusal, or "report this"'s text); else the phone's draft.
    const draft = kept ? null : loadReportDraft();
    if (draft) {
      const { clientId, heardAt } = getValues();
      reset({ clientId, ...keptValues(draft), heardAt: draft.heardAt === undefined ? heardAt : heardAtText(locale, draft.heardAt), text: draft.text ?? '' });
    }
    draftRestored.current = true;
    // Once, on the first render in the browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const text = useWatch({ control, name: 'text' }) ?? '';
  const settlementText = (useWatch({ control, name: 'settlement' }) as string | undefined) ?? '';
  const settlementId = useWatch({ control, name: 'settlementId' }) as string | undefined;
  const regionCode = useWatch({ control, name: 'regionCode' }) as string | undefined;
  const contactKind = useWatch({ control, name: 'contact.kind' }) as string | undefined;
  const heardAtValue = useWatch({ control, name: 'heardAt' }) as string | undefined;
  const heardVia = useWatch({ control, name: 'heardVia' }) as string | undefined;

  useEffect(() => {
    if (draftRestored.current && phase.kind === 'editing') saveReportDraft({ text, regionCode, settlement: settlementText, settlementId, heardAt: heardAtValue, heardVia });
  }, [phase.kind, text, regionCode, settlementText, settlementId, heardAtValue, heardVia]);

  const overLimit = text.length - REPORT_TEXT_MAX;

  const message = (key: string | undefined) => (key ? (t.has(`errors.${key}`) ? t(`errors.${key}`) : key) : undefined);

  /** The summary's links, in the order the fields appear. */
  const showProblems = (byField: [string, string | undefined][]) => {
    const seen = new Set<string>();
    const listed = byField
      .map(([field, key]) => ({ fieldId: FIELD_IDS[field.split('.')[0]!] ?? field, message: message(key) ?? t('report.errorSummary') }))
      .filter((problem) => !seen.has(problem.fieldId) && seen.add(problem.fieldId));
    const order = Object.values(FIELD_IDS);
    setProblems(listed.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId)));
    setFormError(t('report.errorSummary'));
  };

  const fieldProblems = (fieldErrors: FieldErrors<ReportInput>): [string, string | undefined][] =>
    Object.entries(fieldErrors).flatMap(([field, error]) => {
      if (!error) return [];
      if (typeof error.message === 'string') return [[field, error.message]];
      // A nested field (contact.value): its first problem.
      const inner = Object.values(error as Record<string, { message?: string } | undefined>).find((e) => typeof e?.message === 'string');
      return [[field, inner?.message]];
    });

  const applyServerErrors = (body: unknown) => {
    const fieldErrors = (body as { fieldErrors?: Record<string, string[]> } | null)?.fieldErrors;
    if (!fieldErrors) {
      setProblems([]);
      setFormError(t('report.sendFailed'));
      return;
    }
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if (field === 'images') setImageError(messages[0] ? (message(messages[0]) ?? null) : null);
      else setError(field as 'text', { message: messages[0] });
    }
    showProblems(Object.entries(fieldErrors).map(([field, messages]) => [field, messages[0]]));
  };

  const onValid = async (values: ParsedReportInput) => {
    setFormError(null);
    setProblems([]);
    const imageProblem = validateImages(images);
    if (imageProblem) {
      setImageError(t(`errors.${imageProblem}`));
      showProblems([['images', imageProblem]]);
      return;
    }
    const report = { ...values, heardAt: values.heardAt?.toISOString(), language: undefined };
    let outcome: SubmitOutcome;
    try {
      const { submitOrQueue } = await loadOnDemandParts();
      outcome = await submitOrQueue({ clientId: values.clientId, reportJson: JSON.stringify(report), images, locale });
    } catch {
      setFormError(t('report.sendFailed'));
      return;
    }
    if (outcome.kind !== 'rejected') clearReportDraft();
    if (outcome.kind === 'queued') setPhase({ kind: 'queued', clientId: values.clientId });
    else if (outcome.kind === 'rejected') applyServerErrors(outcome.body);
    else {
      setSentHere((ids) => [...ids, values.clientId]);
      setPhase({ kind: 'sent', report: { trackingCode: outcome.body.trackingCode, matches: outcome.body.matches, confirmed: Boolean(values.confirmedNoticeSlug) } });
    }
  };

  const submit = handleSubmit(onValid, (fieldErrors) => {
    const imageProblem = validateImages(images);
    showProblems([...fieldProblems(fieldErrors), ...(imageProblem ? ([['images', imageProblem]] as [string, string][]) : [])]);
  });

  const confirmMatch = (slug: string) => {
    setValue('confirmedNoticeSlug', slug);
    void submit();
  };

  const startOver = () => {
    setImages([]);
    setImageError(null);
    setLocation('none');
    setWantsAnswer(false);
    setProblems([]);
    clearReportDraft();
    reset({ clientId: newClientId(), text: '', heardAt: heardAtText(locale) });
    setPhase({ kind: 'editing' });
  };

  const useMyLocation = async () => {
    setLocation('locating');
    try {
      const { lat, lng } = await (await loadOnDemandParts()).approximatePosition();
      setValue('lat', lat);
      setValue('lng', lng);
      setLocation('added');
    } catch {
      setLocation('denied');
    }
  };

  const removeLocation = () => {
    setValue('lat', undefined);
    setValue('lng', undefined);
    setLocation('none');
  };

  // A report queued offline and sent later by the outbox: show its tracking code.
  const shown: Phase =
    phase.kind === 'queued' && outbox.lastSent?.clientId === phase.clientId
      ? { kind: 'sent', report: { trackingCode: outbox.lastSent.trackingCode, matches: [], confirmed: false } }
      : phase;

  if (shown.kind !== 'editing') {
    // Plain words while the result screen loads (or, offline without the service worker, instead of it).
    const fallback = (
      <p className="card" role="status">
        {shown.kind === 'sent' ? `${t('report.sentTitle')}. ${t('report.trackingCodeLabel')}: ${shown.report.trackingCode}` : t('report.queuedBody')}
      </p>
    );
    return (
      <OnDemand fallback={fallback}>
        {shown.kind === 'sent' ? (
          <SentResult t={t} locale={locale} report={shown.report} onStartOver={startOver} />
        ) : (
          <QueuedResult t={t} queuedCount={outbox.queuedCount} onStartOver={startOver} />
        )}
      </OnDemand>
    );
  }

  return (
    // `action` serves browsers without JavaScript; with it, onSubmit takes over.
    <form className={styles.form} action={action} method="post" encType="multipart/form-data" onSubmit={submit} noValidate data-testid="report-form" aria-describedby={formError ? 'report-form-error' : undefined}>
      <input type="hidden" {...register('clientId')} />
      <input type="hidden" {...register('confirmedNoticeSlug', { setValueAs: (v: string) => v || undefined })} />
      {!online && (
        <p className="alert alert--info" role="status">
          {t('report.offlineNotice')}
        </p>
      )}
      {(outbox.lastSent || outbox.queuedCount > 0) && (
        <OnDemand>
          <OutboxNotices t={t} locale={locale} outbox={outbox} sentHere={sentHere} />
        </OnDemand>
      )}
      <FormErrorSummary id="report-form-error" error={formError} problems={problems} />

      <div className="field">
        <label htmlFor="text">{t('report.textLabel')}</label>
        <p id="text-hint" className={styles.hint}>
          {t('report.textHint')}
        </p>
        {/* No maxLength: a pasted text longer than the limit is kept whole and flagged, never cut. */}
        <textarea
          id="text"
          rows={5}
          aria-invalid={errors.text || overLimit > 0 ? 'true' : 'false'}
          aria-describedby={overLimit > 0 ? 'text-over text-hint' : errors.text ? 'text-error text-hint' : 'text-hint'}
          defaultValue={firstValues.text}
          {...register('text')}
        />
        <p className={overLimit > 0 ? `${styles.counter} ${styles.counterOver}` : styles.counter} aria-hidden="true">
          {t('report.characters', { count: text.length, max: REPORT_TEXT_MAX })}
        </p>
        {overLimit > 0 && (
          <p id="text-over" className="field-error" role="status">
            {t('report.textOverLimit', { count: overLimit })}
          </p>
        )}
        {errors.text && !(overLimit > 0 && errors.text.message === 'textTooLong') && (
          <p id="text-error" className="field-error">
            {message(errors.text.message)}
          </p>
        )}
      </div>

      <AlreadyChecked t={t} text={text} locale={locale} onConfirm={confirmMatch} disabled={isSubmitting} />

      <fieldset className={styles.fieldset}>
        <legend>{t('report.placeLegend')}</legend>
        <div className="field">
          <label htmlFor="regionCode">{t('report.regionLabel')}</label>
          <select
            id="regionCode"
            aria-invalid={errors.regionCode ? 'true' : 'false'}
            defaultValue={firstValues.regionCode ?? ''}
            {...register('regionCode', { setValueAs: (v: string) => v || undefined })}
          >
            <option value="">{t('report.regionPlaceholder')}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
          {errors.regionCode && <p className="field-error">{message(errors.regionCode.message)}</p>}
        </div>
        <input type="hidden" {...register('settlementId', { setValueAs: (v: string) => v || undefined })} />
        <input type="hidden" {...register('settlement', { setValueAs: (v: string) => v?.trim() || undefined })} />
        <SettlementField
          t={t}
          locale={locale}
          regionCode={regionCode}
          regionNames={regionNames}
          value={settlementText}
          chosenId={settlementId}
          error={message(errors.settlement?.message ?? errors.settlementId?.message)}
          onType={(value) => {
            setValue('settlement', value);
            setValue('settlementId', undefined);
          }}
          onChoose={(suggestion: SettlementSuggestion) => {
            setValue('settlement', suggestion.name);
            setValue('settlementId', suggestion.id);
            setValue('regionCode', suggestion.regionCode as ReportInput['regionCode']);
          }}
        />
        <input type="hidden" {...register('lat', { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)) })} />
        <input type="hidden" {...register('lng', { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)) })} />
        <div className={styles.location}>
          {location === 'added' ? (
            <>
              <p role="status">{t('report.locationAdded')}</p>
              <button type="button" className="button button--quiet" onClick={removeLocation}>
                {t('report.locationRemove')}
              </button>
            </>
          ) : (
            <button id="use-location" type="button" className="button button--quiet" onClick={useMyLocation} disabled={location === 'locating'}>
              {location === 'locating' ? t('report.locating') : t('report.useLocation')}
            </button>
          )}
          {location === 'denied' && <p role="status">{t('report.locationDenied')}</p>}
          <p className={styles.hint}>{t('report.locationNote')}</p>
          {errors.lat && <p className="field-error">{message(errors.lat.message)}</p>}
        </div>
      </fieldset>

      <div className={styles.twoColumns}>
        <div className="field">
          <label htmlFor="heardAt">{t('report.whenLabel')}</label>
          {/* Typed as the language writes it: a date-time picker shows the browser's own format (mm/dd/yyyy, AM/PM in Kazakh). */}
          <input
            id="heardAt"
            {...dateTimeFieldProps(t('common.dateTimePattern'))}
            aria-invalid={errors.heardAt ? 'true' : 'false'}
            aria-describedby={errors.heardAt ? 'heardAt-error' : undefined}
            defaultValue={firstValues.heardAt}
            {...register('heardAt')}
          />
          {errors.heardAt && (
            <p id="heardAt-error" className="field-error">
              {message(errors.heardAt.message)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="heardVia">{t('report.viaLabel')}</label>
          <select id="heardVia" defaultValue={firstValues.heardVia ?? ''} {...register('heardVia', { setValueAs: (v: string) => v || undefined })}>
            <option value="">{t('report.viaPlaceholder')}</option>
            {HEARD_VIA_VALUES.map((via) => (
              <option key={via} value={via}>
                {t(`report.via.${via}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ImagePicker
        t={t}
        files={images}
        max={MAX_IMAGES}
        error={imageError}
        onChange={(files) => {
          setImages(files);
          const problem = validateImages(files);
          setImageError(problem ? t(`errors.${problem}`) : null);
        }}
      />

      <fieldset className={styles.fieldset}>
        <legend>{t('report.answerLegend')}</legend>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={wantsAnswer} onChange={(event) => setWantsAnswer(event.target.checked)} />
          <span>{t('report.answerCheckbox')}</span>
        </label>
        <p className={styles.hint}>{t('report.answerNote')}</p>
        {wantsAnswer && (
          <OnDemand>
            <ContactFields t={t} register={register} watchKind={contactKind} message={message} errors={errors} />
          </OnDemand>
        )}
      </fieldset>

      <aside className={styles.privacy} aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('report.privacyTitle')}</h2>
        <p>{t('report.privacyBody')}</p>
        <p>
          <a href={`/${locale}/privacy`}>{t('report.privacyLink')}</a>
        </p>
      </aside>

      <button className={`button ${styles.submit}`} type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('report.submitting') : t('report.submit')}
      </button>
    </form>
  );
}
