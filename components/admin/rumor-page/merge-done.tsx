'use client';

// The message that says a manual merge happened, with its undo right there: a wrong merge is seen
// at once, and the moderator should not have to find it again in the rumour's history. The undo is
// the same one the history offers (rumors.undoMerge on the merge's own event).
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { useTRPC } from '../../trpc/client';
import { useServerErrorMessage } from '../../ui/form-errors';
import styles from './rumor-page.module.css';

/** What a merge answered: enough to undo it. */
export interface DoneMerge {
  targetId: string;
  mergeEventId: string;
}

export function MergeDone({ merge, message, onUndone, className = 'alert alert--info' }: { merge: DoneMerge; message: string; onUndone: () => void; className?: string }) {
  const t = useTranslations('rumorPage');
  const language = useLocale() as Language;
  const trpc = useTRPC();
  const serverError = useServerErrorMessage('rumorPage');
  const undo = useMutation(trpc.rumors.undoMerge.mutationOptions({ onSettled: onUndone }));
  return (
    <div className={className} data-testid="merge-done">
      <p role="status" style={{ margin: 0 }}>
        {undo.isSuccess ? t('undoMergeDone', { n: formatNumber(language, undo.data.reportsReturned) }) : message}
      </p>
      {undo.isError && (
        <p role="alert" className="field-error" style={{ margin: 0 }}>
          {serverError(undo.error)}
        </p>
      )}
      {!undo.isSuccess && (
        <div className={styles.row}>
          <button type="button" className={`button button--secondary ${styles.small}`} disabled={undo.isPending} onClick={() => undo.mutate({ id: merge.targetId, eventId: merge.mergeEventId })}>
            {t('undoMerge')}
          </button>
        </div>
      )}
    </div>
  );
}
