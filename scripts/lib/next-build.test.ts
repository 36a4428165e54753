import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInputFiles, buildIsCurrent, ensureProductionBuild, leftOutOfBuild, sourceFingerprint } from './next-build';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/**
 * Every import (static, dynamic, require, re-export) of the fingerprinted code files, resolved as
 * the project's tsconfig resolves it (the `@/` alias included), that lands on a file the
 * fingerprint leaves out: "from → to" pairs. The bundle is built only from fingerprinted files (its
 * entries are app/, proxy.ts, instrumentation*.ts), so when this is empty nothing left out can be in it.
 */
function importsOfLeftOut(root: string): string[] {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const found: string[] = [];
  for (const file of buildInputFiles(root).filter((f) => CODE.test(f))) {
    const full = path.join(root, file);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(full, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      const resolved = ts.resolveModuleName(specifier, full, options, ts.sys, cache).resolvedModule?.resolvedFileName;
      // Unresolved relative paths (a .css, a file that does not exist yet) still name a place.
      const target = resolved ?? (specifier.startsWith('.') ? path.resolve(path.dirname(full), specifier) : null);
      if (!target) continue;
      const relative = path.relative(root, target);
      if (!relative.startsWith('..') && !relative.split(path.sep).includes('node_modules') && leftOutOfBuild(relative)) found.push(`${file} → ${relative}`);
    }
  }
  return found;
}

describe('the production build fingerprint', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-build-inputs-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@/*': ['./*'] } } }));
    write('app/page.tsx', "import { rumours } from '@/server/rumours';\nexport default function Page() { return rumours(); }\n");
    write('server/rumours.ts', 'export const rumours = () => null;\n');
    write('server/rumours.test.ts', "import { rumours } from './rumours';\nrumours();\n");
    write('server/testing/fixtures.ts', "export const staff = 'moderator';\n");
    write('instrumentation-client.ts', 'export {};\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stays the same when a test or the test harness (server/testing) is edited, and changes with the code the bundle is built from', () => {
    const before = sourceFingerprint(dir);
    fs.appendFileSync(path.join(dir, 'server/testing/fixtures.ts'), "export const admin = 'admin';\n");
    fs.writeFileSync(path.join(dir, 'server/testing/new-fake-channel.ts'), 'export {};\n');
    fs.appendFileSync(path.join(dir, 'server/rumours.test.ts'), 'rumours();\n');
    expect(sourceFingerprint(dir)).toBe(before);

    fs.appendFileSync(path.join(dir, 'server/rumours.ts'), 'export const more = 1;\n');
    const afterServer = sourceFingerprint(dir);
    expect(afterServer).not.toBe(before);
    // The browser's instrumentation is built into the client bundle too.
    fs.appendFileSync(path.join(dir, 'instrumentation-client.ts'), '// changed\n');
    expect(sourceFingerprint(dir)).not.toBe(afterServer);
  });

  it('finds a bundled file importing the test harness (so the exclusion would be wrong)', () => {
    expect(importsOfLeftOut(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'app/layout.tsx'), "import { staff } from '@/server/testing/fixtures';\nimport '../server/testing/missing';\nexport default staff;\n");
    expect(importsOfLeftOut(dir)).toEqual([`${path.join('app', 'layout.tsx')} → ${path.join('server', 'testing', 'fixtures.ts')}`, `${path.join('app', 'layout.tsx')} → ${path.join('server', 'testing', 'missing')}`]);
  });

  it('leaves out nothing that a file of the bundle imports', () => {
    const files = buildInputFiles(ROOT);
    // The exclusion is real: the harness exists and is not read…
    expect(fs.readdirSync(path.join(ROOT, 'server/testing')).length).toBeGreaterThan(5);
    expect(files.some((f) => f.startsWith(path.join('server', 'testing')))).toBe(false);
    expect(files).toContain(path.join('server', 'delivery', 'run-delivery-batch.ts'));
    // …and no fingerprinted file reaches it.
    expect(importsOfLeftOut(ROOT)).toEqual([]);
  });
});

describe('the production build', () => {
  let dir: string;
  const log: string[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-build-'));
    fs.mkdirSync(path.join(dir, 'server'));
    fs.writeFileSync(path.join(dir, 'server/rumours.ts'), 'export const rumours = 1;\n');
    log.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A stand-in for next build: writes the bundle (BUILD_ID and the code it read), then runs `meanwhile`. */
  function fakeBuild(meanwhile: (build: number) => void = () => {}) {
    const builds: string[] = [];
    const build = async (root: string) => {
      fs.mkdirSync(path.join(root, '.next'), { recursive: true });
      fs.writeFileSync(path.join(root, '.next/BUILD_ID'), String(builds.length + 1));
      builds.push(fs.readFileSync(path.join(root, 'server/rumours.ts'), 'utf8'));
      meanwhile(builds.length);
    };
    return { build, builds };
  }

  it('is reused while its sources are unchanged, and built again when they change', async () => {
    const { build, builds } = fakeBuild();
    await ensureProductionBuild(dir, (m) => log.push(m), build);
    await ensureProductionBuild(dir, (m) => log.push(m), build);
    expect(builds).toHaveLength(1);
    fs.appendFileSync(path.join(dir, 'server/rumours.ts'), 'export const more = 2;\n');
    await ensureProductionBuild(dir, (m) => log.push(m), build);
    expect(builds).toHaveLength(2);
    expect(buildIsCurrent(dir)).toBe(true);
  });

  it('is built again when the sources change during the build, so no bundle of two versions is marked current', async () => {
    // A save during the first build: part of the bundle may be the old code.
    const { build, builds } = fakeBuild((n) => n === 1 && fs.appendFileSync(path.join(dir, 'server/rumours.ts'), 'export const saved = 3;\n'));
    await ensureProductionBuild(dir, (m) => log.push(m), build);
    expect(builds).toEqual(['export const rumours = 1;\n', 'export const rumours = 1;\nexport const saved = 3;\n']);
    expect(log.some((m) => m.includes('changed during the build'))).toBe(true);
    expect(buildIsCurrent(dir)).toBe(true);
    // Had the first bundle been stamped with the sources it started from, undoing the save would make it look current.
  });

  it('is not marked current when the sources keep changing under it, nor after a build that failed half-way', async () => {
    const { build, builds } = fakeBuild((n) => fs.appendFileSync(path.join(dir, 'server/rumours.ts'), `// edit ${n}\n`));
    await expect(ensureProductionBuild(dir, () => {}, build)).rejects.toThrow(/changed during each of 3 production builds/);
    expect(builds).toHaveLength(3);
    expect(buildIsCurrent(dir)).toBe(false);

    // A current bundle whose rebuild fails half-way: the old stamp does not survive it.
    await ensureProductionBuild(dir, () => {}, fakeBuild().build);
    expect(buildIsCurrent(dir)).toBe(true);
    fs.appendFileSync(path.join(dir, 'server/rumours.ts'), '// a change\n');
    await expect(
      ensureProductionBuild(dir, () => {}, async () => {
        throw new Error('next build failed');
      }),
    ).rejects.toThrow('next build failed');
    fs.writeFileSync(path.join(dir, 'server/rumours.ts'), fs.readFileSync(path.join(dir, 'server/rumours.ts'), 'utf8').replace('// a change\n', ''));
    expect(buildIsCurrent(dir)).toBe(false);
  });
});
