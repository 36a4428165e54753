// The report being written, kept on this phone until it is sent: a reload, a language switch or a
// dropped tab does not lose what was typed. Contact details and photos are never kept here (a phone
// may be looked at by someone else); the privacy page names this store. Sending or starting over
// clears it, and an old draft (a week) is dropped rather than restored.
const KEY = 'raspa.report-draft.v1';
const MAX_AGE_MS = 7 * 24 * 3600_000;

export interface ReportDraft {
  text?: string;
  regionCode?: string;
  settlement?: string;
  settlementId?: string;
  heardAt?: string;
  heardVia?: string;
}

export function loadReportDraft(): ReportDraft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as (ReportDraft & { savedAt?: number }) | null;
    if (!stored || typeof stored !== 'object' || typeof stored.savedAt !== 'number' || Date.now() - stored.savedAt > MAX_AGE_MS) return null;
    const draft: ReportDraft = {};
    for (const field of ['text', 'regionCode', 'settlement', 'settlementId', 'heardAt', 'heardVia'] as const) {
      if (typeof stored[field] === 'string' && stored[field]) draft[field] = stored[field];
    }
    return draft;
  } catch {
    return null; // storage blocked (private mode) or unreadable: start empty
  }
}

export function saveReportDraft(draft: ReportDraft): void {
  try {
    if (!draft.text?.trim()) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify({ ...draft, savedAt: Date.now() }));
  } catch {
    // Storage full or blocked: the form still works, only the draft is not kept.
  }
}

export function clearReportDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
