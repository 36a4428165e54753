// GET /api/admin/events: the staff live channel (Server-Sent Events), one connection per browser.
// Every event goes to the connections whose actor may see it — decided in memory from what the
// writer put in the event (server/live/staff-events.ts), with no database read per event per
// connection — on the same SSE implementation as the public notice stream.
import { requireStaffActor } from '../auth/current-actor';
import { isStaffEvent, staffEventRule, type StaffEvent } from '../live/staff-events';
import { MODERATION_ROLES, type Actor } from '../policy';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { liveChannel, openLiveStream, sseFrame, type LiveChannel } from './sse';

/** The staff channel of the deps' event hub (one per process in production); a connection is its actor. */
export function staffEventChannel(deps: Pick<ApiDeps, 'liveEvents'>): LiveChannel<Actor, StaffEvent> {
  return liveChannel(deps.liveEvents, {
    name: 'staff',
    accepts: isStaffEvent,
    // Every connection allowed to see an event gets the same bytes.
    frameKey: (actor: Actor, event: StaffEvent) => (staffEventRule(event).audience(actor, event) ? 'allowed' : null),
    frame: (_key, event) => sseFrame(event.type, staffEventRule(event).data(event)),
  });
}

/** Moderators and admins; each event is then filtered by its own audience rule. */
export function handleStaffEvents(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const actor = await requireStaffActor(deps.db, await deps.session(), MODERATION_ROLES);
    return openLiveStream(request, staffEventChannel(deps), actor);
  });
}
