// The production build is reused while the sources it was made from are unchanged, so a
// restart takes seconds; any change to app code, messages or dependencies rebuilds it.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BUILD_INPUTS = ['app', 'components', 'lib', 'server', 'messages', 'public', 'prisma/schema.prisma', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'tsconfig.json', 'tsconfig.next.json', 'package-lock.json'];
const IGNORED = new Set(['node_modules', 'generated', '.next']);
const STAMP = '.next/raspa-build-fingerprint';

function* walk(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (IGNORED.has(name) || /\.test\.tsx?$/.test(name)) continue;
    yield* walk(path.join(entry, name));
  }
}

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of walk(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  return fs.existsSync(path.join(root, '.next/BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceFingerprint(root);
}

export function runCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-8000)}`))));
  });
}

/** Builds the production bundle unless the current one matches the sources. */
export async function ensureProductionBuild(root: string, log: (m: string) => void): Promise<void> {
  if (buildIsCurrent(root)) return;
  log('Building the production bundle (first start or changed sources; takes a few minutes on 2 cores)…');
  const fingerprint = sourceFingerprint(root);
  await runCommand(process.execPath, ['scripts/prisma-generate.mjs'], { cwd: root });
  // `next build` would type-check the whole project from scratch (its own cache under .next). The
  // same check, `npm run typecheck`'s tsc with the same tsconfig, runs here instead: incremental
  // (tsconfig.tsbuildinfo), so right after `npm run typecheck` (as in .ci/run) it re-reads rather than re-checks,
  // and a type error still stops the build. The build is then told to skip its copy.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // Route types where tsconfig.json and next-env.d.ts look for them (.next), whatever the build's distDir.
  await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'typegen'], { cwd: root, env: { ...env, RASPA_NEXT_DIST_DIR: '' }, quiet: true });
  await runCommand(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit'], { cwd: root, env, quiet: true });
  await runCommand(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', RASPA_BUILD_TYPES_CHECKED: '1' },
    quiet: true,
  });
  fs.writeFileSync(path.join(root, STAMP), fingerprint);
}
