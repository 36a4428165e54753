// The 20 first-level divisions of Kazakhstan (2022 borders), copied into the repo so that nothing
// reads /work/shared at run time. Names, centres and coordinates come from kz-regions.json; the
// neighbour map is hand-written because the JSON has no borders.
import regionsFile from './kz-regions.json';

interface RegionFileEntry {
  code: string;
  kind: string;
  kk: string;
  ru: string;
  en: string;
  center: { kk: string; ru: string; en: string };
  lat: number;
  lng: number;
  formerly: string[];
}

export interface RegionSeed {
  code: string;
  kind: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  centerKk: string;
  centerRu: string;
  centerEn: string;
  lat: number;
  lng: number;
  formerNames: string[];
  neighbourCodes: string[];
}

/**
 * Which divisions share a border (as of the June 2022 reform that created Abai, Jetisu and Ulytau).
 * The three cities of republican significance are enclaves: Astana in Akmola, Almaty city in
 * Almaty Region, Shymkent in Turkistan Region. Karaganda, Almaty Region and Jetisu meet on
 * Lake Balkhash, whose water is split between them; rumours cross the lake by phone, so they count.
 * Kept symmetric (checked in seed.integration.test.ts).
 */
export const neighbourCodes: Readonly<Record<string, readonly string[]>> = {
  'KZ-10': ['KZ-35', 'KZ-55', 'KZ-33', 'KZ-63'], // Abai: Karaganda, Pavlodar, Jetisu, East Kazakhstan
  'KZ-11': ['KZ-71', 'KZ-59', 'KZ-39', 'KZ-35', 'KZ-55'], // Akmola: Astana, North Kaz., Kostanay, Karaganda, Pavlodar
  'KZ-15': ['KZ-27', 'KZ-23', 'KZ-47', 'KZ-43', 'KZ-62', 'KZ-39'], // Aktobe
  'KZ-19': ['KZ-75', 'KZ-33', 'KZ-31', 'KZ-35'], // Almaty Region: Almaty city, Jetisu, Jambyl, Karaganda (Balkhash)
  'KZ-23': ['KZ-27', 'KZ-15', 'KZ-47'], // Atyrau
  'KZ-27': ['KZ-23', 'KZ-15'], // West Kazakhstan
  'KZ-31': ['KZ-61', 'KZ-19', 'KZ-35', 'KZ-62'], // Jambyl
  'KZ-33': ['KZ-19', 'KZ-10', 'KZ-35'], // Jetisu: Almaty Region, Abai, Karaganda (Balkhash)
  'KZ-35': ['KZ-11', 'KZ-55', 'KZ-10', 'KZ-33', 'KZ-19', 'KZ-31', 'KZ-62'], // Karaganda
  'KZ-39': ['KZ-59', 'KZ-11', 'KZ-62', 'KZ-15'], // Kostanay
  'KZ-43': ['KZ-15', 'KZ-62', 'KZ-61'], // Kyzylorda
  'KZ-47': ['KZ-23', 'KZ-15'], // Mangystau
  'KZ-55': ['KZ-59', 'KZ-11', 'KZ-35', 'KZ-10'], // Pavlodar
  'KZ-59': ['KZ-39', 'KZ-11', 'KZ-55'], // North Kazakhstan
  'KZ-61': ['KZ-79', 'KZ-31', 'KZ-43', 'KZ-62'], // Turkistan
  'KZ-62': ['KZ-39', 'KZ-35', 'KZ-31', 'KZ-61', 'KZ-43', 'KZ-15'], // Ulytau
  'KZ-63': ['KZ-10'], // East Kazakhstan (since 2022 its only neighbour inside the country is Abai)
  'KZ-71': ['KZ-11'], // Astana
  'KZ-75': ['KZ-19'], // Almaty city
  'KZ-79': ['KZ-61'], // Shymkent
};

/**
 * The JSON's `formerly` mixes names with notes ("part of … until 2022"); only names are worth
 * matching, and without their parenthetical remarks.
 */
function cleanFormerNames(entries: readonly string[]): string[] {
  return entries
    .filter((entry) => !/^(part of|centre was)\b/i.test(entry))
    .map((entry) => entry.replace(/\s*\(.*\)\s*$/, '').trim())
    .filter((entry) => entry.length > 0);
}

const entries = (regionsFile as { regions: RegionFileEntry[] }).regions;

export const regionSeeds: readonly RegionSeed[] = entries.map((r) => ({
  code: r.code,
  kind: r.kind,
  nameKk: r.kk,
  nameRu: r.ru,
  nameEn: r.en,
  centerKk: r.center.kk,
  centerRu: r.center.ru,
  centerEn: r.center.en,
  lat: r.lat,
  lng: r.lng,
  formerNames: cleanFormerNames(r.formerly),
  neighbourCodes: [...(neighbourCodes[r.code] ?? [])].sort(),
}));

