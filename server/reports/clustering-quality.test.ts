// Clustering behaviour on a fixed subset of bench/clustering/labelled-reports.json: paraphrases of
// one claim join one rumour within a language family (Kazakh Cyrillic with Kazakh Latin, Russian
// with Russian — trigrams do not bridge Kazakh and Russian), and look-alike claims stay apart.
// It runs at the default clustering threshold: the code before filler-word removal and the
// place/subject guards fails it (three look-alike pairs merge), and so does a threshold of 0.55
// (Russian paraphrases split). The full set and the threshold sweep: bench/clustering/evaluate.ts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { clusterPendingReports } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 3).toString('base64');

interface Claim {
  region: RegionCode;
  kk: string[];
  ru: string[];
}

const CLAIMS: Record<string, Claim> = {
  'zhanaozen-police-car': {
    region: 'KZ-47',
    kk: [
      'Жаңаөзенде полиция көлігі адамдарға әдейі соқты дейді',
      'Жанаозенде полиция колиги адамдарга адейи сокты',
      'Politsiia kölıgı Jañaözende jinalğan adamdarğa ädeiı soqty',
      'Zhanaozende policiya koligi adamdarga adeyi sokty deydi',
    ],
    ru: ['В Жанаозене полицейская машина специально въехала в толпу', 'говорят полицейская машина въехала в толпу людей в Жанаозене, специально'],
  },
  'aktau-power-cut': {
    region: 'KZ-47',
    kk: ['Ертең Ақтауда күні бойы жарық болмайды', 'Актауда ертен кун бойы жарык болмайды дейди', 'Aqtauda erteñ künı boiy jaryq bolmaidy deidı'],
    ru: ['Завтра в Актау отключат свет на весь день', 'Говорят, что в Актау завтра отключат свет'],
  },
  'zhanaozen-internet-cut': {
    region: 'KZ-47',
    kk: ['Жаңаөзенде интернет пен ұялы байланысты өшіріп тастады', 'Jañaözende internettı jäne ūialy bailanysty öşırıptı'],
    ru: ['Говорят, в Жанаозене отключат интернет', 'В Жанаозене отключили интернет и мобильную связь'],
  },
  'aktau-water-cut': {
    region: 'KZ-47',
    kk: ['Ақтауда үш күн су болмайды', 'Aqtauda üş kün boiy su bolmaidy deidı'],
    ru: ['В Актау на три дня отключат воду', 'Говорят, в Актау воды не будет три дня, набирайте воду'],
  },
  'almaty-schools-closed': {
    region: 'KZ-75',
    kk: ['Дүйсенбіден бастап Алматыдағы барлық мектептер жабылады', 'Almatydağy barlyq mektepter düisenbıden bastap karantinge jabylady'],
    ru: ['С понедельника в Алматы закрывают все школы на карантин', 'правда что школы в Алматы закрывают на карантин с понедельника?'],
  },
  'konaev-schools-closed': {
    region: 'KZ-19',
    kk: ['Қонаевта дүйсенбіден бастап мектептер жабылады', 'Qonaevtağy mektepter düisenbıden bastap jabylady deidı'],
    ru: ['В Конаеве с понедельника закрывают все школы на карантин', 'говорят школы в Конаеве закроют с понедельника'],
  },
  'buryl-child-murder': {
    region: 'KZ-31',
    kk: ['Бурылда баланы басқа ұлттың адамы өлтірген дейді', 'Burylda balany basqa ūlttyñ adamy öltırdı'],
    ru: ['В Бурыле убили ребёнка, говорят убийца другой национальности', 'Бурыл: ребенка убил человек другой национальности'],
  },
  'seifullina-child-rape': {
    region: 'KZ-61',
    kk: ['Сейфуллин ауылында баланы басқа ұлттың адамы зорлады дейді', 'Seifullin auylynda basqa ūlttyñ adamy balany zorlapty'],
    ru: ['В Сейфуллина мужчина другой национальности изнасиловал ребёнка', 'Говорят, в селе Сейфуллина изнасиловали ребенка, мужчина другой национальности'],
  },
};

/** Look-alike claims that must never share a rumour. */
const HARD_NEGATIVES: [string, string, string][] = [
  ['aktau-power-cut', 'zhanaozen-internet-cut', 'same region, shared filler words'],
  ['aktau-power-cut', 'aktau-water-cut', 'same place, different claim'],
  ['almaty-schools-closed', 'konaev-schools-closed', 'same claim, neighbouring places'],
  ['buryl-child-murder', 'seifullina-child-rape', 'same words, different place and claim'],
];

type Family = 'kk' | 'ru';
const rumours = new Map<string, Record<Family, string[]>>();

beforeAll(async () => {
  // Round-robin over the claims, so look-alikes arrive interleaved as they would in a crisis.
  const queue: { claim: string; family: Family; text: string }[] = [];
  const longest = Math.max(...Object.values(CLAIMS).flatMap((c) => [c.kk.length, c.ru.length]));
  for (let i = 0; i < longest; i++) {
    for (const [claim, { kk, ru }] of Object.entries(CLAIMS)) {
      const kazakh = kk[i];
      const russian = ru[i];
      if (kazakh) queue.push({ claim, family: 'kk', text: kazakh });
      if (russian) queue.push({ claim, family: 'ru', text: russian });
    }
  }
  const placed: { claim: string; family: Family; reportId: string }[] = [];
  for (const { claim, family, text } of queue) {
    const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: CLAIMS[claim]!.region }, { channel: 'WEB', encryptionKey });
    await clusterPendingReports(t.db);
    placed.push({ claim, family, reportId: report.id });
  }
  // Where each report ended: a later report may merge the rumours of one claim it bridges.
  for (const { claim, family, reportId } of placed) {
    const { rumorId } = await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } });
    const entry = rumours.get(claim) ?? { kk: [], ru: [] };
    entry[family].push(rumorId!);
    rumours.set(claim, entry);
  }
}, 120_000);

const claimNames = Object.keys(CLAIMS);

describe('clustering paraphrases of one claim', () => {
  it.each(claimNames)('%s: Kazakh Cyrillic and Kazakh Latin reports share one rumour', (claim) => {
    expect(new Set(rumours.get(claim)!.kk).size).toBe(1);
  });

  it.each(claimNames)('%s: Russian reports share one rumour', (claim) => {
    expect(new Set(rumours.get(claim)!.ru).size).toBe(1);
  });
});

describe('keeping look-alike claims apart', () => {
  it.each(HARD_NEGATIVES)('%s and %s (%s) share no rumour', (a, b) => {
    const rumoursOfA = new Set([...rumours.get(a)!.kk, ...rumours.get(a)!.ru]);
    const shared = [...rumours.get(b)!.kk, ...rumours.get(b)!.ru].filter((id) => rumoursOfA.has(id));
    expect(shared).toEqual([]);
  });
});
