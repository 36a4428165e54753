// Walks every tRPC procedure with every kind of caller. A new procedure without a row here
// fails the first test, so nobody adds an endpoint without deciding who may call it.
import { TRPCError } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import type { Session } from 'next-auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { appRouter, createCaller } from './app-router';

const t = setupTestDatabase();

const CALLERS = ['anonymous', 'verifier', 'otherRegionModerator', 'regionModerator', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN';

interface Fixtures {
  mangystauRumorId: string;
}

const PUBLIC: Record<Caller, Outcome> = { anonymous: 'ok', verifier: 'ok', otherRegionModerator: 'ok', regionModerator: 'ok', admin: 'ok' };
const STAFF: Record<Caller, Outcome> = { ...PUBLIC, anonymous: 'UNAUTHORIZED' };
const MODERATORS: Record<Caller, Outcome> = { ...STAFF, verifier: 'FORBIDDEN' };
/** Moderators of the rumour's region and admins only. */
const REGION_MODERATORS: Record<Caller, Outcome> = { ...MODERATORS, otherRegionModerator: 'FORBIDDEN' };

const MATRIX: Record<string, { input: (f: Fixtures) => unknown; expected: Record<Caller, Outcome> }> = {
  'notices.latest': { input: () => ({ language: 'ru' }), expected: PUBLIC },
  'notices.search': { input: () => ({ q: 'интернет отключат', language: 'ru' }), expected: PUBLIC },
  'reports.submit': { input: () => ({ clientId: randomUUID(), text: 'В Петропавловске говорят о закрытии моста через Ишим', regionCode: 'KZ-59' }), expected: PUBLIC },
  'reports.track': { input: () => ({ trackingCode: 'ABCD-EFGH' }), expected: PUBLIC },
  'settlements.search': { input: () => ({ q: 'Жанаозен' }), expected: PUBLIC },
  'regions.list': { input: () => undefined, expected: PUBLIC },
  'rumors.inbox': { input: () => ({}), expected: MODERATORS },
  'rumors.byId': { input: (f) => ({ id: f.mangystauRumorId }), expected: REGION_MODERATORS },
  'staff.me': { input: () => undefined, expected: STAFF },
};

const sessions = {} as Record<Caller, Session | null>;
const fixtures = {} as Fixtures;

beforeAll(async () => {
  sessions.anonymous = null;
  sessions.verifier = sessionFor(await createStaff(t.db, 'VERIFIER', ['KZ-47']));
  sessions.otherRegionModerator = sessionFor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  sessions.regionModerator = sessionFor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  sessions.admin = sessionFor(await createStaff(t.db, 'ADMIN', []));
  fixtures.mangystauRumorId = (await createRumor(t.db, 'Говорят, в Жанаозене отключат интернет', ['KZ-47'])).id;
});

async function call(path: string, caller: Caller, input: unknown): Promise<Outcome> {
  const trpc = createCaller({ db: t.db, session: sessions[caller], requestId: 'matrix' });
  const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], trpc) as (input: unknown) => Promise<unknown>;
  try {
    await procedure(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN')) return error.code;
    throw error;
  }
}

describe('authorisation matrix', () => {
  it('has a row for every procedure', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [path, row] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      it(`${path} as ${caller} → ${row.expected[caller]}`, async () => {
        expect(await call(path, caller, row.input(fixtures))).toBe(row.expected[caller]);
      });
    }
  }

  it('shows a moderator only the rumours of their regions', async () => {
    await createRumor(t.db, 'Слух в Туркестанской области', ['KZ-61']);
    const moderator = createCaller({ db: t.db, session: sessions.regionModerator, requestId: 'matrix' });
    const rumors = await moderator.rumors.inbox({});
    expect(rumors.length).toBeGreaterThan(0);
    expect(rumors.every((r) => r.regionCodes.length === 0 || r.regionCodes.includes('KZ-47'))).toBe(true);
  });
});
