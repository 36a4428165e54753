// A class head the lexicon reads with a qualifier it does not (concepts.ts qualifierTokens, bench/RESULTS.md 2m):
// "художественная / хореографическая школа", "вепс / талыш халқы", "храм Покрова / Троицы" are two members of the
// class, as two the lexicon knows would be — two claims in either order of arrival, while each claim's retellings
// still meet, and one claim told in Kazakh, Russian and English (a cognate qualifier or a translated one) stays one.
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;
const report = async (text: string, region: RegionCode) => rumourOf(await submitAndCluster(t.db, text, region));
const closeRumours = (region: RegionCode) => t.db.rumor.updateMany({ where: { regionCodes: { has: region } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });

const PAIRS: { name: string; region: RegionCode; a: string[]; b: string[] }[] = [
  {
    name: 'an art school × a dance school (institution, Russian adjective)',
    region: 'KZ-63',
    a: ['В Шемонаихе закрывают художественную школу', 'Художественную школу в Шемонаихе закроют с сентября'],
    b: ['В Шемонаихе закрывают хореографическую школу', 'Хореографическую школу в Шемонаихе закроют с сентября'],
  },
  {
    name: 'the Veps × the Talysh people (ethnic, Kazakh izafet)',
    region: 'KZ-15',
    a: ['Ойылда вепс халқы шеруге шықты', 'Ойылда вепс халқы көшеге шеруге шықты'],
    b: ['Ойылда талыш халқы шеруге шықты', 'Ойылда талыш халқы көшеге шеруге шықты'],
  },
  {
    name: 'the church of the Intercession × of the Trinity (worship, Russian genitive)',
    region: 'KZ-63',
    a: ['В Риддере ограбили храм Покрова', 'В Риддере ночью ограбили храм Покрова'],
    b: ['В Риддере ограбили храм Троицы', 'В Риддере ночью ограбили храм Троицы'],
  },
  {
    name: 'two apps hacked (platform, "приложение X")',
    region: 'KZ-47',
    a: ['В Актау взломали приложение доставки, у людей списали деньги', 'Приложение доставки в Актау взломали, деньги списали'],
    b: ['В Актау взломали приложение каршеринга, у людей списали деньги', 'Приложение каршеринга в Актау взломали, деньги списали'],
  },
  {
    name: 'Oropouche × chikungunya fever (disease, Kazakh "X ауруы")',
    region: 'KZ-19',
    a: ['Текелиде оропуш ауруы тарап жатыр', 'Текелиде оропуш ауруы тарап жатыр, сақ болыңыздар'],
    b: ['Текелиде чикунгунья ауруы тарап жатыр', 'Текелиде чикунгунья ауруы тарап жатыр, сақ болыңыздар'],
  },
  {
    name: 'two banks closing (bank, Kazakh "X банкі")',
    region: 'KZ-55',
    a: ['Екібастұзда Аспан банкі жабылады', 'Екібастұзда Аспан банкі ертең жабылады'],
    b: ['Екібастұзда Мейір банкі жабылады', 'Екібастұзда Мейір банкі ертең жабылады'],
  },
  {
    name: 'the guardianship × the personnel office taking bribes (office, "отдел X")',
    region: 'KZ-19',
    a: ['В Конаеве в отделе опеки берут взятки', 'В отделе опеки Конаева берут взятки'],
    b: ['В Конаеве в отделе кадров берут взятки', 'В отделе кадров Конаева берут взятки'],
  },
];

describe('claims naming two members of a class by unread qualifiers of one head', () => {
  for (const pair of PAIRS) {
    for (const order of ['a first', 'b first'] as const) {
      it(`keeps ${pair.name} apart, and each claim's retellings together (${order})`, async () => {
        const [first, second] = order === 'a first' ? [pair.a, pair.b] : [pair.b, pair.a];
        const firstRumours = [];
        for (const text of first) firstRumours.push(await report(text, pair.region));
        const secondRumours = [];
        for (const text of second) secondRumours.push(await report(text, pair.region));
        for (const x of firstRumours) for (const y of secondRumours) expect(y, `${pair.name}: a rumour holds both claims`).not.toBe(x);
        expect(new Set(firstRumours).size, `${pair.name}: the first claim's retellings`).toBe(1);
        expect(new Set(secondRumours).size, `${pair.name}: the second claim's retellings`).toBe(1);
        await closeRumours(pair.region);
      });
    }
  }

  // One claim in three languages: a cognate qualifier (музыкальная / музыка / music) and a translated one
  // (художественная / сурет / art), which neither confirms nor contrasts.
  const TRIPLES: { name: string; region: RegionCode; texts: string[] }[] = [
    { name: 'a music school', region: 'KZ-31', texts: ['В Таразе закроют музыкальную школу', 'Таразда музыка мектебі жабылады', 'Music school in Taraz to be closed'] },
    { name: 'an art school', region: 'KZ-31', texts: ['В Таразе закроют художественную школу', 'Таразда сурет мектебі жабылады', 'Art school in Taraz to be closed'] },
  ];
  for (const triple of TRIPLES) {
    for (const order of ['as written', 'reversed'] as const) {
      it(`keeps ${triple.name} told in Russian, Kazakh and English one rumour (${order})`, async () => {
        const texts = order === 'as written' ? triple.texts : [...triple.texts].reverse();
        const rumours = [];
        for (const text of texts) rumours.push(await report(text, triple.region));
        expect(new Set(rumours).size, `${triple.name}: ${texts.join(' / ')}`).toBe(1);
        await closeRumours(triple.region);
      });
    }
  }
});
