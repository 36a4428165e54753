'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { InboxFilters } from '@/server/rumors/schema';
import { useTRPC } from '../../trpc/client';
import { useServerErrorMessage } from '../../ui/form-errors';
import styles from './inbox.module.css';

/** The moderator's own named filters. Lives inside the filter form, so it uses no form of its own. */
export function SavedFilters({ filters, onApply }: { filters: InboxFilters; onApply: (filters: InboxFilters) => void }) {
  const t = useTranslations('inbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useServerErrorMessage('inbox');
  const [name, setName] = useState('');
  const [selectedId, setSelectedId] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const { data: saved = [] } = useQuery(trpc.rumors.listInboxFilters.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.rumors.listInboxFilters.queryKey() });
  const save = useMutation(
    trpc.rumors.saveInboxFilter.mutationOptions({
      onSuccess: async (row) => {
        setName('');
        setSelectedId(row.id);
        setMessage({ kind: 'info', text: t('filterSaved') });
        await refresh();
      },
      onError: (error) => setMessage({ kind: 'error', text: errorMessage(error) }),
    }),
  );
  const remove = useMutation(
    trpc.rumors.deleteInboxFilter.mutationOptions({
      onSuccess: async () => {
        setSelectedId('');
        await refresh();
      },
      onError: (error) => setMessage({ kind: 'error', text: errorMessage(error) }),
    }),
  );
  const doSave = () => save.mutate({ name, query: filters });

  return (
    <div className={styles.saved}>
      <div className="field">
        <label htmlFor="inbox-saved">{t('savedFilters')}</label>
        <select
          id="inbox-saved"
          value={selectedId}
          onChange={(event) => {
            setSelectedId(event.target.value);
            const chosen = saved.find((s) => s.id === event.target.value);
            if (chosen) onApply(chosen.query);
          }}
        >
          <option value="">{t('savedFilterChoose')}</option>
          {saved.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {selectedId && (
        <button type="button" className="button button--quiet" disabled={remove.isPending} onClick={() => remove.mutate({ id: selectedId })}>
          {t('deleteFilter')}
        </button>
      )}
      <div className="field">
        <label htmlFor="inbox-filter-name">{t('filterName')}</label>
        <input
          id="inbox-filter-name"
          value={name}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              doSave();
            }
          }}
        />
      </div>
      <button type="button" className="button button--secondary" disabled={save.isPending} onClick={doSave}>
        {t('saveFilter')}
      </button>
      <p role="status" className={message?.kind === 'error' ? 'field-error' : 'muted'}>
        {message?.text}
      </p>
    </div>
  );
}
