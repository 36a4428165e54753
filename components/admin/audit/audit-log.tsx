// Admin → Audit log: a plain GET form of filters that comes back to this page (works without
// JavaScript), the matching events newest first in the admin's language, a page at a time, and the
// same selection as CSV.
import { getTranslations } from 'next-intl/server';
import { AUDIT_ACTION_NAMES, AUDIT_ENTITY_TYPES, auditActionMessageKey, auditEntityMessageKey } from '@/server/audit/actions';
import { describeAuditChanges } from '@/server/audit/describe-changes';
import { auditLogInput, listAuditActors, listAuditEvents } from '@/server/audit/list-audit-events';
import { db } from '@/server/db/client';
import { formatDate, formatDateTime } from '@/server/i18n/format';
import type { Actor } from '@/server/policy';
import styles from './audit-log.module.css';
import { placeName, type Language } from '@/server/i18n/languages';
import { listRegions } from '@/server/regions/list-regions';

type Query = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const FIELDS = ['actor', 'action', 'region', 'entityType', 'entityId', 'from', 'to'] as const;

export async function AuditLog({ locale, actor, query }: { locale: Language; actor: Actor; query: Query }) {
  const t = await getTranslations({ locale, namespace: 'auditLog' });
  const tAll = await getTranslations({ locale });
  const tErrors = await getTranslations({ locale, namespace: 'errors' });
  const values = Object.fromEntries(FIELDS.map((f) => [f, first(query[f])])) as Record<(typeof FIELDS)[number], string>;
  const before = first(query.before);
  const parsed = auditLogInput.safeParse({
    actorId: values.actor || undefined,
    action: values.action || undefined,
    entityType: values.entityType || undefined,
    entityId: values.entityId || undefined,
    regionCode: values.region || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
    before: before || undefined,
  });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = ({ actorId: 'actor', regionCode: 'region' } as Record<string, string>)[String(issue.path[0])] ?? String(issue.path[0] ?? 'to');
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
  const csv = new URLSearchParams(Object.entries(values).filter(([, v]) => v));
  csv.set('lang', locale);
  const errorOf = (name: string) =>
    errors[name] && (
      <p id={`audit-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    );
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `audit-${name}-error` } : {});

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <form method="get" className="card" noValidate>
        <div className={styles.filters}>
          <div className="field">
            <label htmlFor="audit-actor">{t('actor')}</label>
            <select id="audit-actor" name="actor" defaultValue={values.actor} {...invalid('actor')}>
              <option value="">{t('anyActor')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.active ? p.name : t('inactive', { name: p.name })}
                </option>
              ))}
            </select>
            {errorOf('actor')}
          </div>
          <div className="field">
            <label htmlFor="audit-action">{t('action')}</label>
            <select id="audit-action" name="action" defaultValue={values.action} {...invalid('action')}>
              <option value="">{t('anyAction')}</option>
              {AUDIT_ACTION_NAMES.map((name) => (
                <option key={name} value={name}>
                  {tAll(auditActionMessageKey(name))}
                </option>
              ))}
            </select>
            {errorOf('action')}
          </div>
          <div className="field">
            <label htmlFor="audit-region">{t('region')}</label>
            <select id="audit-region" name="region" defaultValue={values.region} {...invalid('region')}>
              <option value="">{t('anyRegion')}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {placeName(r, locale)}
                </option>
              ))}
            </select>
            {errorOf('region')}
          </div>
          <div className="field">
            <label htmlFor="audit-entityType">{t('entityType')}</label>
            <select id="audit-entityType" name="entityType" defaultValue={values.entityType} {...invalid('entityType')}>
              <option value="">{t('anyEntityType')}</option>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {tAll(`audit.entities.${type}`)}
                </option>
              ))}
            </select>
            {errorOf('entityType')}
          </div>
          <div className="field">
            <label htmlFor="audit-entityId">{t('entityId')}</label>
            <input id="audit-entityId" name="entityId" defaultValue={values.entityId} maxLength={100} {...invalid('entityId')} />
            {errorOf('entityId')}
          </div>
          <div className="field">
            <label htmlFor="audit-from">{t('from')}</label>
            <input id="audit-from" name="from" type="date" defaultValue={values.from} {...invalid('from')} />
            {errorOf('from')}
          </div>
          <div className="field">
            <label htmlFor="audit-to">{t('to')}</label>
            <input id="audit-to" name="to" type="date" defaultValue={values.to} {...invalid('to')} />
            {errorOf('to')}
          </div>
        </div>
        <div className={styles.actions}>
          <button className="button" type="submit">
            {t('show')}
          </button>
          {page && (
            <a className="button button--secondary" href={`/api/admin/audit/events.csv?${csv.toString()}`} download>
              {t('download')}
            </a>
          )}
        </div>
      </form>

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
                <table className={styles.changes}>
                  {/* The field's name gets the widest column: on a 360-px phone a third split long labels mid-word. */}
                  <colgroup>
                    <col className={styles.fieldColumn} />
                    <col />
                    <col />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{t('field')}</th>
                      <th scope="col">{t('before')}</th>
                      <th scope="col">{t('after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {describeAuditChanges(tAll, locale, e, regionNames).map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{c.label}</th>
                        <td>{c.before ?? '—'}</td>
                        <td>{c.after ?? '—'}</td>
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
