// Next's data cache holds the public pages' and notices' reads (public-notice-cache.ts), keyed by
// this process's notices generation, which every publication changes. Kept on disk
// (.next/cache/fetch-cache), a long-running server wrote files per generation and never removed
// them. Built from this project's next.config.js as `next start` builds it, the cache must write no
// file and forget the oldest generations once its memory bound is reached.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import loadConfig from 'next/dist/server/config';
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
// Ambient const enums: their values are written out below.
import type { CachedRouteKind, IncrementalCacheKind } from 'next/dist/server/response-cache/types';
// public-notice-cache.ts's tag (imported, that module would open a database connection).
const PUBLIC_NOTICES_TAG = 'public-notices';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  return readdir(folder, { recursive: true }).catch(() => []);
}

it('keeps the data cache of a server that saw many publications in bounded memory and writes no file', async () => {
  const config = await loadConfig(PHASE_PRODUCTION_SERVER, process.cwd(), { silent: true });
  dir = await mkdtemp(path.join(os.tmpdir(), 'raspa-next-cache-'));
  // What next-server.js passes its incremental cache (not minimal mode).
  const cache = new FileSystemCache({
    fs: nodeFs,
    dev: false,
    serverDistDir: path.join(dir, 'server'),
    flushToDisk: config.experimental.isrFlushToDisk,
    maxMemoryCacheSize: config.cacheMaxMemorySize,
    revalidatedTags: [],
    _requestHeaders: {},
  });
  expect(config.cacheMaxMemorySize).toBeGreaterThan(0);
  const page = 'x'.repeat(100_000);
  const generations = Math.ceil((config.cacheMaxMemorySize * 1.5) / page.length);
  const key = (generation: number) => `public-notices-home-${generation}`;
  for (let generation = 0; generation < generations; generation++) {
    await cache.set(key(generation), { kind: 'FETCH' as CachedRouteKind.FETCH, data: { headers: {}, body: page, status: 200, url: '' }, revalidate: 60, tags: [PUBLIC_NOTICES_TAG] }, { fetchCache: true, tags: [PUBLIC_NOTICES_TAG] });
  }
  expect(await filesUnder(path.join(dir, 'cache'))).toEqual([]);
  const read = (generation: number) => cache.get(key(generation), { kind: 'FETCH' as IncrementalCacheKind.FETCH, tags: [PUBLIC_NOTICES_TAG], softTags: [], revalidate: 60 });
  expect((await read(generations - 1))?.value).toMatchObject({ kind: 'FETCH' });
  expect(await read(0)).toBeNull();
});
