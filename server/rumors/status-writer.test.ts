// Rumor.status has one writer, transitionRumor: a use case that wrote the column itself would skip
// the lifecycle check and the audit. This reads every server and seed source file (tests aside) and
// fails on any other Prisma write of `status` to a rumour or raw SQL that sets it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WRITER = 'server/rumors/transition-rumor.ts';
const WRITE_METHODS = new Set(['update', 'updateMany', 'updateManyAndReturn', 'upsert']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'testing' ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** `data: { status: … }` (or `update:` of an upsert) passed to prisma.rumor.<write>(…). */
function writesRumorStatus(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !WRITE_METHODS.has(callee.name.text)) return false;
  if (!ts.isPropertyAccessExpression(callee.expression) || callee.expression.name.text !== 'rumor') return false;
  const [args] = call.arguments;
  if (!args || !ts.isObjectLiteralExpression(args)) return true; // data built elsewhere: cannot tell, so not allowed
  return args.properties.some((p) => {
    if (!p.name || !['data', 'update', 'create'].includes(p.name.getText())) return false;
    if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) return true;
    return p.initializer.properties.some((q) => (ts.isPropertyAssignment(q) || ts.isShorthandPropertyAssignment(q)) && q.name.getText() === 'status');
  });
}

function statusWriters(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const line = () => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isCallExpression(node) && writesRumorStatus(node)) found.push(line());
    if ((ts.isTaggedTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /UPDATE\s+"Rumor"[\s\S]*\bSET\b[\s\S]*"?status"?\s*=/i.test(node.getText())) found.push(line());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Rumor.status', () => {
  it('is written by transitionRumor only', () => {
    const files = [...sourceFiles('server'), ...sourceFiles('prisma/seed'), ...sourceFiles('app'), ...sourceFiles('scripts')];
    expect(files).toContain(WRITER);
    expect(statusWriters(WRITER).length).toBeGreaterThan(0);
    expect(files.filter((f) => f !== WRITER).flatMap(statusWriters)).toEqual([]);
  });
});
