'use client';

// A published notice is changed by starting a correction: a new draft version, published later
// with a "what changed" note to everyone who got an earlier version.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../../trpc/client';
import { FormActions, FormErrorSummary } from '../../ui/form';
import { useServerErrorMessage } from '../../ui/form-errors';

export function StartCorrection({ noticeId, onStarted }: { noticeId: string; onStarted: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const trpc = useTRPC();
  const serverError = useServerErrorMessage('noticeEditor');
  const start = useMutation(trpc.notices.startCorrection.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <FormErrorSummary error={error} />
      <FormActions>
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={async () => {
            setError(null);
            try {
              await start.mutateAsync({ noticeId });
              await onStarted();
            } catch (e) {
              setError(serverError(e));
            }
          }}
        >
          {t('startCorrection')}
        </button>
        <span className="muted">{t('correctionHint')}</span>
      </FormActions>
    </div>
  );
}
