// Default words and phrases that raise a rumour's priority at intake (admins edit them later).
// Weights: 1 = worrying, 2 = violence or a call to gather, 3 = the claims that historically set
// villages on fire (an attack on a child, "they are coming", foreign fighters).
// Matching uses toMatchKey, so one Cyrillic spelling also covers its Latin transliteration.
import type { Language } from '../../server/db/generated/enums';

export interface RiskTermSeed {
  term: string;
  language: Language;
  weight: number;
}

const terms: Record<Language, [string, number][]> = {
  en: [
    ['violence', 1.5], ['weapons', 2], ['armed', 2], ['shooting', 2], ['gunfire', 2],
    ['arson', 2], ['set on fire', 2], ['burned', 1.5], ['burning houses', 2.5], ['killed', 2],
    ['murder', 2], ['dead', 1.5], ['stabbing', 2], ['stabbed', 2], ['coming to attack', 3],
    ['attacked', 1.5], ['raped', 3], ['child was assaulted', 3], ['foreign fighters', 3],
    ['crowd gathering', 2], ['people are gathering', 2], ['ethnic clash', 2.5], ['another nationality', 2],
    ['revenge', 2], ['curfew', 1],
  ],
  ru: [
    ['насилие', 1.5], ['оружие', 2], ['вооружённые', 2], ['стреляют', 2], ['стрельба', 2],
    ['поджог', 2], ['подожгли', 2], ['жгут дома', 2.5], ['горят дома', 2.5], ['сожгли', 2],
    ['убили', 2], ['убийство', 2], ['погибли', 1.5], ['зарезали', 2], ['ножевое', 2],
    ['идут нападать', 3], ['едут разбираться', 3], ['напали', 1.5], ['изнасиловали', 3],
    ['изнасилование ребёнка', 3], ['напали на ребёнка', 3], ['иностранные боевики', 3], ['боевики', 2.5],
    ['толпа', 1.5], ['собираются', 1.5], ['межнациональный', 2.5], ['другой национальности', 2],
    ['месть', 2], ['комендантский час', 1],
  ],
  kk: [
    ['зорлық-зомбылық', 1.5], ['қару', 2], ['қарулы', 2], ['атып жатыр', 2], ['атыс', 2],
    ['өртеп жатыр', 2.5], ['өртеді', 2], ['өртенді', 2], ['өлтірді', 2], ['өлтірілген', 2],
    ['қаза болды', 1.5], ['пышақтады', 2], ['пышақ', 1.5], ['шабуыл', 1.5],
    ['шабуыл жасауға келе жатыр', 3], ['зорлады', 3], ['балаға зорлық', 3], ['балаға шабуыл', 3],
    ['шетелдік содырлар', 3], ['содырлар', 2.5], ['жиналып жатыр', 2], ['ұлтаралық', 2.5],
    ['басқа ұлттың', 2], ['кек алу', 2], ['коменданттық сағат', 1],
  ],
};

export const riskTermSeeds: readonly RiskTermSeed[] = (Object.entries(terms) as [Language, [string, number][]][]).flatMap(
  ([language, list]) => list.map(([term, weight]) => ({ term, language, weight })),
);

export const defaultSettings: readonly { key: string; value: unknown }[] = [
  { key: 'priority.deadlines', value: { CRITICAL: 2, HIGH: 12, NORMAL: 72, LOW: 168 } },
  // Tuned on bench/clustering; keep in step with SETTING_DEFAULTS in server/settings/read-settings.ts.
  { key: 'clustering.threshold', value: 0.35 },
  { key: 'clustering.windowDays', value: 14 },
  { key: 'matching.threshold', value: 0.4 },
  { key: 'clustering.conceptThreshold', value: 0.6 },
  { key: 'matching.conceptThreshold', value: 0.6 },
];
