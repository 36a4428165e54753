// Clustering finds its candidates through the rumour word index that database triggers keep
// (migration 20261121123041_search_word_index): a rumour is findable from the moment its claim or
// a report is written, by whatever code writes it, and gives the same answer as scoring every
// recent text nearby.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createRumor } from '../testing/fixtures';
import { normalizeReportText } from '../text';
import { findClusterCandidate } from './cluster-report';

const t = setupTestDatabase();

async function candidate(text: string, regionCode?: string, exhaustive = false) {
  const input = { normalizedText: normalizeReportText(text), regionCode };
  return t.db.$transaction((tx) => findClusterCandidate(tx, input, { exhaustive }));
}

describe('findClusterCandidate over the trigger-maintained rumour word index', () => {
  it('finds a rumour by its claim as soon as it is written, in either Kazakh script', async () => {
    const rumor = await createRumor(t.db, 'Жаңаөзенде ертең мектептер жабылады дейді', ['KZ-47']);
    expect(await candidate('Janaozende mektepter jabylady', 'KZ-47')).toMatchObject({ rumorId: rumor.id });
    expect(await candidate('Жаңаөзенде мектептер жабылады')).toMatchObject({ rumorId: rumor.id });
    expect(await candidate('Жаңаөзенде мектептер жабылады', 'KZ-47', true)).toMatchObject({ rumorId: rumor.id });
    expect(await candidate('В Актау отключат интернет на неделю', 'KZ-47')).toBeNull();
  });

  it('finds a rumour by the words of a report it gained, also when the report was moved to it', async () => {
    const first = await createRumor(t.db, 'На трассе перевернулся автобус с детьми', ['KZ-47']);
    const second = await createRumor(t.db, 'На берег моря выбросило мёртвых тюленей', ['KZ-47']);
    const text = 'В Шетпе с завтрашнего дня не будет газа целую неделю';
    expect(await candidate(text, 'KZ-47')).toBeNull();
    const report = await t.db.report.create({
      data: { clientId: randomUUID(), trackingCode: 'TSTWRD01', channel: 'WEB', rumorId: first.id, text, normalizedText: normalizeReportText(text), language: 'ru', regionCode: 'KZ-47', heardAt: new Date(), receivedAt: new Date() },
    });
    expect(await candidate('в Шетпе не будет газа неделю', 'KZ-47')).toMatchObject({ rumorId: first.id });
    // Split out into another rumour: found there (the stale words left on the first rumour only
    // make it a candidate; its own texts no longer match).
    await t.db.report.update({ where: { id: report.id }, data: { rumorId: second.id } });
    expect(await candidate('в Шетпе не будет газа неделю', 'KZ-47')).toMatchObject({ rumorId: second.id });
    expect(await candidate('в Шетпе не будет газа неделю', 'KZ-47', true)).toMatchObject({ rumorId: second.id });
  });
});

describe('which of a rumour’s reports a new one is compared with', () => {
  it('does not depend on the order reports received at the same moment were written', async () => {
    // 41 reports of one moment (TEXTS_PER_RUMOUR + 1): the one that says what the new report says
    // has the lowest id. Written first in one region and last in the other, it must count the same.
    const at = new Date(Date.now() - 3_600_000);
    const text = 'В Шетпе с завтрашнего дня не будет газа целую неделю';
    const outcomes: (string | null)[] = [];
    for (const [region, lowestLast] of [['KZ-47', false], ['KZ-75', true]] as const) {
      const rumor = await createRumor(t.db, 'На трассе перевернулся автобус с детьми', [region]);
      const row = (id: string, body: string) => ({
        id, clientId: randomUUID(), trackingCode: `TIE${randomUUID().slice(0, 5).toUpperCase()}`, channel: 'WEB' as const, rumorId: rumor.id,
        text: body, normalizedText: normalizeReportText(body), language: 'ru' as const, regionCode: region, heardAt: at, receivedAt: at,
      });
      const lowest = row(`00000000-0000-7000-8000-${region === 'KZ-47' ? '000000000047' : '000000000075'}`, text);
      const others = Array.from({ length: 40 }, (_, i) => row(`ffffffff-0000-7000-8000-${String(i).padStart(10, '0')}${region.slice(3)}`, `Автобус номер ${i + 1} опоздал на остановку у рынка`));
      for (const data of lowestLast ? [...others, lowest] : [lowest, ...others]) await t.db.report.create({ data });
      const found = await candidate('в Шетпе не будет газа неделю', region);
      outcomes.push(found?.rumorId === rumor.id ? 'joined' : null);
    }
    expect(outcomes[0]).toBe(outcomes[1]);
  });

  it('names the same report as the match, the earliest by id, whichever of its equally good texts was read first', async () => {
    // Three reports word it alike (one score): moderators see one of them as the reason for the
    // join — the same from the word index and from scoring every text, whatever order they came in.
    const rumor = await createRumor(t.db, 'В Экибастузе отключат горячую воду на две недели', ['KZ-55']);
    const at = new Date(Date.now() - 3_600_000);
    const text = 'В Экибастузе с понедельника отключат горячую воду на две недели';
    const ids = ['0000000a', '0000000b', '0000000c'].map((p) => `${p}-0000-7000-8000-000000000055`);
    for (const id of [ids[1]!, ids[2]!, ids[0]!]) {
      await t.db.report.create({
        data: { id, clientId: randomUUID(), trackingCode: `TIE${id.slice(7, 8).toUpperCase()}WRD`, channel: 'WEB', rumorId: rumor.id, text, normalizedText: normalizeReportText(text), language: 'ru', regionCode: 'KZ-55', heardAt: at, receivedAt: at },
      });
    }
    for (const exhaustive of [false, true]) {
      expect(await candidate(text, 'KZ-55', exhaustive)).toMatchObject({ rumorId: rumor.id, matchedReportId: ids[0] });
    }
  });
});

describe('the settlements a rumour’s reporters chose', () => {
  it('keep a report about another town of the region out, whatever the wording', async () => {
    // The claim names no town; its reporters chose Zhanaozen from the list. The settlements are read
    // by the candidate statement itself (chosenSettlementsSql), not per rumour afterwards.
    const rumor = await createRumor(t.db, 'Говорят, с завтрашнего дня в городе закроют все школы на карантин', ['KZ-47']);
    const zhanaozen = await t.db.settlement.findFirstOrThrow({ where: { nameEn: 'Zhanaozen' } });
    for (const [i, text] of ['С завтрашнего дня закроют все школы на карантин', 'Завтра все школы закроют на карантин'].entries()) {
      await t.db.report.create({
        data: { clientId: randomUUID(), trackingCode: `TSTCHS0${i}`, channel: 'WEB', rumorId: rumor.id, text, normalizedText: normalizeReportText(text), language: 'ru', regionCode: 'KZ-47', settlementId: zhanaozen.id, heardAt: new Date(), receivedAt: new Date() },
      });
    }
    for (const exhaustive of [false, true]) {
      expect(await candidate('В Жанаозене с завтрашнего дня закроют все школы на карантин', 'KZ-47', exhaustive)).toMatchObject({ rumorId: rumor.id });
      expect(await candidate('В Актау с завтрашнего дня закроют все школы на карантин', 'KZ-47', exhaustive)).toBeNull();
    }
  });
});
