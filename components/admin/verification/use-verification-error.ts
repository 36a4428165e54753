'use client';

import { useTranslatedFieldMessage, useTranslatedServerError } from '../use-translated-errors';

export const useFieldMessage = () => useTranslatedFieldMessage('verification');
export const useServerError = () => useTranslatedServerError('verification');

/** The value a datetime-local input expects, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
