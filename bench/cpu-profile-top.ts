// Reads V8 CPU profiles (.cpuprofile, e.g. bench/clustering-drain.ts --cpu-prof=DIR) and prints where
// the CPU went: per function its own time and the time with everything it called (each function
// counted once per sample however deep it recurs), per source file its own time — in milliseconds and
// per 1,000 of --per units (reports drained), so profiles of drains of different sizes, or of one
// worker against two, compare line by line. Several profiles given together are summed (two workers
// of one drain).
//
//   npx tsx bench/cpu-profile-top.ts [--per=N] [--top=40] [--match=text] a.cpuprofile [b.cpuprofile …]
//
// --match=text: only functions whose name or file contains text (e.g. --match=server/reports).
//
//   npx tsx bench/cpu-profile-top.ts --per=N a.cpuprofile vs b.cpuprofile c.cpuprofile
//
// Two groups split by "vs" (one worker's drain against two workers' of the same backlog): per file
// and per function, seconds per 1,000 units in each and the difference, largest first.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const PER = Number(option('per') ?? 0);
const TOP = Number(option('top') ?? 40);
const MATCH = option('match');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npx tsx bench/cpu-profile-top.ts [--per=N] [--top=40] [--match=text] a.cpuprofile …');
  process.exit(2);
}

const root = process.cwd();
const shortUrl = (url: string) => {
  const file = url.replace(/^file:\/\//, '');
  return file.startsWith(root) ? path.relative(root, file) : file.replace(/.*\/node_modules\//, 'node_modules/');
};
const frameName = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

interface Tally {
  self: Map<string, number>;
  total: Map<string, number>;
  byFile: Map<string, number>;
  all: number;
}

function tally(files: readonly string[]): Tally {
  const t: Tally = { self: new Map(), total: new Map(), byFile: new Map(), all: 0 };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const node = byId.get(id)!;
      t.all += ms;
      add(t.self, frameName(node), ms);
      add(t.byFile, shortUrl(node.callFrame.url) || `(${node.callFrame.functionName})`, ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = frameName(byId.get(at)!);
        if (seen.has(frame)) continue;
        seen.add(frame);
        add(t.total, frame, ms);
      }
    });
  }
  return t;
}

const split = files.indexOf('vs');
if (split >= 0) {
  if (!(PER > 0)) throw new Error('--per=N is needed to compare two groups');
  const [a, b] = [tally(files.slice(0, split)), tally(files.slice(split + 1))];
  const perK = (ms: number) => ms / PER;
  const compare = (title: string, ma: Map<string, number>, mb: Map<string, number>) => {
    console.log(`\n${title}: s per 1,000 units, first group → second (difference)`);
    const keys = [...new Set([...ma.keys(), ...mb.keys()])].filter((name) => !MATCH || name.includes(MATCH));
    const rows = keys.map((k) => ({ k, a: perK(ma.get(k) ?? 0), b: perK(mb.get(k) ?? 0) })).sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a));
    for (const { k, a: va, b: vb } of rows.slice(0, TOP)) console.log(`${va.toFixed(3).padStart(8)} → ${vb.toFixed(3).padStart(8)} (${vb >= va ? '+' : ''}${(vb - va).toFixed(3)})  ${k}`);
  };
  const busy = (t: Tally) => t.all - (t.byFile.get('((idle))') ?? 0);
  console.log(`busy (not idle) s per 1,000 units: ${perK(busy(a)).toFixed(3)} → ${perK(busy(b)).toFixed(3)}`);
  compare('self time by file', a.byFile, b.byFile);
  compare('self time by function', a.self, b.self);
  compare('total time by function', a.total, b.total);
  process.exit(0);
}
const { self, total, byFile, all } = tally(files);
const per = (ms: number) => (PER > 0 ? ` ${((1000 * ms) / PER / 1000).toFixed(3)} s/1k` : '');
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].filter(([name]) => !MATCH || name.includes(MATCH)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(0).padStart(9)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %${per(ms)}  ${name}`);
  }
};
console.log(`${files.length} profile(s), ${(all / 1000).toFixed(1)} s of samples${PER > 0 ? `, ${per(all).trim()} over ${PER} units` : ''}`);
show('self time by file', byFile);
show('self time by function', self);
show('total time by function (with what it called)', total);
