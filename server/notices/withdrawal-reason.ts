// Why a notice was withdrawn, as moderators wrote it in each language. Readers get their own
// language or the nearest one written (the same order as notice texts); a superseded interim
// notice has no reason at all.
import { LANGUAGES, pickByLanguage, type Language } from '../i18n/languages';

export interface WithdrawalReasonColumns {
  withdrawnReasonKk: string | null;
  withdrawnReasonRu: string | null;
  withdrawnReasonEn: string | null;
}

/** Prisma `select` for the three columns. */
export const WITHDRAWAL_REASON_SELECT = { withdrawnReasonKk: true, withdrawnReasonRu: true, withdrawnReasonEn: true } as const;

const COLUMN: Record<Language, keyof WithdrawalReasonColumns> = { kk: 'withdrawnReasonKk', ru: 'withdrawnReasonRu', en: 'withdrawnReasonEn' };

/** The reason in `language`, or the nearest language it was written in; null when there is none. */
export function withdrawalReasonIn(row: WithdrawalReasonColumns, language: Language): string | null {
  return pickByLanguage(withdrawalReasons(row), language) ?? null;
}

/** Every language's reason as written (for the API and the editor); missing ones are absent. */
export function withdrawalReasons(row: WithdrawalReasonColumns): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    const reason = row[COLUMN[language]]?.trim();
    if (reason) out[language] = reason;
  }
  return out;
}

/** The columns to store for a withdrawal (empty languages stay null). */
export function withdrawalReasonColumns(reasons: Partial<Record<Language, string>>): WithdrawalReasonColumns {
  return { withdrawnReasonKk: reasons.kk || null, withdrawnReasonRu: reasons.ru || null, withdrawnReasonEn: reasons.en || null };
}
