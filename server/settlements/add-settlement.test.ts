// An admin adds a village the seed lacks: what the form checks (a district in all three languages or
// none, coordinates inside Kazakhstan), what the server refuses (a second place of the same English
// name, a moderator), and what follows — type-ahead finds its spellings, every process's place index
// reads it at once, and the open data name its district in the export's language.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadNoticeExport } from '../exports/load-notice-export';
import { renderNoticeHxl } from '../exports/notice-formats';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff } from '../testing/fixtures';
import { EventHub, notifyLiveEvent } from '../live/events';
import { generateTrackingCode, toMatchKey } from '../text';
import { addSettlement } from './add-settlement';
import { followPlaceChanges, loadPlaceIndex } from './place-index';
import { addSettlementInput, type AddSettlementInput } from './schema';
import { searchSettlements } from './search-settlements';

const t = setupTestDatabase();

const AKSHUKUR: AddSettlementInput = {
  regionCode: 'KZ-47',
  nameKk: 'Ақшұқыр',
  nameRu: 'Акшукур',
  nameEn: 'Akshukur',
  districtKk: 'Түпқараған ауданы',
  districtRu: 'Тупкараганский район',
  districtEn: 'Tupkaragan District',
  otherSpellings: 'Aqşūqyr\nAkshukyr; Акшукыр',
  lat: '43,79',
  lng: '51.08',
};

function fieldErrors(input: AddSettlementInput): Record<string, string[]> {
  const result = addSettlementInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(result.error.flatten().fieldErrors).map(([k, v]) => [k, v ?? []]));
}

describe('addSettlement', () => {
  it('answers the same place added several times at once as one place and conflicts, not a database error (the bad-input bench: 6 × 500 in 200 requests)', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const place = { ...AKSHUKUR, nameKk: 'Қызылсай', nameRu: 'Кызылсай', nameEn: `Kyzylsai ${randomUUID()}`, otherSpellings: '' };
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => addSettlement(t.db, admin, place)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'CONFLICT', message: 'settlementExists' });
    expect(await t.db.settlement.count({ where: { nameEn: place.nameEn } })).toBe(1);
  });

  it('reaches the place index of every process at once, not after its 30-s cache (a worker placed reports without it)', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const hub = new EventHub(t.url);
    const events: string[] = [];
    const stopRecording = await hub.subscribe((event) => events.push(event.type));
    const stopFollowing = await followPlaceChanges(hub);
    try {
      await addSettlement(t.db, admin, { ...AKSHUKUR, nameKk: 'Таушық', nameRu: 'Таушык', nameEn: 'Taushyk', otherSpellings: '' });
      await expect.poll(() => events, { timeout: 5_000 }).toContain('places.changed');

      // Another process adds a place: this one has only the event (no clearPlaceCache in-process).
      const hasKey = async (key: string) => (await loadPlaceIndex(t.db)).keys.some((k) => k.key === key);
      expect(await hasKey(toMatchKey('Саутбек'))).toBe(false); // read now: cached for 30 s
      await t.db.$transaction(async (tx) => {
        await tx.settlement.create({ data: { regionCode: 'KZ-47', nameKk: 'Саутбек', nameRu: 'Саутбек', nameEn: 'Sautbek', aliases: { create: [{ alias: 'Саутбек', matchKey: toMatchKey('Саутбек') }] } } });
        await notifyLiveEvent(tx, { type: 'places.changed' });
      });
      await expect.poll(() => hasKey(toMatchKey('Саутбек')), { timeout: 5_000 }).toBe(true);
    } finally {
      stopFollowing();
      stopRecording();
    }
  });

  it('asks for the district in all three languages or none, and for coordinates inside Kazakhstan', () => {
    expect(fieldErrors({ ...AKSHUKUR, districtRu: '', districtEn: '  ' })).toEqual({ districtRu: ['districtIncomplete'], districtEn: ['districtIncomplete'] });
    expect(fieldErrors({ ...AKSHUKUR, districtKk: '', districtRu: '', districtEn: '' })).toEqual({});
    expect(fieldErrors({ ...AKSHUKUR, lat: '51.08', lng: '43.79' })).toEqual({ lng: ['longitudeInvalid'] });
    expect(fieldErrors({ ...AKSHUKUR, lat: 'north' })).toEqual({ lat: ['latitudeInvalid'] });
    expect(fieldErrors({ ...AKSHUKUR, lng: '' })).toEqual({ lng: ['coordinatesIncomplete'] });
    expect(fieldErrors({ ...AKSHUKUR, regionCode: '' as AddSettlementInput['regionCode'], nameEn: ' ' })).toEqual({ regionCode: ['placeRegionRequired'], nameEn: ['placeNameRequired'] });
  });

  it('stores the place with its district and spellings, audited, and refuses it twice or from a moderator', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await expect(addSettlement(t.db, moderator, AKSHUKUR)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addSettlement(t.db, admin, { ...AKSHUKUR, districtEn: '' })).rejects.toBeInstanceOf(ZodError);

    const created = await addSettlement(t.db, admin, AKSHUKUR);
    expect(created).toMatchObject({ regionCode: 'KZ-47', nameEn: 'Akshukur', districtKk: 'Түпқараған ауданы', districtRu: 'Тупкараганский район', districtEn: 'Tupkaragan District', lat: 43.79, lng: 51.08 });
    const aliases = await t.db.settlementAlias.findMany({ where: { settlementId: created.id }, select: { alias: true } });
    expect(aliases.map((a) => a.alias).sort()).toEqual(['Akshukur', 'Akshukyr', 'Aqşūqyr', 'Акшукур', 'Акшукыр', 'Ақшұқыр'].sort());
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'settlement.added', entityId: created.id } });
    expect(event).toMatchObject({ actorId: admin.id, entityType: 'Settlement' });
    expect(event.after).toMatchObject({ nameEn: 'Akshukur', districtEn: 'Tupkaragan District' });

    await expect(addSettlement(t.db, admin, { ...AKSHUKUR, nameKk: 'Басқа' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'settlementExists' });
    // A place without a district is fine: nothing is made up for it.
    const plain = await addSettlement(t.db, admin, { ...AKSHUKUR, nameEn: 'Akshukur station', districtKk: '', districtRu: '', districtEn: '', lat: '', lng: '' });
    expect(plain).toMatchObject({ districtKk: null, districtRu: null, districtEn: null, lat: null, lng: null });

    // A reporter typing another spelling finds it.
    expect((await searchSettlements(t.db, { q: 'Akshukyr', regionCode: 'KZ-47', language: 'kk' }))[0]).toMatchObject({ id: created.id, name: 'Ақшұқыр' });
  });

  it('puts the added place\'s district into the HXL export once enough reports name it', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const place = await addSettlement(t.db, admin, { ...AKSHUKUR, nameKk: 'Баутин', nameRu: 'Баутино', nameEn: 'Bautino', otherSpellings: '', lat: '44.55', lng: '50.25' });
    const { rumor } = await createPublishedNotice(t.db, { slug: 'bautino-port', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Баутин порты', ru: 'Порт Баутино', en: 'Bautino port' } });
    for (let i = 0; i < 5; i++) {
      await t.db.report.create({
        data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId: rumor.id, text: 'Говорят…', normalizedText: 'govoriat', language: 'ru', regionCode: 'KZ-47', settlementId: place.id, heardAt: new Date() },
      });
    }
    for (const [language, district] of [['kk', 'Түпқараған ауданы'], ['ru', 'Тупкараганский район'], ['en', 'Tupkaragan District']] as const) {
      const data = await loadNoticeExport(t.db, { language, regionCode: 'KZ-47' });
      const [, tags, ...rows] = parse(renderNoticeHxl(data, { origin: 'https://raspa.example', language, filters: {}, generatedAt: new Date() }), { bom: true }) as string[][];
      const row = rows.find((r) => r[0] === 'bautino-port')!;
      expect(row[tags!.indexOf(`#adm2+name+${language}`)]).toBe(district);
    }
  });
});
