// Region scope: staff work on what touches their regions; admins on everything. One rule, as a
// check on an entity in hand, as a Prisma filter for lists, and as SQL for raw queries.
import { Prisma } from '../db/generated/client';
import { forbidden } from '../errors';
import { isAdmin, type Actor } from './actor';

/**
 * A moderator works on a rumour when it touches one of their regions. A rumour with no known
 * region yet is visible to every moderator, so that nobody's claim falls between the cracks.
 */
export function coversRegions(actor: Actor, regionCodes: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  if (regionCodes.length === 0) return true;
  return regionCodes.some((code) => actor.regionCodes.includes(code));
}

export function assertCoversRegions(actor: Actor, regionCodes: readonly string[]): void {
  if (!coversRegions(actor, regionCodes)) throw forbidden('This rumour is outside your regions.');
}

/** The same rule as coversRegions, as a database filter for lists. */
export function rumorScopeFilter(actor: Actor): Prisma.RumorWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ regionCodes: { hasSome: actor.regionCodes } }, { regionCodes: { isEmpty: true } }] };
}

const column = (alias: string | undefined, name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);

/** The same rule in raw SQL, over a rumour row (`alias`, or the bare table). */
export function rumorScopeSql(actor: Actor, alias?: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const regionCodes = column(alias, 'regionCodes');
  return Prisma.sql`(${regionCodes} && ${actor.regionCodes}::text[] OR cardinality(${regionCodes}) = 0)`;
}

/** Reports from the actor's regions, or naming no region; everything for admins. */
export function reportScopeSql(actor: Actor, alias?: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const regionCode = column(alias, 'regionCode');
  return Prisma.sql`(${regionCode} IS NULL OR ${regionCode} = ANY(${actor.regionCodes}::text[]))`;
}
