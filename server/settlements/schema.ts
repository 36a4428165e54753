import { z } from 'zod';
import { REGION_CODES } from '../regions/codes';
import { LANGUAGES } from '../i18n/languages';

export const searchSettlementsInput = z.object({
  q: z.string().trim().min(1).max(80),
  regionCode: z.enum(REGION_CODES).optional(),
  language: z.enum(LANGUAGES).default('ru'),
  limit: z.number().int().min(1).max(20).default(8),
});
export type SearchSettlementsInput = z.input<typeof searchSettlementsInput>;

const placeName = z.string().trim().min(1, 'placeNameRequired').max(80, 'placeNameTooLong');
const districtPart = z.string().trim().max(80, 'placeNameTooLong').default('');
/** A coordinate typed in a form: empty, or a decimal number (a comma is read as the decimal point). */
const coordinate = z.string().trim().max(20, 'coordinateInvalid').default('').transform((value) => value.replace(',', '.'));
/** Kazakhstan's extent, with a margin: a typo (a swapped sign, latitude in longitude) lands outside. */
const LATITUDE = { min: 40, max: 56 } as const;
const LONGITUDE = { min: 46, max: 88 } as const;
export const MAX_OTHER_SPELLINGS = 30;

/**
 * A place an admin adds (Admin → Settings → Places): names in the three languages, optionally its
 * district in the three languages (all or none — a city of republican or regional significance
 * names itself, e.g. "Ақтау қаласы"), other spellings one per line, and optionally its centre.
 */
export const addSettlementInput = z
  .object({
    regionCode: z.enum(REGION_CODES, { error: 'placeRegionRequired' }),
    nameKk: placeName,
    nameRu: placeName,
    nameEn: placeName,
    districtKk: districtPart,
    districtRu: districtPart,
    districtEn: districtPart,
    otherSpellings: z.string().max(3000, 'otherSpellingsTooMany').default(''),
    lat: coordinate,
    lng: coordinate,
  })
  .superRefine((input, ctx) => {
    const district = [['districtKk', input.districtKk], ['districtRu', input.districtRu], ['districtEn', input.districtEn]] as const;
    if (district.some(([, value]) => value)) {
      for (const [path, value] of district) if (!value) ctx.addIssue({ code: 'custom', path: [path], message: 'districtIncomplete' });
    }
    if (spellingLines(input.otherSpellings).length > MAX_OTHER_SPELLINGS) ctx.addIssue({ code: 'custom', path: ['otherSpellings'], message: 'otherSpellingsTooMany' });
    if (spellingLines(input.otherSpellings).some((line) => line.length > 80)) ctx.addIssue({ code: 'custom', path: ['otherSpellings'], message: 'placeNameTooLong' });
    const bounds = { lat: LATITUDE, lng: LONGITUDE } as const;
    for (const key of ['lat', 'lng'] as const) {
      const value = input[key];
      if (!value) continue;
      const number = Number(value);
      if (!/^-?\d{1,3}(\.\d+)?$/.test(value) || number < bounds[key].min || number > bounds[key].max) ctx.addIssue({ code: 'custom', path: [key], message: key === 'lat' ? 'latitudeInvalid' : 'longitudeInvalid' });
    }
    if (Boolean(input.lat) !== Boolean(input.lng)) ctx.addIssue({ code: 'custom', path: [input.lat ? 'lng' : 'lat'], message: 'coordinatesIncomplete' });
  });
export type AddSettlementInput = z.input<typeof addSettlementInput>;

/** The other spellings typed one per line (or separated by ";"). */
export function spellingLines(text: string): string[] {
  return text.split(/[\n;]/).map((line) => line.trim()).filter(Boolean);
}
