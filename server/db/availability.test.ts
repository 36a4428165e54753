import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { createDatabaseAvailability } from './availability';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function eventually(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('database availability', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-availability-'));
  let server: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says down while nothing listens, up once PostgreSQL answers, down the moment it stops, and up again when it is back', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const start = () => startEmbeddedPostgres({ dataDir, port, password: 'availability', database: 'raspa', ephemeral: true });
    const availability = createDatabaseAvailability({ connectionString: `postgresql://postgres:availability@127.0.0.1:${port}/raspa`, probeEveryMs: 100 });
    try {
      expect(await availability.isAvailable()).toBe(false);
      // Within the probe interval it answers from what it knows, without trying again.
      const before = Date.now();
      expect(await availability.isAvailable()).toBe(false);
      expect(Date.now() - before).toBeLessThan(50);

      server = await start();
      expect(await eventually(() => availability.isAvailable())).toBe(true);

      await server.stop();
      // The idle connection ends with the server: no request has to fail first.
      expect(await eventually(async () => !(await availability.isAvailable()), 5_000)).toBe(true);

      server = await start();
      expect(await eventually(() => availability.isAvailable())).toBe(true);

      // A failed request elsewhere marks it down; the next probe finds it reachable.
      availability.markUnavailable();
      expect(await eventually(() => availability.isAvailable(), 2_000)).toBe(true);
    } finally {
      await availability.close();
    }
  });

  it('does not take a database that is only slow to answer for an outage, and keeps one known down as down', { timeout: 30_000 }, async () => {
    // A server that accepts connections and answers nothing in time: what a busy database (or our
    // own busy event loop) looks like to the probe.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const slow = createDatabaseAvailability({ connectionString: `postgresql://postgres:x@127.0.0.1:${port}/raspa`, probeEveryMs: 100, probeTimeoutMs: 300 });
    try {
      expect(await slow.isAvailable()).toBe(true);
      // Later requests do not wait on the probes that keep trying.
      const before = Date.now();
      await new Promise((r) => setTimeout(r, 150));
      expect(await slow.isAvailable()).toBe(true);
      expect(Date.now() - before).toBeLessThan(300);

      // Once a request saw it unreachable, a probe without an answer does not bring it back.
      slow.markUnavailable();
      await new Promise((r) => setTimeout(r, 150));
      expect(await slow.isAvailable()).toBe(false);
    } finally {
      await slow.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
