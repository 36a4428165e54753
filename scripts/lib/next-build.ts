// The production build is reused while the sources it was made from are unchanged, so a
// restart takes seconds; any change to app code, messages or dependencies rebuilds it.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_INPUTS = ['app', 'components', 'lib', 'server', 'messages', 'public', 'prisma/schema.prisma', 'proxy.ts', 'instrumentation.ts', 'instrumentation-client.ts', 'next.config.js', 'tsconfig.json', 'tsconfig.next.json', 'package-lock.json'];
const IGNORED = new Set(['node_modules', 'generated', '.next']);
const STAMP = '.next/raspa-build-fingerprint';

/**
 * Under the inputs but never in the bundle: tests, and the test harness (server/testing: fake
 * channels, fixtures, Vitest's global set-up). Editing them must not cost a production build. No
 * bundled file imports them — next-build.test.ts checks that on the import graph of every input.
 */
export function leftOutOfBuild(relativePath: string): boolean {
  const posix = relativePath.split(path.sep).join('/');
  return /\.test\.tsx?$/.test(posix) || posix.startsWith('server/testing/');
}

function* walk(root: string, entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full) || leftOutOfBuild(entry)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (!IGNORED.has(name)) yield* walk(root, path.join(entry, name));
  }
}

/** The files the fingerprint reads, relative to `root`, in its order. */
export function buildInputFiles(root: string): string[] {
  return BUILD_INPUTS.flatMap((input) => [...walk(root, input)]);
}

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of buildInputFiles(root)) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
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

/** The steps of a production build (scripts/lib/next-build.ts's own; a test gives its own). */
export type BuildSteps = (root: string) => Promise<void>;

/** How many builds in a row may find their sources changed under them before the run gives up. */
const BUILD_ATTEMPTS = 3;

/**
 * Builds the production bundle unless the current one matches the sources. The stamp names the
 * sources the bundle was built from: it is taken before the build and written only when the
 * sources are still the same after it — an edit (a save, a checkout, a rebase) during a build of
 * several minutes would otherwise leave a bundle of half old, half new code stamped as current.
 */
export async function ensureProductionBuild(root: string, log: (m: string) => void, build: BuildSteps = nextBuild): Promise<void> {
  if (buildIsCurrent(root)) return;
  log('Building the production bundle (first start or changed sources; takes a few minutes on 2 cores)…');
  const stamp = path.join(root, STAMP);
  for (let attempt = 1; ; attempt++) {
    const fingerprint = sourceFingerprint(root);
    // No stamp while the bundle is being replaced: a build that fails half-way is never current.
    fs.rmSync(stamp, { force: true });
    await build(root);
    if (sourceFingerprint(root) === fingerprint) {
      fs.writeFileSync(stamp, fingerprint);
      return;
    }
    if (attempt >= BUILD_ATTEMPTS) throw new Error(`The sources changed during each of ${BUILD_ATTEMPTS} production builds; the bundle is not marked current. Run again once they stay unchanged.`);
    log('The sources changed during the build; building again, so the bundle is all of one version…');
  }
}

async function nextBuild(root: string): Promise<void> {
  await runCommand(process.execPath, ['scripts/prisma-generate.mjs', '--if-changed'], { cwd: root });
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
}
