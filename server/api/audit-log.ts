// GET /api/admin/audit/events.csv?actor=&action=&region=&entityType=&entityId=&from=&to=: the audit log as
// CSV for admins, with the same filters as the page (server/audit/list-audit-events.ts), actions
// in words in the caller's language next to their stable names. The download is itself audited.
import { requireStaffActor } from '../auth/current-actor';
import { describeAuditChanges } from '../audit/describe-changes';
import { exportAuditEvents, auditLogInput } from '../audit/list-audit-events';
import { CSV_CONTENT_TYPE, toCsv } from '../exports/csv';
import { translateFieldErrors, validationProblem } from '../http/problem';
import { translatorFor } from '../i18n/translator';
import { listRegions } from '../regions/list-regions';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';

export const AUDIT_CSV_COLUMNS = ['id', 'time_utc', 'actor', 'action', 'action_words', 'entity_type', 'entity_id', 'changes'] as const;

export async function handleAuditLogCsv(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    const actor = await requireStaffActor(deps.db, await deps.session(), ['ADMIN']);
    const params = context.url.searchParams;
    const value = (name: string) => params.get(name) || undefined;
    const input = auditLogInput.safeParse({ actorId: value('actor'), action: value('action'), entityType: value('entityType'), entityId: value('entityId'), regionCode: value('region'), from: value('from'), to: value('to') });
    if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { actorId: 'actor', regionCode: 'region' }));
    const { events, truncated } = await exportAuditEvents(deps.db, actor, input.data);
    const t = translatorFor(context.language);
    const regions = new Map((await listRegions(deps.db)).map((r) => [r.code, r]));
    const rows = events.map((e) => [
      e.id,
      e.createdAt.toISOString(),
      e.actorName ?? t(e.actorMessage!),
      e.action,
      t(e.message),
      e.entityType,
      e.entityId,
      e.detailsRemovedAt
        ? t('auditLog.detailsRemoved', { date: e.detailsRemovedAt.toISOString().slice(0, 10) })
        : describeAuditChanges(t, context.language, e, regions)
            .map((c) => `${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`)
            .join('; '),
    ]);
    return new Response(toCsv([[...AUDIT_CSV_COLUMNS], ...rows]), {
      headers: { 'content-type': CSV_CONTENT_TYPE, 'content-disposition': 'attachment; filename="raspa-audit-log.csv"', 'cache-control': 'no-store', 'x-raspa-truncated': String(truncated) },
    });
  });
}
