'use client';

// The source registry: list, create and edit with the same zod schema the server validates with.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { sourceFields, sourceTypeValues, type SourceFormValues } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { useFieldMessage, useServerError } from './use-verification-error';
import styles from './verification.module.css';

interface RegionOption {
  code: string;
  name: string;
}

type ParsedSource = z.output<typeof sourceFields>;
type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string; values: SourceFormValues };

const EMPTY: SourceFormValues = { name: '', type: 'AKIMAT', regionCodes: [], contact: '', reliability: 3, reliabilityNote: '' };

export function SourceRegistry({ regionOptions, regionNames }: { regionOptions: RegionOption[]; regionNames: Record<string, string> }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverError = useServerError();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const sources = useQuery(trpc.verification.listSources.queryOptions({ includeInactive }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.verification.listSources.queryKey() });

  const setActive = useMutation(
    trpc.verification.setSourceActive.mutationOptions({
      onSuccess: async () => {
        setStatus({ kind: 'info', text: t('sources.saved') });
        await refresh();
      },
      onError: (error) => setStatus({ kind: 'error', text: serverError(error) }),
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
      <div role="status" aria-live="polite">
        {status && <p className={`alert alert--${status.kind}`}>{status.text}</p>}
      </div>
      {editing.mode !== 'closed' && (
        <SourceForm
          key={editing.mode === 'edit' ? editing.id : 'new'}
          regionOptions={regionOptions}
          editing={editing}
          onDone={async (message) => {
            setEditing({ mode: 'closed' });
            setStatus({ kind: 'info', text: message });
            await refresh();
          }}
          onCancel={() => setEditing({ mode: 'closed' })}
        />
      )}
      <label className={styles.row}>
        <input type="checkbox" checked={includeInactive} onChange={(event) => setIncludeInactive(event.target.checked)} /> {t('sources.showInactive')}
      </label>
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
                  <strong>{source.name}</strong>
                  {!source.active && <span className="badge"> {t('sources.inactive')}</span>}
                </td>
                <td>{t(`sourceTypes.${source.type}`)}</td>
                <td>{source.regionCodes.length ? source.regionCodes.map((c) => regionNames[c] ?? c).join(', ') : t('sources.nationwide')}</td>
                <td>
                  {t('sources.reliability', { value: source.reliability })}
                  {source.reliabilityNote && <div className="muted">{source.reliabilityNote}</div>}
                </td>
                <td>{source.contact}</td>
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
  const fieldMessage = useFieldMessage();
  const serverError = useServerError();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.verification.createSource.mutationOptions());
  const update = useMutation(trpc.verification.updateSource.mutationOptions());
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SourceFormValues, unknown, ParsedSource>({ resolver: zodResolver(sourceFields), defaultValues: editing.mode === 'edit' ? editing.values : EMPTY });

  // Checkbox groups are kept as an explicit array: react-hook-form turns a group of one into a boolean.
  const regionCodes = useWatch({ control, name: 'regionCodes' });
  const toggleRegion = (code: string, checked: boolean) =>
    setValue('regionCodes', checked ? [...regionCodes, code] : regionCodes.filter((c) => c !== code), { shouldDirty: true, shouldValidate: true });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (editing.mode === 'edit') await update.mutateAsync({ ...values, id: editing.id });
      else await create.mutateAsync(values);
      await onDone(t('sources.saved'));
    } catch (error) {
      setFormError(serverError(error));
    }
  });

  const error = (name: keyof SourceFormValues) => {
    const message = fieldMessage(errors[name]?.message);
    return message ? (
      <p id={`source-${name}-error`} className="field-error">
        {message}
      </p>
    ) : null;
  };
  const invalid = (name: keyof SourceFormValues) => ({ 'aria-invalid': errors[name] ? ('true' as const) : ('false' as const), 'aria-describedby': errors[name] ? `source-${name}-error` : undefined });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="source-form-heading">
      <h2 id="source-form-heading">{editing.mode === 'edit' ? t('sources.editTitle') : t('sources.add')}</h2>
      {formError && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
      <div className="field">
        <label htmlFor="source-name">{t('sources.fields.name')}</label>
        <input id="source-name" {...invalid('name')} {...register('name')} />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor="source-type">{t('sources.fields.type')}</label>
        <select id="source-type" {...invalid('type')} {...register('type')}>
          {sourceTypeValues.map((type) => (
            <option key={type} value={type}>
              {t(`sourceTypes.${type}`)}
            </option>
          ))}
        </select>
        {error('type')}
      </div>
      <fieldset className="field">
        <legend>{t('sources.fields.regions')}</legend>
        <p className="muted">{t('sources.fields.regionsHint')}</p>
        <div className={styles.checkboxes}>
          {regionOptions.map((region) => (
            <label key={region.code}>
              <input type="checkbox" checked={regionCodes.includes(region.code)} onChange={(event) => toggleRegion(region.code, event.target.checked)} /> {region.name}
            </label>
          ))}
        </div>
        {error('regionCodes')}
      </fieldset>
      <div className="field">
        <label htmlFor="source-contact">{t('sources.fields.contact')}</label>
        <input id="source-contact" autoComplete="off" {...invalid('contact')} {...register('contact')} />
        <p className="muted">{t('sources.fields.contactHint')}</p>
        {error('contact')}
      </div>
      <div className="field">
        <label htmlFor="source-reliability">{t('sources.fields.reliability')}</label>
        <input id="source-reliability" type="number" min={1} max={5} step={1} inputMode="numeric" {...invalid('reliability')} {...register('reliability', { valueAsNumber: true })} />
        {error('reliability')}
      </div>
      <div className="field">
        <label htmlFor="source-note">{t('sources.fields.reliabilityNote')}</label>
        <textarea id="source-note" rows={2} {...invalid('reliabilityNote')} {...register('reliabilityNote')} />
        {error('reliabilityNote')}
      </div>
      <div className={styles.row}>
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('sources.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('sources.cancel')}
        </button>
      </div>
    </form>
  );
}
