// Staff exports: region scope without exceptions, nothing personal in the file, every export audited.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptText } from '../crypto/secret-box';
import { testApiDeps } from '../testing/api-deps';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { generateTrackingCode } from '../text';
import { REPORT_CSV_COLUMNS, RUMOR_CSV_COLUMNS } from '../exports/staff-formats';
import { handleStaffExport } from './staff-exports';
import { expectStandardGeoJson } from '../testing/geojson-standard';

const t = setupTestDatabase();
const KEY = Buffer.alloc(32, 7).toString('base64');
const SECRET_TEXT = 'Мой сосед Ерлан Сапаров с улицы Абая сказал';
const PHONE = '+77011234567';
let moderator: Actor;
let otherModerator: Actor;
let verifier: Actor;
let admin: Actor;
let unpublishedClaimId: string;
const users = new Map<string, Awaited<ReturnType<typeof createStaff>>>();

async function staffActor(role: 'ADMIN' | 'MODERATOR' | 'VERIFIER', regions: string[]): Promise<Actor> {
  const user = await createStaff(t.db, role, regions);
  users.set(user.id, user);
  return asActor(user);
}

const get = (file: string, query: string, actor: Actor | null) =>
  handleStaffExport(new Request(`http://raspa.test/api/admin/export/${file}${query}`, { headers: { 'accept-language': 'ru' } }), testApiDeps(t, { session: async () => (actor ? sessionFor(t.db, users.get(actor.id)!) : null) }), { file });

async function report(rumorId: string | null, regionCode: string | null, settlementNameEn?: string) {
  const settlement = settlementNameEn ? await t.db.settlement.findFirstOrThrow({ where: { nameEn: settlementNameEn } }) : null;
  return t.db.report.create({
    data: {
      clientId: randomUUID(),
      trackingCode: generateTrackingCode(),
      channel: 'SMS',
      rumorId,
      text: SECRET_TEXT,
      normalizedText: 'moi sosed',
      language: 'ru',
      regionCode,
      settlementId: settlement?.id ?? null,
      settlementText: settlement ? null : 'за старой мечетью',
      approxLat: 43.3412,
      approxLng: 52.8613,
      wantsFeedback: true,
      contactKind: 'PHONE',
      contactCipher: encryptText(PHONE, KEY),
      forwardedFrom: 'Ерлан Сапаров',
      heardAt: new Date('2026-02-10T10:17:00Z'),
      receivedAt: new Date('2026-02-10T10:21:00Z'),
    },
  });
}

beforeAll(async () => {
  moderator = await staffActor('MODERATOR', ['KZ-47']);
  otherModerator = await staffActor('MODERATOR', ['KZ-61']);
  verifier = await staffActor('VERIFIER', ['KZ-47']);
  admin = await staffActor('ADMIN', []);

  const published = await createPublishedNotice(t.db, { slug: 'aktau-port', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Порт', ru: 'В Актау закроют порт', en: 'Port' } });
  await t.db.rumor.update({ where: { id: published.rumor.id }, data: { firstSeenAt: new Date('2026-02-10T10:21:00Z') } });
  await report(published.rumor.id, 'KZ-47', 'Zhanaozen');
  const unpublished = await createRumor(t.db, 'Сосед Ерлан Сапаров якобы собирает людей', ['KZ-47']);
  unpublishedClaimId = unpublished.id;
  await t.db.rumor.update({ where: { id: unpublished.id }, data: { firstSeenAt: new Date('2026-02-11T10:21:00Z') } });
  await report(unpublished.id, 'KZ-47');
  const shymkent = await createRumor(t.db, 'В Шымкенте отключат газ', ['KZ-61']);
  await t.db.rumor.update({ where: { id: shymkent.id }, data: { firstSeenAt: new Date('2026-02-12T10:21:00Z') } });
  await report(shymkent.id, 'KZ-61');
  const nowhere = await createRumor(t.db, 'Слух без региона', []);
  await t.db.rumor.update({ where: { id: nowhere.id }, data: { firstSeenAt: new Date('2026-02-13T10:21:00Z') } });
  await report(nowhere.id, null);
});

describe('staff exports', () => {
  it('gives a moderator only their regions — rumours and reports with no region included for admins only', async () => {
    const rumors = parse(await (await get('rumors.csv', '', moderator)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rumors.map((r) => r.region_codes)).toEqual(['KZ-47', 'KZ-47']);
    const reports = parse(await (await get('reports.csv', '', moderator)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(reports.map((r) => r.region_code)).toEqual(['KZ-47', 'KZ-47']);
    const all = parse(await (await get('rumors.csv', '', admin)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(all.map((r) => r.region_codes).sort()).toEqual(['', 'KZ-47', 'KZ-47', 'KZ-61']);
  });

  it('refuses other regions, field verifiers and visitors who are not signed in', async () => {
    expect((await get('rumors.csv', '?region=KZ-61', moderator)).status).toBe(403);
    expect((await get('rumors.csv', '?region=KZ-61', otherModerator)).status).toBe(200);
    expect((await get('reports.csv', '', verifier)).status).toBe(403);
    const anonymous = await get('reports.csv', '', null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { message: string }).message).toBe('Сначала войдите как сотрудник.');
    expect((await get('reports.xlsx', '', admin)).status).toBe(404);
    expect((await get('reports.csv', '?from=2026-02-31', admin)).status).toBe(400);
  });

  it('leaves out report text, contacts, tracking codes, typed places and coordinates finer than a settlement', async () => {
    const files = await Promise.all(['rumors.csv', 'rumors.geojson', 'reports.csv', 'reports.geojson'].map(async (file) => (await get(file, '', admin)).text()));
    const trackingCodes = (await t.db.report.findMany({ select: { trackingCode: true } })).map((r) => r.trackingCode);
    for (const body of files) {
      expect(body).not.toContain('Мой сосед');
      expect(body).not.toContain(PHONE);
      expect(body).not.toContain('7011234567');
      expect(body).not.toContain('за старой мечетью');
      expect(body).not.toContain('Сапаров');
      expect(body).not.toContain('43.3412');
      expect(body).not.toContain('52.8613');
      expect(body).not.toContain('10:17');
      for (const code of trackingCodes) expect(body).not.toContain(code);
    }
    // Both GeoJSON files pass the standard's schema, the rumour without a region as a null geometry.
    const rumorGeoJson = JSON.parse(files[1]!) as { features: { geometry: unknown; properties: { claim?: unknown } }[] };
    expectStandardGeoJson(rumorGeoJson);
    expect(rumorGeoJson.features.some((f) => f.geometry === null)).toBe(true);
    expectStandardGeoJson(JSON.parse(files[3]!));
    const [rumorHeader] = parse(files[0]!, { bom: true }) as string[][];
    expect(rumorHeader).toEqual([...RUMOR_CSV_COLUMNS]);
    const [reportHeader] = parse(files[2]!, { bom: true }) as string[][];
    expect(reportHeader).toEqual([...REPORT_CSV_COLUMNS]);
    // The published claim is named; the unpublished one (it names a private person) is not.
    const rumors = parse(files[0]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(rumors.find((r) => r.notice_slug === 'aktau-port')).toMatchObject({ published_claim: 'В Актау закроют порт', verdict: '' });
    expect(rumors.find((r) => r.id === unpublishedClaimId)?.published_claim).toBe('');
    const reports = parse(files[2]!, { bom: true, columns: true }) as Record<string, string>[];
    expect(reports.find((r) => r.settlement)).toMatchObject({ district: 'город Жанаозен', settlement: 'Жанаозен', heard_day: '2026-02-10', received_day: '2026-02-10', channel: 'SMS' });
  });

  it('places reports at their settlement or region centroid in GeoJSON', async () => {
    const body = (await (await get('reports.geojson', '?region=KZ-47', moderator)).json()) as { type: string; features: { geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[] };
    expectStandardGeoJson(body);
    const zhanaozen = await t.db.settlement.findFirstOrThrow({ where: { nameEn: 'Zhanaozen' } });
    const mangystau = await t.db.region.findUniqueOrThrow({ where: { code: 'KZ-47' } });
    expect(body.features.map((f) => [f.properties.placeKind, f.geometry?.coordinates]).sort()).toEqual(
      [
        ['region', [mangystau.lng, mangystau.lat]],
        ['settlement', [zhanaozen.lng, zhanaozen.lat]],
      ].sort(),
    );
  });

  it('audits every export with its filters and row count', async () => {
    await get('reports.geojson', '?region=KZ-47&from=2026-02-01&to=2026-02-28', moderator);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { actorId: moderator.id, action: 'export.reports' }, orderBy: { id: 'desc' } });
    expect(event.after).toEqual({ format: 'geojson', filters: { regionCode: 'KZ-47', from: '2026-02-01', to: '2026-02-28' }, rows: 2, truncated: false });
    expect(await t.db.auditEvent.count({ where: { actorId: verifier.id, action: { startsWith: 'export.' } } })).toBe(0);
  });
});
