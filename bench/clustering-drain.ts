// Draining a clustering backlog with 1 and with 2 workers (issue 17). A backlog of --reports reports
// (default 10,000: the labelled and held-out sets' texts, repeated across their regions with a
// forwarded-message tag so that no two are identical) is stored with intake's own submitReport,
// none clustered; then 1 worker, and on a second copy 2 workers at once (each its own connection
// pool, as two `npm run worker` processes would be), run clusterPendingReports until nothing is
// pending. Prints the wall time of each, the speed-up, and whether both made the same rumours.
//
//   npx tsx bench/clustering-drain.ts [--reports=10000] [--port=55849]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Db } from '../server/db/client';
import type { RegionCode } from '../server/regions/codes';
import { clusterPendingReports } from '../server/reports/cluster-pending-reports';
import { submitReport } from '../server/reports/submit-report';
import { loadAverage } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REPORTS = arg('reports', 10_000);
const PORT = arg('port', 55849);
const encryptionKey = Buffer.alloc(32, 3).toString('base64');

interface Item {
  text: string;
  regionCode: string | null;
}
const items: Item[] = ['labelled-reports.json', 'holdout-reports.json'].flatMap(
  (file) => (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'clustering', file), 'utf8')) as { reports: Item[] }).reports,
);
const TAGS = ['', 'Переслано: ', 'Forwarded: ', 'Жіберілді: ', '❗', '⚡ ', 'срочно ', 'шұғыл '];

async function storeBacklog(db: Db): Promise<string[]> {
  const start = Date.now() - (REPORTS + 10) * 1_000;
  const ids: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const item = items[i % items.length]!;
    const copy = Math.floor(i / items.length);
    const text = `${TAGS[copy % TAGS.length]}${item.text}${copy >= TAGS.length ? ` (${copy})` : ''}`;
    const { report } = await submitReport(db, { clientId: randomUUID(), text, regionCode: (item.regionCode ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + i * 1_000) });
    ids.push(report.id);
  }
  return ids;
}

async function drain(url: string, workers: number): Promise<number> {
  const clients = Array.from({ length: workers }, () => createPrismaClient(url, 4));
  const began = performance.now();
  try {
    await Promise.all(
      clients.map(async (db) => {
        for (;;) {
          const clustered = await clusterPendingReports(db, { limit: 100 });
          if (clustered.length > 0) continue;
          if ((await db.report.count({ where: { clusteringPending: true } })) === 0) return;
          await new Promise((r) => setTimeout(r, 20)); // the rest is another worker's just now
        }
      }),
    );
    return (performance.now() - began) / 1000;
  } finally {
    await Promise.all(clients.map((c) => c.$disconnect()));
  }
}

async function rumours(url: string, ids: string[]): Promise<string[]> {
  const db = createPrismaClient(url, 2);
  try {
    const rows = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, rumorId: true } });
    const at = new Map(ids.map((id, i) => [id, i]));
    const groups = new Map<string, number[]>();
    for (const row of rows) groups.set(row.rumorId!, [...(groups.get(row.rumorId!) ?? []), at.get(row.id)!]);
    return [...groups.values()].map((g) => g.sort((a, b) => a - b).join(',')).sort();
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const postgres = await startThrowawayPostgres({ name: 'drain', port: PORT });
  try {
    const loadBefore = loadAverage();
    const urls = [await postgres.createDatabase('drain_one'), await postgres.createDatabase('drain_two')];
    const ids: string[][] = [];
    for (const url of urls) {
      const db = createPrismaClient(url, 4);
      try {
        ids.push(await storeBacklog(db));
      } finally {
        await db.$disconnect();
      }
    }
    const one = await drain(urls[0]!, 1);
    const two = await drain(urls[1]!, 2);
    const same = JSON.stringify(await rumours(urls[0]!, ids[0]!)) === JSON.stringify(await rumours(urls[1]!, ids[1]!));
    const rumourCount = (await rumours(urls[0]!, ids[0]!)).length;
    console.log(`backlog: ${REPORTS} reports (${items.length} labelled texts across their regions), PostgreSQL ${postgres.version}`);
    console.log(`1 worker:  ${one.toFixed(1)} s (${(REPORTS / one).toFixed(0)} reports/s)`);
    console.log(`2 workers: ${two.toFixed(1)} s (${(REPORTS / two).toFixed(0)} reports/s), speed-up ${(one / two).toFixed(2)}×`);
    console.log(`same rumours with 2 workers as with 1: ${same ? 'yes' : 'NO'} (${rumourCount} rumours)`);
    console.log(`load average before / after: ${loadBefore} / ${loadAverage()}`);
    if (!same) process.exitCode = 1;
  } finally {
    await postgres.stop();
  }
}

void main();
