'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import {
  inboxFilterFields,
  priorityLevelValues,
  reportChannelValues,
  rumorStatusValues,
  type InboxFilters,
} from '@/server/rumors/schema';
import { z } from 'zod';
import { typedDay, typedDaysInOrder } from '@/components/ui/typed-days';
import { formatNumericDay, parseNumericDay } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { SavedFilters } from './saved-filters';
import styles from './inbox.module.css';
import { LanguageOptions } from '../../i18n/language-options';

type ErrorKey = Parameters<ReturnType<typeof useTranslations<'inbox.errors'>>>[0];

const WIDE = '(min-width: 641px)';

// The "last seen" days are text in the moderator's own way of writing dates (31.03.2026 in kk and ru,
// 31/03/2026 in en), not a browser date picker, which shows its own locale's pattern (mm/dd/yyyy on
// a kk page in a browser without Kazakh data). The inbox and saved filters keep them as YYYY-MM-DD.
type DayField = 'lastSeenFrom' | 'lastSeenTo';
const typedDays = z
  .object({ lastSeenFrom: typedDay, lastSeenTo: typedDay })
  .refine(({ lastSeenFrom, lastSeenTo }) => typedDaysInOrder(lastSeenFrom, lastSeenTo), { message: 'dayRangeInvalid', path: ['lastSeenTo'] });

/** Why a typed day cannot be used (an errors.* key), by field; empty when both can. */
function dayErrors(typed: Record<DayField, string>): Partial<Record<DayField, 'dateInvalid' | 'dayRangeInvalid'>> {
  const parsed = typedDays.safeParse(typed);
  const errors: Partial<Record<DayField, 'dateInvalid' | 'dayRangeInvalid'>> = {};
  for (const issue of parsed.error?.issues ?? []) errors[issue.path[0] as DayField] ??= issue.message as 'dateInvalid' | 'dayRangeInvalid';
  return errors;
}

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Reads the filter form into the shape the inbox procedure validates; empty fields are left out. */
function readFilters(form: HTMLFormElement): unknown {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = String(data.get(name) ?? '').trim();
    return value === '' ? undefined : value;
  };
  const list = (name: string) => {
    const values = data.getAll(name).map(String);
    return values.length ? values : undefined;
  };
  return {
    q: text('q'),
    overdue: data.get('overdue') ? true : undefined,
    status: list('status'),
    priority: list('priority'),
    highRiskOnly: data.get('highRiskOnly') ? true : undefined,
    languageMerge: data.get('languageMerge') ? true : undefined,
    regionCode: text('regionCode'),
    language: text('language'),
    channel: text('channel'),
    assignee: text('assignee'),
    lastSeenFrom: parseNumericDay(text('lastSeenFrom') ?? '') ?? undefined,
    lastSeenTo: parseNumericDay(text('lastSeenTo') ?? '') ?? undefined,
  };
}

export function InboxFilterBar({
  filters,
  onApply,
  regionOptions,
}: {
  filters: InboxFilters;
  onApply: (filters: InboxFilters) => void;
  regionOptions: { code: string; name: string }[];
}) {
  const t = useTranslations();
  const tErrors = useTranslations('inbox.errors');
  const tFieldErrors = useTranslations('errors');
  const locale = useLocale() as Language;
  const [queryError, setQueryError] = useState<string | null>(null);
  const [dayError, setDayError] = useState<ReturnType<typeof dayErrors>>({});
  // Filters set from elsewhere (reset, a saved filter) replace what was typed, and its errors.
  const apply = (next: InboxFilters) => {
    setDayError({});
    onApply(next);
  };
  const advancedCount = Object.entries(filters).filter(([key, value]) => key !== 'q' && key !== 'overdue' && value !== undefined).length;
  const activeCount = advancedCount + (filters.q ? 1 : 0) + (filters.overdue ? 1 : 0);
  // On a phone search and filters fold away so the first rumour is on the first screen; they stay
  // open while any is in use. Wider screens always show them.
  const wide = useSyncExternalStore(subscribeToWidth, () => window.matchMedia(WIDE).matches, () => false);
  const [unfolded, setUnfolded] = useState(activeCount > 0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const days = dayErrors({ lastSeenFrom: String(data.get('lastSeenFrom') ?? '').trim(), lastSeenTo: String(data.get('lastSeenTo') ?? '').trim() });
    setDayError(days);
    if (Object.keys(days).length > 0) return;
    const parsed = inboxFilterFields.safeParse(readFilters(event.currentTarget));
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? 'generic';
      setQueryError(tErrors.has(key as ErrorKey) ? tErrors(key as ErrorKey) : tErrors('generic'));
      return;
    }
    setQueryError(null);
    onApply(parsed.data);
  }

  const day = (name: DayField, id: string, label: string) => {
    const error = dayError[name];
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          defaultValue={filters[name] ? formatNumericDay(filters[name], locale) : ''}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('common.datePattern')}
          maxLength={10}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {tFieldErrors(error)}
          </p>
        )}
      </div>
    );
  };

  return (
    // Re-mounted when filters change from outside (a saved filter, reset) so defaults follow them.
    <details className={styles.filtersFold} open={wide || unfolded} onToggle={(event) => !wide && setUnfolded(event.currentTarget.open)}>
      <summary>
        {t('inbox.searchAndFilters')}
        {activeCount > 0 ? ` (${activeCount})` : ''}
      </summary>
    <form key={JSON.stringify(filters)} role="search" className={styles.filterBar} onSubmit={submit} aria-label={t('inbox.filtersTitle')}>
      <div className={styles.searchRow}>
        <div className="field">
          <label htmlFor="inbox-q">{t('inbox.search')}</label>
          <input
            id="inbox-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            aria-invalid={queryError ? 'true' : 'false'}
            aria-describedby={queryError ? 'inbox-q-hint inbox-q-error' : 'inbox-q-hint'}
          />
          <small id="inbox-q-hint" className="muted">
            {t('inbox.searchHint')}
          </small>
          {queryError && (
            <p id="inbox-q-error" className="field-error" role="alert">
              {queryError}
            </p>
          )}
        </div>
        <label className={styles.toggle}>
          <input type="checkbox" name="overdue" defaultChecked={filters.overdue ?? false} />
          {t('inbox.overdueOnly')}
        </label>
        <button type="submit" className="button">
          {t('inbox.apply')}
        </button>
      </div>

      <details className={styles.more} open={advancedCount > 0}>
        <summary>
          {t('inbox.filters')}
          {advancedCount > 0 ? ` (${advancedCount})` : ''}
        </summary>
        <div className={styles.grid}>
          <fieldset>
            <legend>{t('inbox.status')}</legend>
            {rumorStatusValues.map((status) => (
              <label key={status}>
                <input type="checkbox" name="status" value={status} defaultChecked={filters.status?.includes(status) ?? false} />
                {t(`status.${status}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('inbox.priority')}</legend>
            {priorityLevelValues.map((level) => (
              <label key={level}>
                <input type="checkbox" name="priority" value={level} defaultChecked={filters.priority?.includes(level) ?? false} />
                {t(`priority.${level}`)}
              </label>
            ))}
            <label>
              <input type="checkbox" name="highRiskOnly" defaultChecked={filters.highRiskOnly ?? false} />
              {t('inbox.highRiskOnly')}
            </label>
            <label>
              <input type="checkbox" name="languageMerge" defaultChecked={filters.languageMerge ?? false} />
              {t('inbox.languageMergeOnly')}
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="inbox-region">{t('inbox.region')}</label>
            <select id="inbox-region" name="regionCode" defaultValue={filters.regionCode ?? ''}>
              <option value="">{t('inbox.regionAll')}</option>
              {regionOptions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="inbox-language">{t('inbox.language')}</label>
            <select id="inbox-language" name="language" defaultValue={filters.language ?? ''}>
              <option value="">{t('inbox.languageAny')}</option>
              <LanguageOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="inbox-channel">{t('inbox.channel')}</label>
            <select id="inbox-channel" name="channel" defaultValue={filters.channel ?? ''}>
              <option value="">{t('inbox.channelAny')}</option>
              {reportChannelValues.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`inbox.channels.${channel}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="inbox-assignee">{t('inbox.assignee')}</label>
            <select id="inbox-assignee" name="assignee" defaultValue={filters.assignee === 'me' || filters.assignee === 'unassigned' ? filters.assignee : ''}>
              <option value="">{t('inbox.assigneeAny')}</option>
              <option value="me">{t('inbox.assigneeMe')}</option>
              <option value="unassigned">{t('inbox.assigneeUnassigned')}</option>
            </select>
          </div>
          {day('lastSeenFrom', 'inbox-from', t('inbox.lastSeenFrom'))}
          {day('lastSeenTo', 'inbox-to', t('inbox.lastSeenTo'))}
        </div>
        <div className={styles.actionsRow}>
          <button type="submit" className="button">
            {t('inbox.apply')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => apply({})}>
            {t('inbox.reset')}
          </button>
        </div>
        <SavedFilters filters={filters} onApply={apply} />
      </details>
    </form>
    </details>
  );
}
