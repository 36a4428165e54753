// Clustering's comparison (cluster-report.ts) and its partition locks (cluster-pending-reports.ts)
// read one cache of region neighbours, forgotten with the place index.
import { describe, expect, it } from 'vitest';
import { clearPlaceCache } from '../settlements/place-index';
import { setupTestDatabase } from '../testing/database';
import { regionNeighbours } from './neighbours';

const t = setupTestDatabase();

describe('region neighbours', () => {
  it('are read once and kept, until the place index is cleared', async () => {
    const read = () => t.db.$transaction(async (tx) => (await regionNeighbours(tx)).get('KZ-75'));
    expect(await read()).toEqual(['KZ-19']);
    await t.db.region.update({ where: { code: 'KZ-75' }, data: { neighbourCodes: ['KZ-19', 'KZ-31'] } });
    // Kept: not a round trip for every report and every look for work.
    expect(await read()).toEqual(['KZ-19']);
    clearPlaceCache();
    expect(await read()).toEqual(['KZ-19', 'KZ-31']);
  });
});
