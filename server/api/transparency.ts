// GET /api/v1/transparency/{quarter|live}/{report.pdf|tables.json|<table>.csv}?region=&lang=
// (&version= for a published quarter, &from=&to= for live figures): the transparency report's
// downloads, built from the same protected tables as the page. Published versions never change,
// so they are cacheable for a day; live figures for five minutes, and they are rate-limited.
import { ApiProblem, validationProblem } from '../http/problem';
import { translatorFor } from '../i18n/translator';
import { listRegions } from '../regions/list-regions';
import { toCsv, CSV_CONTENT_TYPE } from '../exports/csv';
import { MIN_PUBLIC_COUNT } from '../disclosure/small-counts';
import { reportPresenter } from '../transparency/present';
import { renderTransparencyPdf } from '../transparency/render-pdf';
import { resolveReport } from '../transparency/report-source';
import { buildReportTables, machineValue, TABLE_IDS, type TableId } from '../transparency/tables';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';
import { type Language, placeName } from '../i18n/languages';

const PUBLISHED_CACHE = 'public, s-maxage=86400, max-age=3600';
const LIVE_CACHE = 'public, s-maxage=300, max-age=300';

function fileKind(file: string): { kind: 'pdf' } | { kind: 'json' } | { kind: 'csv'; table: TableId } | null {
  if (file === 'report.pdf') return { kind: 'pdf' };
  if (file === 'tables.json') return { kind: 'json' };
  const table = file.endsWith('.csv') ? file.slice(0, -4) : '';
  return (TABLE_IDS as readonly string[]).includes(table) ? { kind: 'csv', table: table as TableId } : null;
}

export async function handleTransparencyDownload(request: Request, deps: ApiDeps, { source, file }: { source: string; file: string }): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const kind = fileKind(file);
      const live = source === 'live';
      if (!kind || (!live && !/^\d{4}-Q[1-4]$/.test(source))) throw new ApiProblem(404, 'not_found');
      const params = context.url.searchParams;
      const language: Language = context.language;
      if (live) {
        if (!params.get('from') && !params.get('to')) throw validationProblem({ from: [translatorFor(language)('transparency.errors.periodRequired')] });
        await enforceRateLimit(deps, 'export', { client: request.headers });
      }
      const resolved = await resolveReport(
        deps.db,
        live
          ? { from: params.get('from') ?? '', to: params.get('to') ?? '', region: params.get('region') ?? undefined }
          : { quarter: source, version: params.get('version') ?? undefined, region: params.get('region') ?? undefined },
      );
      const t = translatorFor(language);
      const fieldErrors = Object.fromEntries(
        Object.entries(resolved.errors)
          .filter(([field]) => field !== 'quarter')
          .map(([field, key]) => [field, [t.has(`transparency.errors.${key as 'generic'}`) ? t(`transparency.errors.${key as 'generic'}`) : t(`errors.${key as 'invalid'}`)]]),
      );
      if (Object.keys(fieldErrors).length > 0) throw validationProblem(fieldErrors);
      if (!resolved.source || (live && resolved.source.kind !== 'live')) throw new ApiProblem(404, 'not_found');
      const { figures, period } = resolved.source;
      const regions = await listRegions(deps.db);
      const regionNames = Object.fromEntries(regions.map((r) => [r.code, placeName(r, language)]));
      const present = reportPresenter(language, regionNames);
      const tables = buildReportTables(figures, resolved.scope);
      const published = resolved.source.kind === 'published' ? resolved.source.report : null;
      const cache = { 'cache-control': published ? PUBLISHED_CACHE : LIVE_CACHE, vary: 'accept-language' };
      const stamp = `${published ? published.quarter : `${period.from}_${period.to}`}-${resolved.scope}-${language}`;

      if (kind.kind === 'csv') {
        const table = tables.find((tb) => tb.id === kind.table);
        if (!table) throw new ApiProblem(404, 'not_found');
        const rows = [
          ['row', 'label', ...table.columns],
          ...table.rows.map((row) => [row.key, present.rowLabel(table, row.key), ...row.values.map(machineValue)]),
          ...(table.total ? [['total', t('transparency.columns.total'), ...table.total.map(machineValue)]] : []),
        ];
        return new Response(toCsv(rows), { headers: { ...cache, 'content-type': CSV_CONTENT_TYPE, 'content-disposition': `attachment; filename="raspa-transparency-${stamp}-${table.id}.csv"` } });
      }

      const status = published
        ? `${t('transparency.publishedOn', { date: present.date(published.publishedAt) })}${published.latestVersion > 1 ? ` · ${t('transparency.versionOf', { version: published.version, latest: published.latestVersion })}` : ''}`
        : t('transparency.liveNotice');
      if (kind.kind === 'json') {
        return Response.json(
          {
            report: {
              kind: published ? 'published' : 'live',
              quarter: published?.quarter ?? null,
              version: published?.version ?? null,
              latestVersion: published?.latestVersion ?? null,
              publishedAt: published?.publishedAt.toISOString() ?? null,
              changeNote: published?.changeNote ?? null,
              period,
              computedAt: figures.computedAt,
              scope: resolved.scope,
              scopeName: present.scopeName(resolved.scope),
              language,
              narrative: published?.narratives[language] ?? null,
            },
            rules: { minPublicCount: MIN_PUBLIC_COUNT, small: `<${MIN_PUBLIC_COUNT}`, withheld: 'withheld', durations: 'seconds', shares: '0–1' },
            tables: tables.map((table) => ({
              id: table.id,
              title: present.tableTitle(table.id),
              columns: table.columns.map((key) => ({ key, label: present.columnLabel(table, key) })),
              rows: table.rows.map((row) => ({ key: row.key, label: present.rowLabel(table, row.key), values: row.values.map(machineValue) })),
              total: table.total?.map(machineValue) ?? null,
            })),
            publishedClaims: figures.publishedNotices
              .filter((n) => resolved.scope === 'KZ' || n.regionCodes.includes(resolved.scope))
              .map((n) => ({ slug: n.slug, verdict: n.verdict, title: n.titles[language] ?? n.titles.ru ?? n.titles.kk ?? n.titles.en, url: new URL(`/${language}/notices/${n.slug}`, deps.publicOrigin ?? context.url.origin).toString() })),
          },
          { headers: cache },
        );
      }

      const page = new URL(`/${language}/transparency`, deps.publicOrigin ?? context.url.origin);
      if (published) page.searchParams.set('quarter', published.quarter);
      else {
        page.searchParams.set('from', period.from);
        page.searchParams.set('to', period.to);
      }
      if (resolved.scope !== 'KZ') page.searchParams.set('region', resolved.scope);
      const pdf = await renderTransparencyPdf({ language, scope: resolved.scope, regionNames, period, figures, status, narrative: published?.narratives[language] ?? null, sourceUrl: page.toString() });
      return new Response(Buffer.from(pdf), { headers: { ...cache, 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="raspa-transparency-${stamp}.pdf"` } });
    }),
  );
}
