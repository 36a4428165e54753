// GET /api/admin/export/{rumors.csv|rumors.geojson|reports.csv|reports.geojson}?region=&from=&to=:
// region-scoped staff exports without personal data (see server/exports/staff-export.ts), for
// moderators and admins. Downloads only; never cached.
import { requireStaffActor } from '../auth/current-actor';
import { ApiProblem, translateFieldErrors, validationProblem } from '../http/problem';
import { MODERATION_ROLES } from '../policy';
import { CSV_CONTENT_TYPE } from '../exports/csv';
import { STAFF_EXPORT_FILES, staffExportInput, type StaffExportFile } from '../exports/schema';
import { exportReports, exportRumors } from '../exports/staff-export';
import { renderReportCsv, renderReportGeoJson, renderRumorCsv, renderRumorGeoJson } from '../exports/staff-formats';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';

function isStaffExportFile(file: string): file is StaffExportFile {
  return (STAFF_EXPORT_FILES as readonly string[]).includes(file);
}

export async function handleStaffExport(request: Request, deps: ApiDeps, { file }: { file: string }): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    // Region scope is checked by the export itself, with the regions asked for in hand.
    const actor = await requireStaffActor(deps.db, await deps.session(), MODERATION_ROLES);
    if (!isStaffExportFile(file)) throw new ApiProblem(404, 'not_found');
    const params = context.url.searchParams;
    const input = staffExportInput.safeParse({ regionCode: params.get('region') || undefined, from: params.get('from') || undefined, to: params.get('to') || undefined });
    if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { regionCode: 'region' }));
    const [kind, format] = file.split('.') as ['rumors' | 'reports', 'csv' | 'geojson'];
    const stamp = [input.data.regionCode, input.data.from, input.data.to].filter(Boolean).join('_') || 'all';
    const headers = (contentType: string, truncated: boolean) => ({
      'content-type': contentType,
      'content-disposition': `attachment; filename="raspa-${kind}-${stamp}.${format}"`,
      'x-raspa-truncated': String(truncated),
    });
    if (kind === 'rumors') {
      const { rows, truncated } = await exportRumors(deps.db, actor, input.data, format);
      return format === 'csv'
        ? new Response(renderRumorCsv(rows), { headers: headers(CSV_CONTENT_TYPE, truncated) })
        : new Response(JSON.stringify(renderRumorGeoJson(rows)), { headers: headers('application/geo+json', truncated) });
    }
    const { rows, truncated } = await exportReports(deps.db, actor, input.data, format, context.language);
    return format === 'csv'
      ? new Response(renderReportCsv(rows), { headers: headers(CSV_CONTENT_TYPE, truncated) })
      : new Response(JSON.stringify(renderReportGeoJson(rows)), { headers: headers('application/geo+json', truncated) });
  });
}
