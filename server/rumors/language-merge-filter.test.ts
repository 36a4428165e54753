// The inbox filter "needs a language merge": open rumours that have a rumour of the same claim in
// another language (shared concepts, no contrasting member), in the moderator's regions only.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText } from '../text';
import { listInboxRumors } from './list-inbox';

const t = setupTestDatabase();
let mangystau: Actor;
let turkistan: Actor;
const ids: Record<'ru' | 'kk' | 'church' | 'alone' | 'elsewhereRu' | 'elsewhereKk', string> = {} as never;

/** A rumour with one report whose concept key is as intake would give it (the RumorConcept trigger reads it). */
async function rumourWith(claim: string, language: 'ru' | 'kk' | 'en', region: string, conceptKey: string) {
  const rumor = await createRumor(t.db, claim, [region]);
  await t.db.rumor.update({ where: { id: rumor.id }, data: { language } });
  await t.db.report.create({
    data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId: rumor.id, text: claim, normalizedText: normalizeReportText(claim), language, regionCode: region, heardAt: new Date(), conceptKey },
  });
  return rumor.id;
}

beforeAll(async () => {
  mangystau = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistan = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  ids.ru = await rumourWith('В Актау подожгли мечеть', 'ru', 'KZ-47', '@aktau burn worship:mosque ~podozh');
  ids.kk = await rumourWith('Ақтауда мешітті өртеп жіберді', 'kk', 'KZ-47', '@aktau burn worship:mosque ~zhiber');
  // The same words about another place of worship: a different claim, never a merge.
  ids.church = await rumourWith('Aktau church set on fire', 'en', 'KZ-47', '@aktau burn worship:church');
  ids.alone = await rumourWith('В Актау закроют порт', 'ru', 'KZ-47', '@aktau close institution:port');
  ids.elsewhereRu = await rumourWith('В Туркестане подожгли мечеть', 'ru', 'KZ-61', '@turkistan burn worship:mosque');
  ids.elsewhereKk = await rumourWith('Түркістанда мешітті өртеді', 'kk', 'KZ-61', '@turkistan burn worship:mosque');
});

async function needingMerge(actor: Actor) {
  const { items } = await listInboxRumors(t.db, actor, { languageMerge: true });
  return items.map((r) => r.id).sort();
}

describe('inbox filter: needs a language merge', () => {
  it('lists both rumours of one claim in two languages, not a contrasting claim nor a lone one', async () => {
    expect(await needingMerge(mangystau)).toEqual([ids.ru, ids.kk].sort());
  });

  it('stays within the moderator’s regions', async () => {
    expect(await needingMerge(turkistan)).toEqual([ids.elsewhereRu, ids.elsewhereKk].sort());
  });

  it('forgets a pair once it is merged', async () => {
    await t.db.rumor.update({ where: { id: ids.elsewhereKk }, data: { status: 'MERGED', mergedIntoId: ids.elsewhereRu } });
    expect(await needingMerge(turkistan)).toEqual([]);
  });
});
