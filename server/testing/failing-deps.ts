// For tests of what a plain form's post answers when the failure is ours (server/api/page-forms.ts,
// staff-search-form.ts): the handler's deps with a part that fails and the edge's log kept (what an
// operator would see), and the "send again" form read back out of the page as a browser would post it.
import { expect } from 'vitest';
import type { ApiDeps } from '../api/deps';
import type { TestDatabase } from './database';
import { testApiDeps } from './api-deps';

/** The rate limiter itself fails (not a refusal): a fault of the server's. */
export const LIMITER_FAILS: Partial<ApiDeps> = { consumeRateLimit: () => Promise.reject(new Error('the limiter failed')) };

/** The deps, with `overrides`, and every warning and error the edge logs, each as one JSON line. */
export function watchedApiDeps(t: Pick<TestDatabase, 'db'>, overrides: Partial<ApiDeps> = {}): { deps: ApiDeps; logged: { level: 'warn' | 'error'; line: string }[] } {
  const logged: { level: 'warn' | 'error'; line: string }[] = [];
  const base = testApiDeps(t, overrides);
  const log = { ...base.log, warn: (...args: unknown[]) => logged.push({ level: 'warn', line: JSON.stringify(args) }), error: (...args: unknown[]) => logged.push({ level: 'error', line: JSON.stringify(args) }) };
  return { deps: { ...base, log } as ApiDeps, logged };
}

/**
 * The test's database with `refused` (model delegates or `$` methods) failing as PostgreSQL being
 * down fails them (ECONNREFUSED); everything else works.
 */
export function unreachableDb<Db extends object>(db: Db, refused: readonly string[] = ['$transaction']): Db {
  const refuse = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
  return new Proxy(db, { get: (target, name, receiver) => (typeof name === 'string' && refused.includes(name) ? new Proxy(refuse, { get: () => refuse }) : Reflect.get(target, name, receiver)) });
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The hidden fields of the page's form posting to `action`, decoded as a browser sends them back. */
export function formFieldsOn(page: string, action: string): Record<string, string> {
  const form = page.match(new RegExp(`<form method="post" action="${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>(.*?)</form>`, 's'))?.[1];
  expect(form, `a form posting to ${action}`).toBeDefined();
  return Object.fromEntries([...form!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(([, name, value]) => [name!, value!.replace(/&(quot|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]!)]));
}
