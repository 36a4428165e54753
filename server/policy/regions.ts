// Region scope: staff work on what touches their regions; admins on everything; what no region
// claims is the national queue. One rule, as a check on an entity in hand, as a Prisma filter for
// lists, and as SQL for raw queries.
import { Prisma } from '../db/generated/client';
import { forbidden } from '../errors';
import type { RegionScope } from './actor';

const isAdmin = (actor: RegionScope) => actor.role === 'ADMIN';

/**
 * A moderator works on a rumour when it touches one of their regions. A rumour that no region
 * claims — its reports chose no region and name no known place — is in the national queue, which
 * only admins and members explicitly scoped "national" see: an unplaced report from one region must
 * not be shown to every region's team.
 */
export function coversRegions(actor: RegionScope, regionCodes: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  if (regionCodes.length === 0) return actor.nationalQueue;
  return regionCodes.some((code) => actor.regionCodes.includes(code));
}

export function assertCoversRegions(actor: RegionScope, regionCodes: readonly string[]): void {
  if (!coversRegions(actor, regionCodes)) throw forbidden('This rumour is outside your regions.');
}

/** The same rule as coversRegions, as a database filter for lists. */
export function rumorScopeFilter(actor: RegionScope): Prisma.RumorWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ regionCodes: { hasSome: actor.regionCodes } }, ...(actor.nationalQueue ? [{ regionCodes: { isEmpty: true } }] : [])] };
}

const column = (alias: string | undefined, name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);

/** The same rule in raw SQL, over a rumour row (`alias`, or the bare table). */
export function rumorScopeSql(actor: RegionScope, alias?: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const regionCodes = column(alias, 'regionCodes');
  const national = actor.nationalQueue ? Prisma.sql` OR cardinality(${regionCodes}) = 0` : Prisma.empty;
  return Prisma.sql`(${regionCodes} && ${actor.regionCodes}::text[]${national})`;
}

/**
 * The same rule over report rows: a report's region is the one its reporter chose, or — when they
 * chose none — those of the places its text names (routed at intake); neither is the national queue.
 */
export function reportScopeSql(actor: RegionScope, alias?: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const region = column(alias, 'regionCode');
  const routed = column(alias, 'routedRegionCodes');
  const national = actor.nationalQueue ? Prisma.sql` OR (${region} IS NULL AND cardinality(${routed}) = 0)` : Prisma.empty;
  return Prisma.sql`(${region} = ANY(${actor.regionCodes}::text[]) OR (${region} IS NULL AND ${routed} && ${actor.regionCodes}::text[])${national})`;
}
