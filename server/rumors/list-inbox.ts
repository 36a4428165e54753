import type { Db } from '../db/client';
import { rumorScopeFilter, type Actor } from '../policy';
import { listInboxInput, type ListInboxInput } from './schema';

const OPEN_STATUSES = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'] as const;

/** Rumours the actor may work on, most urgent first. */
export async function listInboxRumors(db: Db, actor: Actor, rawInput: ListInboxInput = {}) {
  const input = listInboxInput.parse(rawInput);
  return db.rumor.findMany({
    where: { AND: [rumorScopeFilter(actor), { status: { in: input.status ?? [...OPEN_STATUSES, 'PUBLISHED'] } }] },
    orderBy: [{ priorityScore: 'desc' }, { lastSeenAt: 'desc' }],
    take: input.limit,
    select: {
      id: true,
      claim: true,
      status: true,
      priorityLevel: true,
      priorityScore: true,
      sightingCount: true,
      settlementCount: true,
      regionCodes: true,
      firstSeenAt: true,
      lastSeenAt: true,
      dueAt: true,
      highRisk: true,
      riskFlags: true,
      isDemo: true,
    },
  });
}

export type InboxRumor = Awaited<ReturnType<typeof listInboxRumors>>[number];
