'use client';

import { useTranslatedFieldMessage, useTranslatedServerError } from '../use-translated-errors';

export const useNoticeFieldMessage = () => useTranslatedFieldMessage('noticeEditor');
export const useNoticeServerError = () => useTranslatedServerError('noticeEditor');
