'use client';

// The settlement type-ahead behind settlement-field.tsx's input (part of the on-demand chunk,
// on-demand.ts, so it may arrive after the first keystroke). Any spelling works: the server matches script-neutral keys. Choosing a suggestion also fills the region.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ComboboxHandlers, ComboboxState, SettlementFieldProps, SettlementSuggestion } from './settlement-field';
import { useDebouncedJson } from './use-debounced-fetch';
import styles from './report-form.module.css';

interface Props extends SettlementFieldProps {
  listId: string;
  handlersRef: RefObject<ComboboxHandlers | null>;
  onStateChange: (state: ComboboxState) => void;
}

export function SettlementSuggestions({ t, locale, regionCode, regionNames, value, chosenId, onChoose, listId, handlersRef, onStateChange }: Props) {
  // Mounted by the first keystroke, so the list may open straight away.
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  const query = value.trim();
  const url = !chosenId && query.length >= 2 ? `/api/v1/settlements?lang=${locale}${regionCode ? `&region=${regionCode}` : ''}` : null;
  // Posted: where a reporter is, as they type it, is in no address (server/api/settlements.ts).
  const { data, loading, refusedStatus } = useDebouncedJson<{ results: SettlementSuggestion[] }>(url, 250, JSON.stringify({ q: query }));
  const suggestions = data?.results ?? [];
  const expanded = open && suggestions.length > 0;
  const activeOptionId = expanded && active >= 0 ? `${listId}-${active}` : undefined;

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

  // The input lives in settlement-field.tsx: hand it the current handlers and its aria state.
  useEffect(() => {
    handlersRef.current = {
      onInput: () => {
        setOpen(true);
        setActive(-1);
      },
      onKeyDown,
      onBlur: () => setTimeout(() => setOpen(false), 150),
    };
  });
  useEffect(() => onStateChange({ expanded, activeOptionId }), [expanded, activeOptionId, onStateChange]);

  return (
    <>
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
      {!chosenId && url && !loading && data && suggestions.length === 0 && <p className={styles.hint}>{t('report.settlementNoMatch')}</p>}
      {/* Too many place searches from this network (server/http/rate-limit.ts `place.search`): say so; what was typed stays and is sent as typed. */}
      {!chosenId && url && !loading && refusedStatus === 429 && (
        <p className={styles.hint} role="status">
          {t('report.settlementRateLimited')}
        </p>
      )}
    </>
  );
}
