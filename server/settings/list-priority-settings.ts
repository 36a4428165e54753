import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { assertAdmin, type Actor } from '../policy';
import { toMatchKey } from '../text';
import { readSetting } from './read-settings';
import { prioritySettingsInput, RISK_TERMS_PAGE_SIZE, type PrioritySettingsInput } from './schema';

/**
 * What the admin settings page shows: deadlines by level, each region's risk, and a page of the risk
 * terms (every term, unpaged, made the page answer 4 times a second with 10,000 of them). A search
 * finds a term as typed or by its match key, so "pogrom" finds "погром".
 */
export async function listPrioritySettings(db: Db, actor: Actor, rawInput?: PrioritySettingsInput) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const { termSearch = '', termPage } = prioritySettingsInput.parse(rawInput) ?? { termPage: 1 };
  const key = toMatchKey(termSearch);
  const where: Prisma.RiskTermWhereInput = termSearch ? { OR: [{ term: { contains: termSearch, mode: 'insensitive' } }, ...(key ? [{ matchKey: { contains: key } }] : [])] } : {};
  const [riskTerms, termCount, perLanguage, deadlines, regions] = await Promise.all([
    db.riskTerm.findMany({
      where,
      orderBy: [{ weight: 'desc' }, { language: 'asc' }, { term: 'asc' }, { id: 'asc' }],
      skip: (termPage - 1) * RISK_TERMS_PAGE_SIZE,
      take: RISK_TERMS_PAGE_SIZE,
      select: { id: true, term: true, language: true, weight: true },
    }),
    db.riskTerm.count({ where }),
    db.riskTerm.groupBy({ by: ['language'], where, _count: { _all: true } }),
    readSetting(db, 'priority.deadlines'),
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, nameKk: true, nameRu: true, nameEn: true, riskLevel: true, requiresApproval: true } }),
  ]);
  const riskTermPages = {
    search: termSearch,
    page: termPage,
    pageCount: Math.max(1, Math.ceil(termCount / RISK_TERMS_PAGE_SIZE)),
    total: termCount,
    perLanguage: Object.fromEntries(perLanguage.map((row) => [row.language, row._count._all])),
  };
  return { riskTerms, riskTermPages, deadlines, regions };
}

export type PrioritySettings = Awaited<ReturnType<typeof listPrioritySettings>>;
