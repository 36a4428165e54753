// One load-generating process for bench/live-stream.ts: opens its share of SSE connections to
// /api/v1/stream over plain sockets (a few bytes of HTTP by hand: the cheapest client there is, so
// two cores can hold thousands) and reports, per expected notice, when each connection saw it.
// Times are process.hrtime (CLOCK_MONOTONIC), comparable across processes on one machine.
import net from 'node:net';

interface Connection {
  socket: net.Socket;
  tail: string;
  ready: boolean;
  seen: Map<string, number>;
}

const connections: Connection[] = [];
let expected: string | null = null;
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const send = (message: unknown) => process.send?.(message);

function open(host: string, port: number, path: string): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const connection: Connection = { socket: net.connect({ host, port }), tail: '', ready: false, seen: new Map() };
    const timer = setTimeout(() => reject(new Error('no first frame within 30 s')), 30_000);
    connection.socket.setNoDelay(true);
    connection.socket.on('connect', () => connection.socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nAccept: text/event-stream\r\nConnection: keep-alive\r\n\r\n`));
    connection.socket.on('data', (chunk: Buffer) => {
      connection.tail = (connection.tail + chunk.toString('latin1')).slice(-8192);
      if (!connection.ready && connection.tail.includes(': connected')) {
        connection.ready = true;
        clearTimeout(timer);
        resolve(connection);
      }
      if (expected && !connection.seen.has(expected) && connection.tail.includes(`"slug":"${expected}"`)) connection.seen.set(expected, nowMs());
    });
    connection.socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

process.on('message', async (message: { cmd: string; host: string; port: number; path: string; count: number; batch: number; slug: string; waitMs: number }) => {
  if (message.cmd === 'connect') {
    let failed = 0;
    for (let opened = 0; opened < message.count; opened += message.batch) {
      const size = Math.min(message.batch, message.count - opened);
      const results = await Promise.allSettled(Array.from({ length: size }, () => open(message.host, message.port, message.path)));
      for (const result of results) {
        if (result.status === 'fulfilled') connections.push(result.value);
        else failed++;
      }
      send({ type: 'progress', connected: connections.length, failed });
    }
    send({ type: 'ready', connected: connections.length, failed });
  } else if (message.cmd === 'expect') {
    expected = message.slug;
    // The event may already be in a connection's buffer if it raced this message.
    for (const c of connections) if (!c.seen.has(expected) && c.tail.includes(`"slug":"${expected}"`)) c.seen.set(expected, nowMs());
    send({ type: 'expecting' });
  } else if (message.cmd === 'collect') {
    const deadline = Date.now() + message.waitMs;
    while (Date.now() < deadline && connections.some((c) => !c.seen.has(message.slug))) await new Promise((r) => setTimeout(r, 50));
    const open = connections.filter((c) => !c.socket.destroyed).length;
    send({ type: 'collected', times: connections.flatMap((c) => (c.seen.has(message.slug) ? [c.seen.get(message.slug)!] : [])), open });
  } else if (message.cmd === 'close') {
    for (const c of connections) c.socket.destroy();
    process.exit(0);
  }
});
