'use client';

import { useTranslatedFieldMessage, useTranslatedServerError } from '../use-translated-errors';

export const useFieldMessage = () => useTranslatedFieldMessage('settings');
export const useServerError = () => useTranslatedServerError('settings');
