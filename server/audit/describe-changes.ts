// What an audit event recorded, in words in the viewer's language: each field's name from
// `audit.fields`, each value as people read it — statuses, verdicts, roles, channels and languages
// from the catalogues' own lists, yes/no, times and quarters in the language's format, region codes as region
// names. The audit log page and its CSV both use it; ids stay as they are (one searches by them).
import { formatDateTime, formatQuarter } from '../i18n/format';
import { placeName, type Language, type PlaceNames } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import { auditChanges } from './list-audit-events';

export interface AuditChangeInWords {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Where a field's values are said in words: a message prefix, by the entity the event is about where it matters. */
const VALUE_MESSAGES: Record<string, string | ((entityType: string) => string | undefined)> = {
  status: (entityType) =>
    ({ Rumor: 'status', Notice: 'noticeEditor.status', VerdictDraft: 'verification.draftStatus', VerificationRequest: 'verification.requestStatus' })[entityType],
  verdict: 'verdict',
  publishedVerdict: 'verdict',
  role: 'roles',
  channel: (entityType) => (entityType === 'Report' ? 'inbox.channels' : 'reach.channel'),
  contactKind: 'report.contactKind',
  stance: 'verification.stances',
  answer: 'verification.answers',
  urgency: 'noticeEditor.urgencyValues',
  cadence: 'subscribe.cadenceValues',
  language: 'common.languages',
  matchedLanguage: 'common.languages',
  languages: 'common.languages',
  missingLanguages: 'common.languages',
  script: 'common.scripts',
  matchedScript: 'common.scripts',
};
const REGION_FIELDS = new Set(['regionCode', 'regionCodes', 'routedRegionCodes']);
const TIME_FIELDS = new Set(['dueAt', 'lockedUntil', 'computedAt', 'figuresComputedAt']);

type Loose = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

export function describeAuditChanges(
  t: Translator,
  language: Language,
  event: { entityType: string; before: unknown; after: unknown },
  regions: ReadonlyMap<string, PlaceNames>,
): AuditChangeInWords[] {
  const say = t as unknown as Loose;
  const valueInWords = (field: string, value: unknown): string => {
    if (typeof value === 'boolean') return say(value ? 'auditLog.yes' : 'auditLog.no');
    if (Array.isArray(value)) return value.map((v) => valueInWords(field, v)).join(', ');
    if (value !== null && typeof value === 'object') return JSON.stringify(value);
    const text = String(value);
    if (REGION_FIELDS.has(field)) {
      const region = regions.get(text);
      return region ? placeName(region, language) : text;
    }
    // A transparency report's quarter ("2026-Q3") as the language names it.
    if (field === 'quarter') return formatQuarter(language, text);
    if (TIME_FIELDS.has(field)) {
      const time = new Date(text);
      return Number.isNaN(time.getTime()) ? text : formatDateTime(language, time, 'medium');
    }
    const rule = VALUE_MESSAGES[field];
    const prefix = typeof rule === 'function' ? rule(event.entityType) : rule;
    return prefix && say.has(`${prefix}.${text}`) ? say(`${prefix}.${text}`) : text;
  };
  const words = (field: string, value: unknown) => (value === undefined || value === null ? null : valueInWords(field, value));
  const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const before = record(event.before);
  const after = record(event.after);
  return auditChanges(event.before, event.after).map(({ field }) => ({
    field,
    label: say.has(`audit.fields.${field}`) ? say(`audit.fields.${field}`) : field,
    before: words(field, before[field]),
    after: words(field, after[field]),
  }));
}
