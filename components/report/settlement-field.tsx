'use client';

// Type-ahead for the town or village (ARIA combobox). Any spelling works: the server matches
// script-neutral keys. Choosing a suggestion also fills the region.
import { useId, useState, type KeyboardEvent } from 'react';
import { useDebouncedJson } from './use-debounced-fetch';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

export interface SettlementSuggestion {
  id: string;
  name: string;
  regionCode: string;
  matchedAlias: string | null;
}

interface Props {
  t: ReportText;
  locale: string;
  regionCode: string | undefined;
  regionNames: Record<string, string>;
  value: string;
  chosenId: string | undefined;
  error?: string;
  onType: (value: string) => void;
  onChoose: (suggestion: SettlementSuggestion) => void;
}

export function SettlementField({ t, locale, regionCode, regionNames, value, chosenId, error, onType, onChoose }: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = value.trim();
  const url = !chosenId && query.length >= 2 ? `/api/v1/settlements?lang=${locale}&q=${encodeURIComponent(query)}${regionCode ? `&region=${regionCode}` : ''}` : null;
  const { data, loading } = useDebouncedJson<{ results: SettlementSuggestion[] }>(url, 250);
  const suggestions = data?.results ?? [];
  const expanded = open && suggestions.length > 0;

  const choose = (suggestion: SettlementSuggestion) => {
    onChoose(suggestion);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === 'Enter' && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className={`field ${styles.combobox}`}>
      <label htmlFor="settlement">{t('report.settlementLabel')}</label>
      <p id="settlement-hint" className={styles.hint}>
        {t('report.settlementHint')}
      </p>
      <input
        id="settlement"
        name="settlement"
        type="text"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={error ? 'settlement-hint settlement-error' : 'settlement-hint'}
        aria-invalid={error ? 'true' : 'false'}
        value={value}
        maxLength={120}
        onChange={(event) => {
          onType(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={t('report.suggestions')} className={styles.suggestions} hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={styles.suggestion}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
          >
            <span className={styles.suggestionName}>{suggestion.name}</span>
            <span className={styles.suggestionMeta}>
              {suggestion.matchedAlias ? `${suggestion.matchedAlias} · ` : ''}
              {regionNames[suggestion.regionCode] ?? suggestion.regionCode}
            </span>
          </li>
        ))}
      </ul>
      {chosenId && <p className={styles.hint}>{t('report.settlementChosen', { name: value })}</p>}
      {!chosenId && url && !loading && data && suggestions.length === 0 && <p className={styles.hint}>{t('report.settlementNoMatch')}</p>}
      {error && (
        <p id="settlement-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
