// Two costs a user waits for, measured here instead of in tests (tests do not time the wall clock):
//  1. Seeding: every `npm start` seeds again. The first run on an empty database loads reference
//     data and demo content; every later one must be a quick no-op (it checks and changes nothing).
//  2. Uploaded images: a normal phone photo is re-encoded without metadata, while a decompression
//     bomb (49 Mpx PNG of a few hundred KB) and a header declaring 20000×20000 (PNG, HEIC) must be
//     refused before anything is decoded, so one upload cannot tie up the server.
//
//   npx tsx bench/seed-and-images.ts [--runs=5] [--port=55595]
import { seedDatabase } from '../prisma/seed';
import { createPrismaClient } from '../server/db/client';
import { ImageRejectedError, processUploadedImage } from '../server/media';
import { decompressionBombPng, heicContainer, identifyingJpeg, pngDeclaring } from '../server/testing/images';
import { startThrowawayPostgres } from './lib/throwaway-postgres';
import { loadAverage, ms, summarize } from './lib/stats';

const argv = process.argv.slice(2);
const get = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = get('runs', 5);
const port = get('port', 55595);
const log = (m: string) => process.stderr.write(`${m}\n`);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function timedRuns(work: () => Promise<unknown>): Promise<number[]> {
  const sample: number[] = [];
  for (let i = 0; i < runs; i++) sample.push(await timed(work));
  return sample;
}

function row(label: string, sample: number[]): string {
  const s = summarize(sample);
  return `| ${label} | ${s.n} | ${ms(s.p50)} | ${ms(s.max)} |`;
}

async function expectRejected(input: Buffer): Promise<void> {
  const outcome = await processUploadedImage(input).then(
    () => 'accepted',
    (error: unknown) => (error instanceof ImageRejectedError ? error.reason : String(error)),
  );
  if (outcome !== 'too-many-pixels') throw new Error(`expected too-many-pixels, got ${outcome}`);
}

async function main() {
  const postgres = await startThrowawayPostgres({ name: 'seed-images', port, log });
  const lines: string[] = [];
  try {
    const emptyUrl = await postgres.createEmptyDatabase('bench_seed_empty');
    const db = createPrismaClient(emptyUrl, 2);
    try {
      const first = await timed(() => seedDatabase(db, { demo: true }));
      const again = await timedRuns(() => seedDatabase(db, { demo: true }));
      lines.push('| step | runs | p50 ms | max ms |', '|---|---|---|---|');
      lines.push(row('seed, first start (reference data + demo content)', [first]));
      lines.push(row('seed, every later start (no-op)', again));
    } finally {
      await db.$disconnect();
      await postgres.dropDatabase('bench_seed_empty');
    }
  } finally {
    await postgres.stop();
  }

  const photo = await identifyingJpeg();
  const bomb = await decompressionBombPng();
  const declaredPng = pngDeclaring(20_000, 20_000);
  const declaredHeic = heicContainer(20_000, 20_000);
  lines.push(row('image: 6 Mpx phone JPEG re-encoded without metadata', await timedRuns(() => processUploadedImage(photo))));
  lines.push(row(`image: decompression bomb refused (49 Mpx PNG, ${Math.round(bomb.length / 1024)} KB)`, await timedRuns(() => expectRejected(bomb))));
  lines.push(row('image: PNG declaring 20000×20000 refused', await timedRuns(() => expectRejected(declaredPng))));
  lines.push(row('image: HEIC declaring 20000×20000 refused', await timedRuns(() => expectRejected(declaredHeic))));

  process.stdout.write(`\n${new Date().toISOString()} · load ${loadAverage()} · node ${process.version} · ${postgres.version.split(' on ')[0]}\n\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
