// The workspace's tRPC client posts its queries (components/trpc/client.tsx), so a moderator's
// search words are in no address; the handler answers them as it answers the same query by GET.
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { testApiDeps, TEST_PUBLIC_ORIGIN } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { handleTrpcRequest } from './trpc';

const t = setupTestDatabase();

describe('tRPC queries', () => {
  it('are answered when posted, with the input in the body, the same as by GET', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    await createRumor(t.db, 'Говорят, что в Актау закроют паромную переправу', ['KZ-47']);
    await createRumor(t.db, 'Говорят, что в Жанаозене отключат газ', ['KZ-47']);
    const deps = testApiDeps(t, { session: async () => sessionFor(t.db, moderator) });
    const input = JSON.stringify({ 0: superjson.serialize({ q: 'паромную' }) });
    const claims = async (response: Response) => {
      expect(response.status).toBe(200);
      const [answer] = (await response.json()) as { result: { data: { json: { items: { claim: string }[] } } } }[];
      return answer!.result.data.json.items.map((item) => item.claim);
    };

    const posted = await handleTrpcRequest(
      new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.inbox?batch=1`, { method: 'POST', headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_ORIGIN }, body: input }),
      deps,
    );
    expect(await claims(posted)).toEqual(['Говорят, что в Актау закроют паромную переправу']);
    const asked = await handleTrpcRequest(new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.inbox?batch=1&input=${encodeURIComponent(input)}`), deps);
    expect(await claims(asked)).toEqual(['Говорят, что в Актау закроют паромную переправу']);
  });
});
