// Do the machine's two cores give two cores' worth of work? The same pure-CPU loop in one process,
// then in two processes at once, three rounds. If two at once each take much longer than one alone,
// the vCPUs share a physical core (or the host is busy), and no two-process speed-up (two clusterers,
// two web servers) can reach 2× here. Used for the clustering drain's ceiling (bench/RESULTS.md).
//
//   npx tsx bench/two-cores.ts [--rounds=3]
import { fork } from 'node:child_process';

const LOOPS = 600_000_000;

function spin(): number {
  const began = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < LOOPS; i++) x = (x + i * 7) % 1_000_003;
  if (x < 0) console.log(x); // keeps the loop from being optimised away
  return Number(process.hrtime.bigint() - began) / 1e9;
}

async function runAtOnce(processes: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: processes }, () =>
      new Promise<number>((resolve, reject) => {
        const child = fork(process.argv[1]!, ['--child']);
        child.once('message', (seconds) => resolve(Number(seconds)));
        child.once('error', reject);
      }),
    ),
  );
}

if (process.argv.includes('--child')) {
  process.send!(spin(), () => process.exit(0));
} else {
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
  for (let round = 0; round < rounds; round++) {
    const [alone] = await runAtOnce(1);
    const both = await runAtOnce(2);
    console.log(`alone ${alone!.toFixed(2)} s; two at once ${both.map((s) => s.toFixed(2)).join(' / ')} s → ${((2 * alone!) / Math.max(...both)).toFixed(2)}× the work per second`);
  }
}
