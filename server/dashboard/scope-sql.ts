// Region scope for the dashboard's raw SQL: the same rule as rumorScopeFilter (server/policy).
import { Prisma } from '../db/generated/client';
import { isAdmin, type Actor } from '../policy';

/** Rumours touching the actor's regions, or with no region yet; everything for admins. */
export function rumorScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const column = Prisma.raw(`${alias}."regionCodes"`);
  return Prisma.sql`(${column} && ${actor.regionCodes}::text[] OR cardinality(${column}) = 0)`;
}

/** Reports from the actor's regions, or with no region; everything for admins. */
export function reportScopeSql(actor: Actor, alias: string): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const column = Prisma.raw(`${alias}."regionCode"`);
  return Prisma.sql`(${column} IS NULL OR ${column} = ANY(${actor.regionCodes}::text[]))`;
}
