'use client';

// Admin → Transparency: draft (or recompute) a quarter's report, write its narrative in kk/ru/en,
// preview it, publish it — and later publish corrections as new versions. Each form uses the
// shared zod schema; the page reloads its data after every change.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { publishReportInput, quarterInput, saveNarrativeInput } from '@/server/transparency/schema';
import { useTRPC } from '../../trpc/client';
import { Field, SubmitButton } from '../../ui/form';
import { SaveStatusMessage } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import styles from './transparency-admin.module.css';

export interface AdminReportRow {
  quarter: string;
  periodLabel: string;
  computedAtLabel: string;
  narrativeKk: string;
  narrativeRu: string;
  narrativeEn: string;
  currentVersion: number;
  versions: { version: number; dateLabel: string; changeNote: string | null; publishedBy: string }[];
}

/** A quarter the admin may draft: its code ("2026-Q3", what the server reads) and its name in the page's language. */
export interface QuarterOption {
  quarter: string;
  label: string;
}

function DraftQuarterForm({ quarters, suggestion }: { quarters: QuarterOption[]; suggestion: string }) {
  const t = useTranslations('transparency');
  const trpc = useTRPC();
  const router = useRouter();
  const draft = useMutation(trpc.transparency.draft.mutationOptions());
  const { register, fieldError, onValid, pending, status } = useZodForm(quarterInput, { namespace: 'transparency', defaultValues: { quarter: suggestion } });
  const onSubmit = onValid(async (values) => {
    await draft.mutateAsync(values);
    router.refresh();
    return null;
  });
  return (
    <form onSubmit={onSubmit} noValidate className={`card ${styles.draftForm}`}>
      <Field id="draft-quarter" label={t('admin.draftQuarter')} error={fieldError('quarter')}>
        {(control) => (
          // Selected in the server's HTML too: before the script runs, a select with no selected option shows its first (the quarter still running).
          <select {...control} {...register('quarter')} defaultValue={suggestion}>
            {quarters.map((option) => (
              <option key={option.quarter} value={option.quarter}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={pending}>{t('admin.draftButton')}</SubmitButton>
      <SaveStatusMessage status={status} layout="inFlow" />
    </form>
  );
}

function ReportCard({ report, locale }: { report: AdminReportRow; locale: string }) {
  const t = useTranslations('transparency');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.transparency.saveNarrative.mutationOptions());
  const publish = useMutation(trpc.transparency.publish.mutationOptions());
  const recompute = useMutation(trpc.transparency.draft.mutationOptions());
  // The card's two forms and its recompute button report in one status: the narrative form's.
  const narrativeForm = useZodForm(saveNarrativeInput, {
    namespace: 'transparency',
    defaultValues: { quarter: report.quarter, narrativeKk: report.narrativeKk, narrativeRu: report.narrativeRu, narrativeEn: report.narrativeEn },
  });
  const publishForm = useZodForm(publishReportInput, { namespace: 'transparency', defaultValues: { quarter: report.quarter, changeNote: '' } });
  const id = report.quarter.toLowerCase();

  // Every change reloads the page's data, whether or not it has words of success.
  const run = (work: () => Promise<string | null>) =>
    narrativeForm.run(async () => {
      const outcome = await work();
      router.refresh();
      return outcome;
    });
  const onSave = narrativeForm.handleSubmit((values) => run(async () => (await save.mutateAsync(values), t('admin.saved'))));
  const onPublish = publishForm.handleSubmit((values) =>
    run(async () => {
      if (!window.confirm(t('admin.publishConfirm'))) return null;
      // What is published is what is saved: save the narrative as typed first.
      const narrative = narrativeForm.getValues();
      const parsed = saveNarrativeInput.safeParse(narrative);
      if (parsed.success) await save.mutateAsync(parsed.data);
      const published = await publish.mutateAsync({ quarter: values.quarter, changeNote: values.changeNote || undefined });
      publishForm.reset({ quarter: report.quarter, changeNote: '' });
      return t('admin.published', { version: published.version });
    }),
  );

  return (
    <article className={`card ${styles.report}`} aria-labelledby={`report-${id}`}>
      <header className={styles.head}>
        <h2 id={`report-${id}`}>{report.periodLabel}</h2>
        <span className="badge">{t('admin.status', { version: report.currentVersion })}</span>
      </header>
      <p className="muted">{report.computedAtLabel}</p>
      <p className={styles.actions}>
        <a className="button button--secondary" href={`/${locale}/admin/transparency/preview?quarter=${report.quarter}`}>
          {t('admin.preview')}
        </a>
        <button type="button" className="button button--secondary" disabled={recompute.isPending} onClick={() => run(async () => (await recompute.mutateAsync({ quarter: report.quarter }), null))}>
          {t('admin.recompute')}
        </button>
      </p>
      <form onSubmit={onSave} noValidate>
        {(['narrativeKk', 'narrativeRu', 'narrativeEn'] as const).map((field) => (
          <Field key={field} id={`${id}-${field}`} label={t(`admin.${field}`)} error={narrativeForm.fieldError(field)} describedBy={`${id}-narrative-hint`}>
            {(control) => <textarea rows={6} lang={field.slice(-2).toLowerCase()} {...control} {...narrativeForm.register(field)} />}
          </Field>
        ))}
        <p id={`${id}-narrative-hint`} className="muted">
          {t('admin.narrativeHint')}
        </p>
        <SubmitButton pending={narrativeForm.pending} secondary>
          {t('admin.save')}
        </SubmitButton>
      </form>
      <form onSubmit={onPublish} noValidate className={styles.publish}>
        {report.currentVersion > 0 && (
          <Field id={`${id}-change-note`} label={t('admin.changeNote')} error={publishForm.fieldError('changeNote')}>
            {(control) => <input type="text" maxLength={500} {...control} {...publishForm.register('changeNote')} />}
          </Field>
        )}
        <SubmitButton pending={publishForm.pending}>{report.currentVersion > 0 ? t('admin.publishCorrection') : t('admin.publish')}</SubmitButton>
      </form>
      <SaveStatusMessage status={narrativeForm.status} layout="inFlow" />
      {report.versions.length > 0 && (
        <section aria-labelledby={`${id}-versions`} className={styles.history}>
          <h3 id={`${id}-versions`}>{t('admin.versions')}</h3>
          <ol className={styles.versions}>
            {report.versions.map((v) => (
              <li key={v.version}>
                <a href={`/${locale}/transparency?quarter=${report.quarter}&version=${v.version}`}>{t('admin.versionLine', { version: v.version, date: v.dateLabel, name: v.publishedBy })}</a>
                {v.changeNote && <span className="muted"> — {v.changeNote}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

export function TransparencyAdmin({ reports, quarters, suggestion, locale }: { reports: AdminReportRow[]; quarters: QuarterOption[]; suggestion: string; locale: string }) {
  const t = useTranslations('transparency');
  return (
    <div className={styles.page}>
      <h1>{t('admin.title')}</h1>
      <p className="muted">{t('admin.intro')}</p>
      <DraftQuarterForm quarters={quarters} suggestion={suggestion} />
      {reports.length === 0 ? <p className="muted">{t('admin.empty')}</p> : reports.map((report) => <ReportCard key={report.quarter} report={report} locale={locale} />)}
    </div>
  );
}
