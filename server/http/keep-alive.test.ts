// A kept-alive connection is not closed under a request the client has already sent: not after an
// idle spell as long as a proxy's pool keeps its connections, nor after the event loop was away
// longer than Node's default 5 s (Node runs its timers before it reads what waits on the socket).
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS, outlastProxyKeepAlive } from './keep-alive';

const NODE_DEFAULT_KEEP_ALIVE_MS = 5_000;
let server: http.Server;
let port = 0;

beforeAll(async () => {
  outlastProxyKeepAlive();
  // As Next creates it: no keep-alive option of its own.
  server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => response.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const REQUEST = 'POST /api/sms/smssync HTTP/1.1\r\nHost: raspa\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\nmessage=x';

/** Sends a request, then a second on the same connection once `between` has run; the answers that came. */
function twoRequests(between: (send: () => void) => void): Promise<{ answers: number; error?: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let sentSecond = false;
    const answers = () => received.split('HTTP/1.1 200 OK').length - 1;
    const done = (error?: string) => {
      socket.destroy();
      resolve({ answers: answers(), error });
    };
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (!received.endsWith('ok')) return;
      if (answers() === 2) return done();
      if (!sentSecond) {
        sentSecond = true;
        between(() => socket.write(REQUEST));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => done(error.code));
    socket.on('close', () => done('closed'));
    socket.write(REQUEST);
  });
}

describe('kept-alive connections', () => {
  it('take a request sent after an idle spell longer than Node’s default', async () => {
    const result = await twoRequests((send) => setTimeout(send, NODE_DEFAULT_KEEP_ALIVE_MS + 700));
    expect(result).toEqual({ answers: 2 });
    // Longer than nginx keeps idle upstream connections (60 s), so the proxy always closes first.
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  }, 20_000);

  it('answer a request that waited on the socket while the event loop was away longer than Node’s default', async () => {
    const result = await twoRequests((send) => {
      send();
      // The server's process busy (or starved of CPU) for longer than the default: its keep-alive timer
      // is then due before the waiting request is read.
      const until = Date.now() + NODE_DEFAULT_KEEP_ALIVE_MS + 1_000;
      while (Date.now() < until);
    });
    expect(result).toEqual({ answers: 2 });
  }, 20_000);
});
