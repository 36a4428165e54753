// GET /api/admin/events: the staff live channel (Server-Sent Events), one connection per browser.
// Every event goes to the connections whose actor may see it — decided in memory from what the
// writer put in the event (server/live/staff-events.ts), with no database read per event per
// connection — on the same SSE implementation as the public notice stream. A connection is closed
// when its session ends or its member's role or scope changes (staff.access_changed): the browser
// reconnects and is authorised afresh, or refused. A browser that reconnects after sleep or a lost
// network gets the events it missed and may see, replayed from this process's memory in order
// (Last-Event-ID), or `resync` — reload your view — when the gap is too old to bridge.
import { requireStaffSession } from '../auth/current-actor';
import type { RaspaEvent } from '../live/events';
import { isStaffEvent, staffEventRule, type StaffEvent } from '../live/staff-events';
import { STAFF_ROLES, type Actor } from '../policy';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { liveChannel, openLiveStream, sseFrame, type LiveChannel } from './sse';

/** Who holds a staff connection: the actor as authorised when it opened, and the session it came with. */
export interface StaffConnection {
  actor: Actor;
  sessionId: string;
}

type AccessChanged = Extract<RaspaEvent, { type: 'staff.access_changed' }>;
type StaffChannelEvent = StaffEvent | AccessChanged;

/**
 * Staff events kept for replay. A busy crisis day is a few thousand audited changes an hour across
 * all regions: this bridges minutes of lost network for a few hundred kilobytes of memory.
 */
export const STAFF_REPLAY_CAPACITY = 2_000;

/** The staff channel of the deps' event hub (one per process in production). */
export function staffEventChannel(deps: Pick<ApiDeps, 'liveEvents'>): LiveChannel<StaffConnection, StaffChannelEvent> {
  return liveChannel(deps.liveEvents, {
    name: 'staff',
    accepts: (event): event is StaffChannelEvent => isStaffEvent(event) || event.type === 'staff.access_changed',
    disconnects: ({ actor, sessionId }, event) =>
      event.type === 'staff.access_changed' && event.userId === actor.id && (!event.sessionIds || event.sessionIds.includes(sessionId)),
    // Every connection allowed to see an event gets the same bytes.
    frameKey: ({ actor }, event) => (event.type !== 'staff.access_changed' && staffEventRule(event).audience(actor, event) ? 'allowed' : null),
    frame: (_key, event, _prepared, id) => sseFrame(event.type, event.type === 'staff.access_changed' ? {} : staffEventRule(event).data(event), id),
    replay: { capacity: STAFF_REPLAY_CAPACITY },
  });
}

/** Moderators, admins and field verifiers; each event is then filtered by its own audience rule. */
export function handleStaffEvents(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const { actor, sessionId } = await requireStaffSession(deps.db, await deps.session(), STAFF_ROLES);
    return openLiveStream(request, staffEventChannel(deps), { actor, sessionId });
  });
}
