// "A rumour in my regions became critical" (issue 16): told when a rumour's priority rises to
// CRITICAL — to the moderators of its regions and its assignee — once per rumour and member: a
// rumour whose priority wavers around the threshold does not alert again. Called by the one
// writer of Rumor.priorityLevel (server/rumors/refresh-rumor-stats.ts), in its transaction.
import type { DbTx } from '../db/client';
import type { PriorityLevel, RumorStatus } from '../db/generated/enums';
import { OPEN_STATUSES } from '../rumors/workflow';
import { notifyStaff, regionModerators } from './notify-staff';

export interface PriorityChange {
  rumorId: string;
  before: PriorityLevel;
  after: PriorityLevel;
  status: RumorStatus;
  merged: boolean;
  assigneeId: string | null;
  regionCodes: string[];
}

export async function alertIfBecameCritical(tx: DbTx, change: PriorityChange): Promise<string[]> {
  if (change.after !== 'CRITICAL' || change.before === 'CRITICAL' || change.merged || !(OPEN_STATUSES as readonly RumorStatus[]).includes(change.status)) return [];
  const told = await tx.staffNotification.findMany({ where: { rumorId: change.rumorId, kind: 'RUMOR_CRITICAL' }, select: { recipientId: true } });
  const already = new Set(told.map((n) => n.recipientId));
  const recipients = [change.assigneeId, ...(await regionModerators(tx, change.regionCodes))].filter((id): id is string => !!id && !already.has(id));
  return notifyStaff(tx, { kind: 'RUMOR_CRITICAL', rumorId: change.rumorId, recipientIds: recipients, actorId: null });
}
