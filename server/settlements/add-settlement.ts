// An admin adds a place the seed lacks (a village a rumour names): its names, district and other
// spellings become aliases that type-ahead, routing and clustering find at once in every process
// (the places.changed event clears each one's place index), and the open-data exports name its
// district.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/unique-violation';
import { DomainError } from '../errors';
import { notifyLiveEvent } from '../live/events';
import { assertAdmin, type Actor } from '../policy';
import { toMatchKey } from '../text';
import { uniqueAliases } from './aliases';
import { clearPlaceCache } from './place-index';
import { addSettlementInput, spellingLines, type AddSettlementInput } from './schema';

export async function addSettlement(db: Db, actor: Actor, rawInput: AddSettlementInput) {
  assertAdmin(actor, 'Only admins add places.');
  const input = addSettlementInput.parse(rawInput);
  const aliases = uniqueAliases([input.nameKk, input.nameRu, input.nameEn, ...spellingLines(input.otherSpellings)]);
  const district = input.districtKk ? { districtKk: input.districtKk, districtRu: input.districtRu, districtEn: input.districtEn } : { districtKk: null, districtRu: null, districtEn: null };
  const lat = input.lat ? Number(input.lat) : null;
  const lng = input.lng ? Number(input.lng) : null;
  const created = await db.$transaction(async (tx) => {
    // One place per English name in a region: the key the seed upgrades by.
    const existing = await tx.settlement.findUnique({ where: { regionCode_nameEn: { regionCode: input.regionCode, nameEn: input.nameEn } }, select: { id: true } });
    if (existing) throw new DomainError('CONFLICT', 'settlementExists');
    const settlement = await tx.settlement.create({
      data: {
        regionCode: input.regionCode,
        nameKk: input.nameKk,
        nameRu: input.nameRu,
        nameEn: input.nameEn,
        ...district,
        lat,
        lng,
        aliases: { create: aliases.map((alias) => ({ alias, matchKey: toMatchKey(alias) })) },
      },
      select: { id: true, regionCode: true, nameKk: true, nameRu: true, nameEn: true, districtKk: true, districtRu: true, districtEn: true, lat: true, lng: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'settlement.added', entityId: settlement.id, after: { ...settlement, aliases } });
    await notifyLiveEvent(tx, { type: 'places.changed' });
    return settlement;
  }).catch((error: unknown) => {
    // Two admins (or one double submit) adding it at once: both found none, the second insert meets the first.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', 'settlementExists');
    throw error;
  });
  // This process at once; the others when the event reaches them.
  clearPlaceCache();
  return created;
}
