// bench/bad-input.ts rebuilds the bundle (and regenerates the Prisma client) before it loads anything
// that holds the client: loaded first, the stale client died after a 20-minute build.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** The modules an entry loads before its first dynamic import: its static import graph, bundled. */
async function loadedUpFront(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [path.join(root, entry)], bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external', outdir: '/tmp/unused', write: false, metafile: true, logLevel: 'silent' });
  const entryOutput = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entry)!;
  const seen = new Set<string>();
  const inputs = new Set<string>();
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const output = metafile.outputs[name]!;
    for (const input of Object.keys(output.inputs)) inputs.add(input);
    for (const imported of output.imports) if (imported.kind === 'import-statement' && !imported.external) walk(imported.path);
  };
  walk(entryOutput[0]);
  return [...inputs];
}

describe('the bad-input bench', () => {
  it('loads no Prisma client before the production build has regenerated it', { timeout: 60_000 }, async () => {
    const upFront = await loadedUpFront('bench/bad-input.ts');
    expect(upFront).toContain('scripts/lib/next-build.ts');
    expect(upFront.filter((input) => input.startsWith('server/'))).toEqual([]);
  });
});
