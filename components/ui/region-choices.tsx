'use client';

// The regions a thing covers, ticked in a grid that reflows to two columns on a phone: a member's
// scope, a source's regions, a notice's regions, a webhook's regions.
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Choice, FieldGroup } from './form';

/** A region as the form shows it: its code and its name in the reader's language. */
export interface RegionChoice {
  code: string;
  name: string;
}

/** Bound to a form's array field (`field={register('regionCodes')}`), or to a list the caller keeps (`selected` + `onToggle`). */
type RegionBinding = { field: UseFormRegisterReturn } | { selected: readonly string[]; onToggle: (code: string, checked: boolean) => void };

export function RegionChoices({ legend, hint, error, regions, ...binding }: { legend: ReactNode; hint?: ReactNode; error?: string | null; regions: readonly RegionChoice[] } & RegionBinding) {
  return (
    <FieldGroup legend={legend} hint={hint} error={error} layout="grid">
      {regions.map((region) =>
        'field' in binding ? (
          <Choice key={region.code} label={region.name} value={region.code} {...binding.field} />
        ) : (
          <Choice key={region.code} label={region.name} checked={binding.selected.includes(region.code)} onChange={(event) => binding.onToggle(region.code, event.target.checked)} />
        ),
      )}
    </FieldGroup>
  );
}
