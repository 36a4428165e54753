// The source registry: who sees which entries and who may change them.
import type { Prisma } from '../db/generated/client';
import { forbidden } from '../errors';
import { isAdmin, type Actor } from './actor';

/** Admins see every source; others see nationwide ones and those serving one of their regions. */
export function sourceScopeFilter(actor: Actor): Prisma.SourceWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ regionCodes: { hasSome: actor.regionCodes } }, { regionCodes: { isEmpty: true } }] };
}

/**
 * Admins manage every source. A moderator manages a source only when every region it serves is
 * one of theirs — nationwide sources (no regions) and sources shared with other regions are the
 * admins' to edit, so one region's team cannot change another's registry.
 */
export function canManageSource(actor: Actor, regionCodes: readonly string[]): boolean {
  if (isAdmin(actor)) return true;
  if (actor.role !== 'MODERATOR') return false;
  return regionCodes.length > 0 && regionCodes.every((code) => actor.regionCodes.includes(code));
}

export function assertCanManageSource(actor: Actor, regionCodes: readonly string[]): void {
  if (!canManageSource(actor, regionCodes)) throw forbidden('sourceOutOfRegion');
}
