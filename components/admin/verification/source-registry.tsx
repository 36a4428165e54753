'use client';

// The source registry: list, create and edit with the same zod schema the server validates with.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { sourceFields, sourceTypeValues, type SourceFormValues } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field, FormErrorSummary, SubmitOrCancel } from '../../ui/form';
import { RegionChoices } from '../../ui/region-choices';
import { useServerErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { newClientId } from '../../report/client-id';
import styles from './verification.module.css';

interface RegionOption {
  code: string;
  name: string;
}

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string; values: SourceFormValues };

const EMPTY: SourceFormValues = { name: '', type: 'AKIMAT', regionCodes: [], contact: '', reliability: 3, reliabilityNote: '' };

export function SourceRegistry({ regionOptions, regionNames }: { regionOptions: RegionOption[]; regionNames: Record<string, string> }) {
  const t = useTranslations('verification');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverError = useServerErrorMessage('verification');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const { status, show, showError } = useSaveStatus('verification');
  const sources = useQuery(trpc.verification.listSources.queryOptions({ includeInactive }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verification.listSources.queryKey() });

  const setActive = useMutation(
    trpc.verification.setSourceActive.mutationOptions({
      onSuccess: async () => {
        show({ kind: 'info', text: t('sources.saved') });
        await refresh();
      },
      onError: showError,
    }),
  );

  return (
    <section className={styles.panel} aria-labelledby="sources-heading">
      <div className={styles.row}>
        <h1 id="sources-heading" style={{ margin: 0 }}>
          {t('sources.title')}
        </h1>
        <button type="button" className="button" onClick={() => setEditing({ mode: 'create' })}>
          {t('sources.add')}
        </button>
      </div>
      <p className="muted">{t('sources.intro')}</p>
      <SaveStatusMessage status={status} />
      {editing.mode !== 'closed' && (
        <SourceForm
          key={editing.mode === 'edit' ? editing.id : 'new'}
          regionOptions={regionOptions}
          editing={editing}
          onDone={async (message) => {
            setEditing({ mode: 'closed' });
            show({ kind: 'info', text: message });
            await refresh();
          }}
          onCancel={() => setEditing({ mode: 'closed' })}
        />
      )}
      <Choice label={t('sources.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} />
      {sources.isError && <p className="alert alert--error">{serverError(sources.error)}</p>}
      {sources.data?.length === 0 && <p className="muted">{t('sources.empty')}</p>}
      {sources.data && sources.data.length > 0 && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('sources.fields.name')}</th>
              <th scope="col">{t('sources.fields.type')}</th>
              <th scope="col">{t('sources.fields.regions')}</th>
              <th scope="col">{t('sources.fields.reliability')}</th>
              <th scope="col">{t('sources.fields.contact')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sources.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((source) => (
              <tr key={source.id} className={source.active ? undefined : styles.inactive}>
                <td>
                  <strong lang={source.language}>{source.name}</strong>
                  {!source.active && <span className="badge"> {t('sources.inactive')}</span>}
                  {/* Staff write a source once, in their language: one in another language is said to be so, not left to read as untranslated. */}
                  {source.language !== locale && <div className="muted">{t(`sources.writtenIn.${source.language}`)}</div>}
                </td>
                <td data-label={t('sources.fields.type')}>{t(`sourceTypes.${source.type}`)}</td>
                <td data-label={t('sources.fields.regions')}>{source.regionCodes.length ? source.regionCodes.map((c) => regionNames[c] ?? c).join(', ') : t('sources.nationwide')}</td>
                <td data-label={t('sources.fields.reliability')}>
                  {/* The column (a phone's label) already says "Reliability (1 weak – 5 authoritative)". */}
                  {source.reliability}/5
                  {source.reliabilityNote && (
                    <div className="muted" lang={source.language}>
                      {source.reliabilityNote}
                    </div>
                  )}
                </td>
                <td data-label={t('sources.fields.contact')}>{source.contact}</td>
                <td>
                  {source.canEdit && (
                    <div className={styles.row}>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() =>
                          setEditing({
                            mode: 'edit',
                            id: source.id,
                            values: { name: source.name, type: source.type, regionCodes: source.regionCodes, contact: source.contact ?? '', reliability: source.reliability, reliabilityNote: source.reliabilityNote ?? '' },
                          })
                        }
                      >
                        {t('sources.edit')}
                      </button>
                      <button type="button" className="button button--quiet" disabled={setActive.isPending} onClick={() => setActive.mutate({ id: source.id, active: !source.active })}>
                        {source.active ? t('sources.deactivate') : t('sources.reactivate')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SourceForm({
  regionOptions,
  editing,
  onDone,
  onCancel,
}: {
  regionOptions: RegionOption[];
  editing: Exclude<Editing, { mode: 'closed' }>;
  onDone: (message: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const create = useMutation(trpc.verification.createSource.mutationOptions());
  const update = useMutation(trpc.verification.updateSource.mutationOptions());
  // One key per source added (a new one each time the form opens): a second tap, or saving again after
  // a lost answer, is the same source, never a second one.
  const [clientId] = useState(newClientId);
  const { register, setValue, control, fieldError: error, onValid, pending, error: formError } = useZodForm(sourceFields, { namespace: 'verification', defaultValues: editing.mode === 'edit' ? editing.values : EMPTY });

  // Checkbox groups are kept as an explicit array: react-hook-form turns a group of one into a boolean.
  const regionCodes = useWatch({ control, name: 'regionCodes' });
  const toggleRegion = (code: string, checked: boolean) =>
    setValue('regionCodes', checked ? [...regionCodes, code] : regionCodes.filter((c) => c !== code), { shouldDirty: true, shouldValidate: true });

  // Success closes the form (the registry says "saved"); a refusal stays here, in the error summary.
  const onSubmit = onValid(async (values) => {
    if (editing.mode === 'edit') await update.mutateAsync({ ...values, id: editing.id });
    else await create.mutateAsync({ ...values, clientId });
    await onDone(t('sources.saved'));
    return null;
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="source-form-heading">
      <h2 id="source-form-heading">{editing.mode === 'edit' ? t('sources.editTitle') : t('sources.add')}</h2>
      <FormErrorSummary error={formError} />
      <Field label={t('sources.fields.name')} error={error('name')}>
        {(control) => <input {...control} {...register('name')} />}
      </Field>
      <Field label={t('sources.fields.type')} error={error('type')}>
        {(control) => (
          <select {...control} {...register('type')}>
            {sourceTypeValues.map((type) => (
              <option key={type} value={type}>
                {t(`sourceTypes.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RegionChoices legend={t('sources.fields.regions')} hint={t('sources.fields.regionsHint')} error={error('regionCodes')} regions={regionOptions} selected={regionCodes} onToggle={toggleRegion} />
      <Field label={t('sources.fields.contact')} hint={t('sources.fields.contactHint')} error={error('contact')}>
        {(control) => <input autoComplete="off" {...control} {...register('contact')} />}
      </Field>
      <Field label={t('sources.fields.reliability')} error={error('reliability')}>
        {(control) => <input type="number" min={1} max={5} step={1} inputMode="numeric" {...control} {...register('reliability', { valueAsNumber: true })} />}
      </Field>
      <Field label={t('sources.fields.reliabilityNote')} error={error('reliabilityNote')}>
        {(control) => <textarea rows={2} {...control} {...register('reliabilityNote')} />}
      </Field>
      <SubmitOrCancel submit={t('sources.save')} cancel={t('sources.cancel')} submitting={pending} onCancel={onCancel} />
    </form>
  );
}
