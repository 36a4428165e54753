// The live streams are built for thousands of open connections: an event costs the public stream
// one database read however many connections get it, and the staff stream none at all — each
// connection's share is decided in memory.
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { LANGUAGES } from '../i18n/languages';
import type { EventHub, RaspaEvent } from '../live/events';
import type { Actor } from '../policy';
import { sseReader } from '../testing/sse-reader';
import { noticeStreamBroadcaster } from './notices-stream';
import { openLiveStream } from './sse';
import { staffEventChannel } from './staff-events';

/** An event hub that the test fires by hand. */
function handHub() {
  const listeners = new Set<(event: RaspaEvent) => void>();
  const hub: Pick<EventHub, 'subscribe'> = {
    subscribe: async (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { hub: hub as EventHub, fire: (event: RaspaEvent) => listeners.forEach((listener) => listener(event)) };
}

async function connect<C>(channel: Parameters<typeof openLiveStream<C>>[1], info: C) {
  const abort = new AbortController();
  const { next } = sseReader(openLiveStream(new Request('http://raspa.test/stream', { signal: abort.signal }), channel, info));
  expect(await next()).toBe('retry: 5000\n: connected');
  return { next, close: () => abort.abort() };
}

const data = (frame: string) => JSON.parse(/^data: (.*)$/m.exec(frame)![1]!) as Record<string, unknown>;

describe('live streams', () => {
  it('read a published notice’s titles once for all its connections, in every language', async () => {
    const { hub, fire } = handHub();
    let reads = 0;
    const db = {
      noticeVersion: {
        findFirst: async () => {
          reads++;
          return { translations: [{ language: 'kk', title: 'Ақтау порты жабылмайды' }, { language: 'ru', title: 'Порт Актау не закроют' }] };
        },
      },
    } as unknown as Db;
    const channel = noticeStreamBroadcaster({ db, publicOrigin: undefined, liveEvents: hub });
    const streams = await Promise.all([...Array(30)].map((_, i) => connect(channel, { language: LANGUAGES[i % LANGUAGES.length]! })));
    const warmUp = reads;

    fire({ type: 'notice.published', noticeId: 'n1', slug: 'aktau-port', version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: ['KZ-47'] });
    const frames = await Promise.all(streams.map((stream) => stream.next()));
    expect(reads - warmUp).toBe(1);
    // English readers get the nearest language there is: Russian.
    expect(frames.map((frame) => data(frame).title)).toEqual(streams.map((_, i) => ['Ақтау порты жабылмайды', 'Порт Актау не закроют', 'Порт Актау не закроют'][i % 3]));
    for (const stream of streams) stream.close();
  });

  it('decide the staff stream’s audience without reading the database at all', async () => {
    const { hub, fire } = handHub();
    const channel = staffEventChannel({ liveEvents: hub });
    const moderator = (regionCodes: string[]) => {
      const actor: Actor = { id: regionCodes.join(), name: 'm', role: 'MODERATOR', regionCodes, nationalQueue: false, canViewContacts: false };
      return { actor, sessionId: `session-${actor.id}` };
    };
    const mangystau = await Promise.all([...Array(20)].map(() => connect(channel, moderator(['KZ-47']))));
    const almaty = await connect(channel, moderator(['KZ-75']));

    fire({ type: 'report.created', reportId: 'r1', rumorId: 'rumor-aktau', regionCodes: ['KZ-47'] });
    fire({ type: 'report.created', reportId: 'r2', rumorId: 'rumor-almaty', regionCodes: ['KZ-75'] });
    for (const stream of mangystau) expect(data(await stream.next())).toEqual({ rumorId: 'rumor-aktau' });
    // The Almaty moderator's first event is the Almaty one: the Mangystau event never reached them.
    expect(data(await almaty.next())).toEqual({ rumorId: 'rumor-almaty' });
    for (const stream of [...mangystau, almaty]) stream.close();
  });
});
