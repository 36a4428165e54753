// Settlement type-ahead that understands spelling variants and both Kazakh scripts: every alias
// has a script-neutral match key, so Жаңаөзен, Zhanaozen, Janaozen and Новый Узень meet.
import type { DbTx } from '../db/client';
import type { RegionCode } from '../regions/codes';
import { toMatchKey } from '../text';
import { searchSettlementsInput, type SearchSettlementsInput } from './schema';
import { placeName } from '../i18n/languages';

export interface SettlementOption {
  id: string;
  name: string;
  regionCode: string;
  /** The alias that matched, when it differs from the name shown (e.g. "Новый Узень"). */
  matchedAlias: string | null;
  score: number;
}

export async function searchSettlements(db: DbTx, rawInput: SearchSettlementsInput): Promise<SettlementOption[]> {
  const input = searchSettlementsInput.parse(rawInput);
  const key = toMatchKey(input.q);
  if (!key) return [];
  const prefix = key.replace(/[%_\\]/g, '') + '%';
  const rows = await db.$queryRaw<{ id: string; nameKk: string; nameRu: string; nameEn: string; regionCode: string; alias: string; score: number }[]>`
    SELECT DISTINCT ON (s.id) s.id, s."nameKk", s."nameRu", s."nameEn", s."regionCode", a.alias,
           (CASE WHEN a."matchKey" LIKE ${prefix} THEN 1 ELSE 0 END + similarity(a."matchKey", ${key}))::float8 AS score
    FROM "SettlementAlias" a JOIN "Settlement" s ON s.id = a."settlementId"
    WHERE (a."matchKey" LIKE ${prefix} OR similarity(a."matchKey", ${key}) > 0.3)
      AND (${input.regionCode ?? null}::text IS NULL OR s."regionCode" = ${input.regionCode ?? null}::text)
    ORDER BY s.id, score DESC`;
  return rows
    .sort((a, b) => b.score - a.score)
    .slice(0, input.limit)
    .map((row) => {
      const name = placeName(row, input.language);
      return { id: row.id, name, regionCode: row.regionCode, matchedAlias: row.alias === name ? null : row.alias, score: Math.round(row.score * 100) / 100 };
    });
}

/** The settlement a typed place name most likely means, when the match is unambiguous enough. */
export async function resolveSettlement(db: DbTx, typed: string, regionCode?: RegionCode): Promise<{ id: string; regionCode: string } | null> {
  // Longer than any place name: compare its beginning only.
  const [best] = await searchSettlements(db, { q: typed.trim().slice(0, 80), regionCode, limit: 1 });
  // A prefix hit scores ≥ 1; a pure fuzzy hit needs to be close.
  return best && (best.score >= 1.5 || (best.score < 1 && best.score >= 0.6)) ? { id: best.id, regionCode: best.regionCode } : null;
}
