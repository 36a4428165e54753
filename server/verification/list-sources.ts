import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { canManageSource, sourceScopeFilter, type Actor } from '../policy';
import { detectLanguage } from '../text/language';
import { listSourcesInput, type ListSourcesInput } from './schema';
import { sourceSelect } from './source-select';

/**
 * The registry as the actor may use it: admins see everything; a moderator sees nationwide
 * sources and those serving one of their regions. Each row says whether the actor may edit it, and
 * the language its name and note are written in (staff write a source once, in their own language:
 * the page marks it, and a reader of another language knows the name is not untranslated UI).
 */
export async function listSources(db: Db, actor: Actor, rawInput?: ListSourcesInput) {
  const input = listSourcesInput.parse(rawInput);
  const where: Prisma.SourceWhereInput[] = [];
  if (!input.includeInactive) where.push({ active: true });
  if (input.regionCode) where.push({ OR: [{ regionCodes: { has: input.regionCode } }, { regionCodes: { isEmpty: true } }] });
  where.push(sourceScopeFilter(actor));
  const sources = await db.source.findMany({
    where: { AND: where },
    orderBy: [{ active: 'desc' }, { reliability: 'desc' }, { name: 'asc' }],
    take: 500,
    select: sourceSelect,
  });
  return sources.map((source) => ({ ...source, language: detectLanguage(`${source.name} ${source.reliabilityNote ?? ''}`).language, canEdit: canManageSource(actor, source.regionCodes) }));
}
