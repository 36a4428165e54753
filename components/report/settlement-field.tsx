'use client';

// The town or village (an ARIA combobox). The input is part of the page; the type-ahead behind it
// (settlement-suggestions.tsx: search, list, arrow keys) is in the on-demand chunk (on-demand.ts).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { OnDemand, SettlementSuggestions } from './lazy-parts';
import type { ReportText } from './report-text';
import styles from './report-form.module.css';

export interface SettlementSuggestion {
  id: string;
  name: string;
  regionCode: string;
  matchedAlias: string | null;
}

/** What the type-ahead tells the input, for its aria attributes. */
export interface ComboboxState {
  expanded: boolean;
  activeOptionId: string | undefined;
}

/** What the input passes on to the type-ahead. */
export interface ComboboxHandlers {
  onInput(): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onBlur(): void;
}

export interface SettlementFieldProps {
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

export function SettlementField(props: SettlementFieldProps) {
  const { t, value, chosenId, error, onType } = props;
  const listId = useId();
  const [typed, setTyped] = useState(false);
  const [combobox, setCombobox] = useState<ComboboxState>({ expanded: false, activeOptionId: undefined });
  const handlersRef = useRef<ComboboxHandlers | null>(null);
  const emptyList = <ul id={listId} role="listbox" aria-label={t('report.suggestions')} className={styles.suggestions} hidden />;

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
        aria-expanded={combobox.expanded}
        aria-controls={listId}
        aria-activedescendant={combobox.activeOptionId}
        aria-describedby={error ? 'settlement-hint settlement-error' : 'settlement-hint'}
        aria-invalid={error ? 'true' : 'false'}
        value={value}
        maxLength={120}
        onChange={(event) => {
          onType(event.target.value);
          setTyped(true);
          handlersRef.current?.onInput();
        }}
        onKeyDown={(event) => handlersRef.current?.onKeyDown(event)}
        onBlur={() => handlersRef.current?.onBlur()}
      />
      {typed ? (
        <OnDemand fallback={emptyList}>
          <SettlementSuggestions {...props} listId={listId} handlersRef={handlersRef} onStateChange={setCombobox} />
        </OnDemand>
      ) : (
        emptyList
      )}
      {chosenId && <p className={styles.hint}>{t('report.settlementChosen', { name: value })}</p>}
      {error && (
        <p id="settlement-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
