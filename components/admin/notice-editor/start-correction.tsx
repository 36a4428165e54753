'use client';

// A published notice is changed by starting a correction: a new draft version, published later
// with a "what changed" note to everyone who got an earlier version.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import { FormActions, FormErrorSummary } from '../../ui/form';
import { useSaveStatus } from '../../ui/save-status';

export function StartCorrection({ noticeId, onStarted }: { noticeId: string; onStarted: () => Promise<void> }) {
  const t = useTranslations('noticeEditor');
  const trpc = useTRPC();
  const { error, run } = useSaveStatus('noticeEditor');
  const start = useMutation(trpc.notices.startCorrection.mutationOptions());
  return (
    <div>
      <FormErrorSummary error={error} />
      <FormActions>
        <button
          type="button"
          className="button"
          disabled={start.isPending}
          onClick={() =>
            run(async () => {
              await start.mutateAsync({ noticeId });
              await onStarted();
              return null;
            })
          }
        >
          {t('startCorrection')}
        </button>
        <span className="muted">{t('correctionHint')}</span>
      </FormActions>
    </div>
  );
}
