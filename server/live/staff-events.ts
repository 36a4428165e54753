// The staff live channel's event types: who may receive each (decided in memory from the event
// and the connection's actor — no database read) and what the browser is sent. Adding a type is
// adding its schema to server/live/events.ts, its name below and its row here; the compiler
// refuses a type without a row.
import { coversRegions, hasRole, MODERATION_ROLES, type Actor } from '../policy';
import type { RaspaEvent } from './events';

export const STAFF_EVENT_TYPES = ['report.created', 'rumor.changed', 'notifications.changed'] as const;
export type StaffEventType = (typeof STAFF_EVENT_TYPES)[number];
export type StaffEvent = Extract<RaspaEvent, { type: StaffEventType }>;

interface StaffEventRule<E> {
  /** May this staff member see the event? Must not need more than the event and the actor. */
  audience(actor: Actor, event: E): boolean;
  /** What the browser gets: no more than the audience may know, and no more than it needs. */
  data(event: E): Record<string, unknown>;
}

/** Moderators and admins of the rumour's regions: the same rule as opening the rumour itself. */
function rumorModerators(actor: Actor, event: { regionCodes: string[] }): boolean {
  return hasRole(actor, MODERATION_ROLES) && coversRegions(actor, event.regionCodes);
}

export const STAFF_EVENTS: { [T in StaffEventType]: StaffEventRule<Extract<StaffEvent, { type: T }>> } = {
  // The inbox counts these ("3 new reports — show") and refetches when the moderator asks.
  'report.created': { audience: rumorModerators, data: (event) => ({ rumorId: event.rumorId }) },
  // Open rumour pages refetch when it is theirs; field verifiers' task lists refetch on
  // verification changes in their regions (they learn no more than that one happened).
  'rumor.changed': {
    audience: (actor, event) => rumorModerators(actor, event) || (event.action.startsWith('verification.') && actor.role === 'VERIFIER' && coversRegions(actor, event.regionCodes)),
    data: (event) => ({ rumorId: event.rumorId, action: event.action }),
  },
  // The member's own notification centre refetches; what changed is read through their own query.
  'notifications.changed': { audience: (actor, event) => actor.id === event.userId, data: () => ({}) },
};

export function isStaffEvent(event: RaspaEvent): event is StaffEvent {
  return (STAFF_EVENT_TYPES as readonly string[]).includes(event.type);
}

export function staffEventRule<E extends StaffEvent>(event: E): StaffEventRule<E> {
  return STAFF_EVENTS[event.type] as StaffEventRule<E>;
}
