// A moderator's named inbox filters. Each staff member sees and deletes only their own.
import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { deleteInboxFilterInput, inboxFilterFields, saveInboxFilterInput, type InboxFilters } from './schema';

/** Saves (or replaces, under the same name) one of the actor's filters. */
export async function saveInboxFilter(db: Db, actor: Actor, rawInput: { name: string; query: InboxFilters }) {
  const input = saveInboxFilterInput.parse(rawInput);
  return db.savedFilter.upsert({
    where: { userId_name: { userId: actor.id, name: input.name } },
    create: { userId: actor.id, name: input.name, query: input.query },
    update: { query: input.query },
    select: { id: true, name: true },
  });
}

export async function listInboxFilters(db: Db, actor: Actor) {
  const rows = await db.savedFilter.findMany({ where: { userId: actor.id }, orderBy: { name: 'asc' }, select: { id: true, name: true, query: true } });
  // A filter saved before the filter fields changed keeps whatever still parses.
  return rows.map((row) => {
    const parsed = inboxFilterFields.safeParse(row.query);
    return { id: row.id, name: row.name, query: parsed.success ? parsed.data : {} };
  });
}

/** Deleting is idempotent; another user's filter is never touched (and never revealed). */
export async function deleteInboxFilter(db: Db, actor: Actor, rawInput: { id: string }) {
  const input = deleteInboxFilterInput.parse(rawInput);
  const { count } = await db.savedFilter.deleteMany({ where: { id: input.id, userId: actor.id } });
  return { deleted: count };
}
