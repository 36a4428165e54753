// Server-Sent Events for the moderation inbox: "a report arrived for a rumour in your regions".
// Only the rumour id is sent; the client decides when to refetch, so the list never re-sorts
// under the moderator's cursor.
import { getServerSession } from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { liveEvents, type RaspaEvent } from '@/server/live/events';
import { coversRegions, hasRole, MODERATION_ROLES } from '@/server/policy';
import { loadActor } from '@/server/staff/load-actor';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const HEARTBEAT_MS = 25_000;

export async function GET(request: Request) {
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor || !hasRole(actor, MODERATION_ROLES)) return new Response('Unauthorized', { status: 401, headers: { 'cache-control': 'no-store' } });

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const onEvent = async (event: RaspaEvent) => {
        if (event.type !== 'report.created' || !event.rumorId) return;
        // A cheap primary-key read: forward only rumours this moderator may see.
        const rumor = await db().rumor.findUnique({ where: { id: event.rumorId }, select: { regionCodes: true } }).catch(() => null);
        if (rumor && coversRegions(actor, rumor.regionCodes)) send(`event: report.created\ndata: ${JSON.stringify({ rumorId: event.rumorId })}\n\n`);
      };
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
      let unsubscribe: (() => void) | null = null;
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe?.();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      request.signal.addEventListener('abort', () => cleanup(), { once: true });
      // Reconnecting browsers wait 5 s rather than the default 3 s.
      send('retry: 5000\n\n');
      unsubscribe = await liveEvents().subscribe((event) => void onEvent(event));
      if (closed || request.signal.aborted) {
        unsubscribe();
        cleanup();
      }
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
