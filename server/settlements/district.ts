// A settlement's district (second-level division, HXL #adm2) in one language. Districts are
// stored as three columns that are all set or all empty (a database check); a city of republican
// or regional significance is its own district (prisma/seed/settlement-districts.ts).
import { placeName, type Language } from '../i18n/languages';

export interface SettlementDistrictColumns {
  districtKk: string | null;
  districtRu: string | null;
  districtEn: string | null;
}

/** The district in `language`, or null when none is recorded. */
export function districtName(settlement: SettlementDistrictColumns, language: Language): string | null {
  const { districtKk, districtRu, districtEn } = settlement;
  if (districtKk === null || districtRu === null || districtEn === null) return null;
  return placeName({ nameKk: districtKk, nameRu: districtRu, nameEn: districtEn }, language);
}
