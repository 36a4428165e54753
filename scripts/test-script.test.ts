// `npm test` (scripts/test.ts) generates the Prisma client when the schema changed before anything
// loads it: Vitest, the e2e seed and the bundle would otherwise run on a client of the old schema.
// So nothing it imports at start-up may reach the generated client; it imports that later.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const GENERATED = path.join('server', 'db', 'generated');

/** The project files `entry` loads when it starts: static imports and re-exports, transitively (not `import type`, not `import()`). */
function loadedAtStart(entry: string): string[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const seen = new Set<string>();
  const visit = (file: string) => {
    const relative = path.relative(ROOT, file);
    if (seen.has(relative) || relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) return;
    seen.add(relative);
    if (relative.startsWith(GENERATED)) return;
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const isValueImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isValueExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier;
      if (!isValueImport && !isValueExport) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved) visit(resolved);
    }
  };
  visit(path.join(ROOT, entry));
  return [...seen];
}

it('npm test loads no Prisma client before it has generated a current one', () => {
  const loaded = loadedAtStart('scripts/test.ts');
  // The walk is real: it reaches what test.ts starts with…
  expect(loaded).toContain(path.join('scripts', 'lib', 'next-build.ts'));
  expect(loaded).toContain(path.join('server', 'db', 'embedded-postgres.ts'));
  // …and would see the client through the modules that load it.
  expect(loadedAtStart('prisma/seed/index.ts').some((f) => f.startsWith(GENERATED))).toBe(true);
  expect(loaded.filter((f) => f.startsWith(GENERATED))).toEqual([]);
});
