// Does a clustering drain still finish, and make the same rumours, while the lexicon re-key job runs
// without pause? (issue 11/17: the job takes the clusterers' advisory locks, server/lexicon/rekey-open-reports.ts.)
// Two copies of one database: --reports texts of the labelled and held-out sets (in order, with
// their regions), the first half clustered beforehand (open rumours whose reports the job re-keys),
// the second half left pending. Each copy is drained by the worker's clustering loop: the first
// alone, the second while another connection pool edits the lexicon and runs the re-key job over
// and over. The edits add terms no text contains, so every key is rewritten to what it was: the
// two drains must place every report alike, and any difference is the re-key disturbing clustering.
// Prints both drain times, how much the job re-keyed meanwhile, and whether the rumours are the same.
//
//   npx tsx bench/lexicon-rekey-drain.ts [--reports=300] [--port=55649]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Db } from '../server/db/client';
import { addConceptTerm } from '../server/lexicon/add-concept-term';
import { rekeyOpenReports } from '../server/lexicon/rekey-open-reports';
import type { RegionCode } from '../server/regions/codes';
import { clusterPendingReports } from '../server/reports/cluster-pending-reports';
import { clusteringLoop } from '../server/reports/clustering-loop';
import { submitReport } from '../server/reports/submit-report';
import { createStaff, asActor } from '../server/testing/fixtures';
import { loadAverage } from './lib/stats';
import { startThrowawayPostgres } from './lib/throwaway-postgres';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REPORTS = arg('reports', 300);
const PORT = arg('port', 55649);
const encryptionKey = Buffer.alloc(32, 3).toString('base64');

const items = ['labelled-reports.json', 'holdout-reports.json'].flatMap(
  (file) => (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'clustering', file), 'utf8')) as { reports: { text: string; regionCode: string | null }[] }).reports,
);

/** Stores the reports (one second apart, in order) and clusters the first half; returns every id. */
async function prepare(db: Db): Promise<string[]> {
  const start = Date.now() - (REPORTS + 10) * 1_000;
  const ids: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const item = items[i % items.length]!;
    const { report } = await submitReport(db, { clientId: randomUUID(), text: item.text, regionCode: (item.regionCode ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + i * 1_000) });
    ids.push(report.id);
    if (i + 1 === Math.floor(REPORTS / 2)) await clusterPendingReports(db, { limit: REPORTS });
  }
  return ids;
}

/** Runs the worker's clustering loop until nothing is pending; seconds. */
async function drain(db: Db): Promise<number> {
  const stop = new AbortController();
  const began = performance.now();
  const loop = clusteringLoop.start(db, stop.signal);
  while (await db.report.findFirst({ where: { clusteringPending: true }, select: { id: true } })) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - began) / 1000;
  stop.abort();
  await loop;
  return seconds;
}

/** Edits the lexicon (a term no text contains) and re-keys everything, again and again, until stopped. */
async function rekeyWithoutPause(db: Db, stop: AbortSignal) {
  const admin = asActor(await createStaff(db, 'ADMIN', []));
  const done = { edits: 0, reports: 0, translations: 0, unfinished: 0, ms: 0 };
  while (!stop.aborted) {
    await addConceptTerm(db, admin, { conceptId: 'bench-nothing', contrastClass: null, language: 'en', term: `zzqx${done.edits}*` }, { enqueueRekey: async () => null });
    done.edits++;
    const began = performance.now();
    const run = await rekeyOpenReports(db, { patienceMs: 2_000 });
    done.ms += performance.now() - began;
    done.reports += run.reports;
    done.translations += run.translations;
    if (run.unfinished) done.unfinished++;
  }
  return done;
}

async function rumourOfEach(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, rumorId: true } });
  const rumorOf = new Map(rows.map((r) => [r.id, r.rumorId ?? 'unclustered']));
  // A rumour named by the first report in it, so two databases' rumours compare.
  const firstOf = new Map<string, number>();
  return ids.map((id, i) => {
    const rumour = rumorOf.get(id)!;
    if (!firstOf.has(rumour)) firstOf.set(rumour, i);
    return String(firstOf.get(rumour));
  });
}

async function main() {
  const postgres = await startThrowawayPostgres({ name: 'rekey-drain', port: PORT });
  try {
    const loadBefore = loadAverage();
    const urls = [await postgres.createDatabase('rekey_alone'), await postgres.createDatabase('rekey_during')];
    const dbs = urls.map((url) => createPrismaClient(url, 4));
    const ids = await Promise.all(dbs.map(prepare));
    const alone = await drain(dbs[0]!);

    // The job's own pool, as in a second worker process.
    const rekeyDb = createPrismaClient(urls[1]!, 4);
    const stop = new AbortController();
    const rekeying = rekeyWithoutPause(rekeyDb, stop.signal);
    const during = await drain(dbs[1]!);
    stop.abort();
    const rekeyed = await rekeying;

    const [one, two] = await Promise.all([rumourOfEach(dbs[0]!, ids[0]!), rumourOfEach(dbs[1]!, ids[1]!)]);
    const differing = one.filter((r, i) => r !== two[i]).length;
    console.log(`backlog: ${REPORTS} reports, ${Math.floor(REPORTS / 2)} clustered beforehand, ${REPORTS - Math.floor(REPORTS / 2)} drained; PostgreSQL ${postgres.version}`);
    console.log(`drain alone:             ${alone.toFixed(1)} s`);
    console.log(`drain while re-keying:   ${during.toFixed(1)} s (${(during / alone).toFixed(2)}× as long)`);
    console.log(`re-key job meanwhile: ${rekeyed.edits} lexicon edits, ${rekeyed.reports} reports and ${rekeyed.translations} notice translations re-keyed in ${(rekeyed.ms / 1000).toFixed(1)} s; runs that gave up on held partitions: ${rekeyed.unfinished}`);
    console.log(`same rumours: ${differing === 0 ? 'yes' : 'NO'} (${differing} of ${REPORTS} reports placed differently)`);
    console.log(`load average (1 / 5 / 15 min): before ${loadBefore}; at the end ${loadAverage()}`);
    await Promise.all([...dbs, rekeyDb].map((db) => db.$disconnect()));
    if (differing > 0) process.exitCode = 1;
  } finally {
    await postgres.stop();
  }
}

void main();
