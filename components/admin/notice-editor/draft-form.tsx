'use client';

// Writing the final notice (or its correction): the verdict it carries, the "what changed" note of
// a correction, urgency, target regions, the texts in three languages, and publishing — with an
// explicit choice for each language published without its text. The same zod schema as the server.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch, type FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import { LANGUAGES, placeName, type Language } from '@/server/i18n/languages';
import type { NoticeForEditing } from '@/server/notices/get-notice-for-editing';
import { isTranslationComplete, saveNoticeDraftInput, urgencyValues, type NoticeDraftFormValues } from '@/server/notices/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field, FieldGroup, FormActions, FormErrorSummary, SubmitButton } from '../../ui/form';
import { RegionChoices } from '../../ui/region-choices';
import { useZodForm } from '../../ui/zod-form';
import { CompletenessCheck } from './completeness-check';
import { TranslationTabs } from './translation-tabs';
import styles from './notice-editor.module.css';

/** What the editor page shows after saving or publishing (with the public link once published). */
export type EditorStatus = { message: string; slug?: string } | null;
type ParsedDraft = z.output<typeof saveNoticeDraftInput>;

export function DraftForm({
  editing,
  defaults,
  locale,
  onStatus,
  onChanged,
}: {
  editing: NoticeForEditing;
  defaults: NoticeDraftFormValues;
  locale: Language;
  onStatus: (status: EditorStatus) => void;
  onChanged: () => Promise<void>;
}) {
  const t = useTranslations('noticeEditor');
  const tVerdict = useTranslations('verdict');
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.notices.saveDraft.mutationOptions());
  const saveAndPublish = useMutation(trpc.notices.saveAndPublish.mutationOptions());
  const [tab, setTab] = useState<Language>(locale);
  const [allowMissing, setAllowMissing] = useState<Language[]>([]);
  const [startedBodies, setStartedBodies] = useState<Language[]>([]);
  const {
    register,
    control,
    reset,
    setValue,
    formState: { errors },
    fieldError,
    fieldMessage,
    onValid,
    pending,
    error: formError,
  } = useZodForm(saveNoticeDraftInput, { namespace: 'noticeEditor', defaultValues: defaults });
  const translations = useWatch({ control, name: 'translations' }) ?? defaults.translations;
  const changeNote = useWatch({ control, name: 'changeNote' }) ?? '';
  const isCorrection = (editing.notice?.currentVersion ?? 0) > 0;
  const missing = LANGUAGES.filter((language) => !isTranslationComplete(translations[language]));
  const noneComplete = missing.length === LANGUAGES.length;
  const unticked = missing.filter((language) => !allowMissing.includes(language));
  const canPublish = !noneComplete && unticked.length === 0 && (!isCorrection || changeNote.trim().length >= 5);

  // A wrong text in a hidden tab: show that tab, so the moderator sees what to fix.
  const onInvalid = (fieldErrors: FieldErrors<NoticeDraftFormValues>) => {
    const first = LANGUAGES.find((language) => fieldErrors.translations?.[language]);
    if (first) setTab(first);
  };

  const saveValues = async (values: ParsedDraft) => {
    const saved = await save.mutateAsync(values);
    reset(values as NoticeDraftFormValues);
    return saved;
  };

  const onSave = onValid(async (values) => {
    onStatus(null);
    const saved = await saveValues(values);
    onStatus({ message: t('saved') });
    if (!editing.notice) router.replace(`/${locale}/admin/notices/${saved.noticeId}`);
    else await onChanged();
    return null;
  }, onInvalid);

  // One server operation: the texts on screen are saved and published together, or neither is.
  const onPublish = onValid(async (values) => {
    onStatus(null);
    if (!window.confirm(t('confirmPublish'))) return null;
    const published = await saveAndPublish.mutateAsync({ draft: values, allowMissingLanguages: missing });
    reset(values as NoticeDraftFormValues);
    // A first notice gets its own page, which says it was published.
    if (!editing.notice) router.replace(`/${locale}/admin/notices/${published.noticeId}?published=1`);
    else {
      onStatus({ message: t('published'), slug: published.slug });
      await onChanged();
    }
    return null;
  }, onInvalid);

  const startBody = (language: Language) => {
    const text = editing.startingPoint?.body?.[language];
    if (!text) return;
    setValue(`translations.${language}.body`, text, { shouldDirty: true });
    setStartedBodies((languages) => [...languages, language]);
  };

  const busy = pending || save.isPending || saveAndPublish.isPending;

  return (
    <form className={`card ${styles.stack}`} onSubmit={onSave} noValidate aria-labelledby="notice-form-heading">
      <h2 id="notice-form-heading" style={{ margin: 0 }}>
        {isCorrection ? t('correctionDraft', { version: editing.pendingVersion ?? (editing.notice?.currentVersion ?? 0) + 1 }) : t('newPageTitle')}
      </h2>
      {isCorrection && <p className="muted" style={{ margin: 0 }}>{t('correctionHint')}</p>}
      <FormErrorSummary error={formError} />

      <div className={styles.meta}>
        <strong>{t('verdictLabel')}:</strong>
        <span className={`badge badge--${defaults.verdict}`} data-testid="notice-verdict">
          {tVerdict(defaults.verdict)}
        </span>
        <span className="muted">{t('verdictHint')}</span>
      </div>

      {isCorrection && (
        <Field label={t('changeNote')} hint={t('changeNoteHint')} error={fieldError('changeNote')}>
          {(control) => <textarea rows={2} {...control} {...register('changeNote')} />}
        </Field>
      )}

      <FieldGroup legend={t('urgency')}>
        {urgencyValues.map((value) => (
          <Choice key={value} type="radio" label={t(`urgencyValues.${value}`)} value={value} {...register('urgency')} />
        ))}
      </FieldGroup>

      <RegionChoices
        legend={t('regions')}
        error={fieldMessage(errors.regionCodes?.message ?? errors.regionCodes?.root?.message)}
        regions={editing.regions.map((region) => ({ code: region.code, name: placeName(region, locale) }))}
        field={register('regionCodes')}
      />

      <TranslationTabs
        tab={tab}
        onTab={setTab}
        register={register}
        errors={errors.translations}
        translations={translations}
        missing={missing}
        startingPoint={editing.startingPoint}
        onStartBody={startBody}
        startedBodies={startedBodies}
      />

      <CompletenessCheck missing={missing} allowMissing={allowMissing} onAllowMissing={setAllowMissing} />

      <FormActions>
        <SubmitButton pending={save.isPending} pendingLabel={t('saving')} secondary disabled={busy}>
          {t('save')}
        </SubmitButton>
        <button type="button" className="button" disabled={busy || !canPublish} onClick={() => void onPublish()}>
          {saveAndPublish.isPending ? t('publishing') : isCorrection ? t('publishCorrection') : t('publish')}
        </button>
      </FormActions>
    </form>
  );
}
