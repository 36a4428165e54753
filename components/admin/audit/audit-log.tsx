// Admin → Audit log: a plain GET form of filters that comes back to this page (works without
// JavaScript), the matching events newest first in the admin's language, a page at a time, and the
// same selection as CSV.
import { getTranslations } from 'next-intl/server';
import { AUDIT_ACTION_NAMES, AUDIT_ENTITY_TYPES, auditActionMessageKey, auditEntityMessageKey } from '@/server/audit/actions';
import { describeAuditChanges } from '@/server/audit/describe-changes';
import { auditLogInput, listAuditActors, listAuditEvents } from '@/server/audit/list-audit-events';
import { db } from '@/server/db/client';
import { formatDate, formatDateTime, readTypedDay } from '@/server/i18n/format';
import type { Actor } from '@/server/policy';
import { AdminIntlProvider } from '../admin-intl';
import { AuditFilters } from './audit-filters';
import styles from './audit-log.module.css';
import { placeName, type Language } from '@/server/i18n/languages';
import { listRegions } from '@/server/regions/list-regions';

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const AUDIT_FILTER_FIELDS = ['actor', 'action', 'region', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTER_FIELDS)[number], string>;

export async function AuditLog({ locale, actor, query }: { locale: Language; actor: Actor; query: Query }) {
  const t = await getTranslations({ locale, namespace: 'auditLog' });
  const tAll = await getTranslations({ locale });
  const tErrors = await getTranslations({ locale, namespace: 'errors' });
  const values = Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, first(query[f]).trim()])) as AuditFilterValues;
  // Dates as the admin writes them (31.03.2026; YYYY-MM-DD from an older address): shown back that way.
  const days = { from: readTypedDay(values.from, locale), to: readTypedDay(values.to, locale) };
  values.from = days.from.shown;
  values.to = days.to.shown;
  const before = first(query.before);
  const parsed = auditLogInput.safeParse({
    actorId: values.actor || undefined,
    action: values.action || undefined,
    entityType: values.entityType || undefined,
    entityId: values.entityId || undefined,
    regionCode: values.region || undefined,
    // A typed text that is no day goes in as it is: refused, so nothing is listed under a filter that was not applied.
    from: days.from.day ?? (values.from || undefined),
    to: days.to.day ?? (values.to || undefined),
    before: before || undefined,
  });
  const errors: Partial<Record<keyof AuditFilterValues, string>> = {};
  for (const name of ['from', 'to'] as const) if (days[name].invalid) errors[name] = tErrors('dateInvalid');
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (({ actorId: 'actor', regionCode: 'region' } as Record<string, string>)[String(issue.path[0])] ?? String(issue.path[0] ?? 'to')) as keyof AuditFilterValues;
      errors[field] ??= tErrors.has(issue.message as 'invalid') ? tErrors(issue.message as 'invalid') : tErrors('invalid');
    }
  }
  const [people, regions, page] = await Promise.all([listAuditActors(db(), actor), listRegions(db()), parsed.success ? listAuditEvents(db(), actor, parsed.data) : null]);
  const entityWords = (type: string) => {
    const key = auditEntityMessageKey(type);
    return key ? tAll(key) : type;
  };
  const regionNames = new Map(regions.map((r) => [r.code, r]));
  const search = (extra: Record<string, string>) => {
    const params = new URLSearchParams(Object.entries({ ...values, ...extra }).filter(([, v]) => v));
    return `?${params.toString()}`;
  };
  // The download reads YYYY-MM-DD days (server/api/audit-log.ts).
  const csv = new URLSearchParams(Object.entries({ ...values, from: days.from.day ?? '', to: days.to.day ?? '' }).filter(([, v]) => v));
  csv.set('lang', locale);

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <AdminIntlProvider locale={locale} namespaces={['auditLog']}>
        <AuditFilters
          values={values}
          serverErrors={errors}
          options={{
            actor: people.map((p) => ({ value: p.id, label: p.active ? p.name : t('inactive', { name: p.name }) })),
            action: AUDIT_ACTION_NAMES.map((name) => ({ value: name, label: tAll(auditActionMessageKey(name)) })),
            region: regions.map((r) => ({ value: r.code, label: placeName(r, locale) })),
            entityType: AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: tAll(`audit.entities.${type}`) })),
          }}
          csvHref={page ? `/api/admin/audit/events.csv?${csv.toString()}` : null}
        />
      </AdminIntlProvider>

      {page && page.events.length === 0 && <p>{t('empty')}</p>}
      {page && page.events.length > 0 && (
        <ol className={styles.events} data-testid="audit-events">
          {page.events.map((e) => (
            <li key={e.id} className={`card ${styles.event}`}>
              <p>
                <strong>{e.actorName ?? tAll(e.actorMessage!)}</strong> {tAll(e.message)}
              </p>
              <p className={styles.meta}>
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(locale, e.createdAt, 'medium')}</time> · {t('on', { type: entityWords(e.entityType), id: e.entityId })}
              </p>
              {e.changes.length > 0 ? (
                // The roles keep it a table for screen readers where a phone's CSS lays its rows out as grids.
                <table className={styles.changes} role="table">
                  {/* The field's name gets the widest column on a wide screen; on a phone it takes a line of its own. */}
                  <colgroup>
                    <col className={styles.fieldColumn} />
                    <col />
                    <col />
                  </colgroup>
                  <thead role="rowgroup">
                    <tr role="row">
                      <th scope="col" role="columnheader">
                        {t('field')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('before')}
                      </th>
                      <th scope="col" role="columnheader">
                        {t('after')}
                      </th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {describeAuditChanges(tAll, locale, e, regionNames).map((c) => (
                      <tr key={c.field} role="row">
                        <th scope="row" role="rowheader">
                          {c.label}
                        </th>
                        <td role="cell">{c.before ?? '—'}</td>
                        <td role="cell">{c.after ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : e.detailsRemovedAt ? (
                <p className={styles.meta}>{t('detailsRemoved', { date: formatDate(locale, e.detailsRemovedAt, 'long') })}</p>
              ) : (
                <p className={styles.meta}>{t('nothingRecorded')}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {page && (page.nextBefore || before) && (
        <p className={styles.actions}>
          {before && <a href={search({})}>{t('newest')}</a>}
          {page.nextBefore && <a href={search({ before: page.nextBefore })}>{t('older')}</a>}
        </p>
      )}
    </div>
  );
}
