// Direction is a contrast class (prices up / down, opened / closed, banned / allowed): "coal gets
// dearer" and "coal gets cheaper" are two claims. Reports of the two never share a rumour, in either
// order of arrival and in kk Latin, ru and en, neither by joining nor through a report that could
// bridge them; "already checked?" never shows one's notice for the other; and a direction word an
// admin adds to the lexicon takes effect for the next report and search, without a restart.
import { beforeAll, describe, expect, it } from 'vitest';
import { addConceptTerm } from '../lexicon/add-concept-term';
import { searchPublishedNotices } from '../notices/search-notices';
import type { Actor } from '../policy';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff, submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

async function report(text: string, regionCode: RegionCode) {
  const id = await submitAndCluster(t.db, text, regionCode);
  return (await t.db.report.findUniqueOrThrow({ where: { id }, select: { id: true, rumorId: true } })) as { id: string; rumorId: string };
}

const rumourOf = async (reportId: string) => (await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } })).rumorId ?? '';

const slugs = async (q: string, language: 'kk' | 'ru' | 'en') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

const DEARER = ['pavlodar komir qymbat bolady qazannan', 'В Павлодаре с октября уголь станет дороже', 'Coal in Pavlodar will get dearer from October'];
const CHEAPER = ['pavlodar komir arzan bolady qazannan', 'В Павлодаре с октября уголь станет дешевле', 'Coal in Pavlodar will get cheaper from October'];

describe('prices going up and going down are two claims', () => {
  for (const order of ['dearer first', 'cheaper first'] as const) {
    it(`never puts "coal dearer" and "coal cheaper" reports in one rumour, by joining or bridging (${order})`, async () => {
      const [first, second] = order === 'dearer first' ? [DEARER, CHEAPER] : [CHEAPER, DEARER];
      const a = [];
      for (const text of first) a.push(await report(text, 'KZ-55'));
      const b = [];
      for (const text of second) b.push(await report(text, 'KZ-55'));
      // A report naming coal, the town and the month but no direction passes for either claim: it
      // must not merge their rumours.
      await report('Павлодарда қазаннан бастап көмір бағасы өзгереді', 'KZ-55');
      const rumoursA = new Set(await Promise.all(a.map((r) => rumourOf(r.id))));
      const rumoursB = new Set(await Promise.all(b.map((r) => rumourOf(r.id))));
      for (const id of rumoursB) expect(rumoursA.has(id), `${order}: a rumour holds both directions`).toBe(false);
      expect(await t.db.rumor.count({ where: { id: { in: [...rumoursA, ...rumoursB] }, status: 'MERGED' } })).toBe(0);
      await t.db.rumor.updateMany({ where: { regionCodes: { has: 'KZ-55' } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    });
  }

  it('never shows the notice about coal getting dearer to someone asking whether it gets cheaper, and the other way round', async () => {
    await createPublishedNotice(t.db, {
      slug: 'oral-coal-dearer',
      verdict: 'FALSE',
      regionCodes: ['KZ-27'],
      titles: { kk: 'Оралда көмір қымбаттамайды', ru: 'Уголь в Уральске не подорожает', en: 'Coal in Oral will not get more expensive' },
      summary: 'Цены на уголь на складах утверждены до конца отопительного сезона.',
    });
    // The denial is the notice of the claim it denies …
    expect(await slugs('В Уральске уголь станет дороже с октября', 'ru')).toEqual(['oral-coal-dearer']);
    expect(await slugs('oral komir qymbat bolady', 'kk')).toEqual(['oral-coal-dearer']);
    // … and never of its opposite.
    expect(await slugs('В Уральске уголь станет дешевле с октября', 'ru')).toEqual([]);
    expect(await slugs('oral komir arzan bolady', 'kk')).toEqual([]);
    expect(await slugs('Coal in Oral will get cheaper', 'en')).toEqual([]);
  });

  it('takes a direction word an admin adds into account at once', async () => {
    // "уценят" (will mark down) is not in the seeded lexicon.
    const before = await report('В Таразе уголь уценят с октября', 'KZ-31');
    expect((await t.db.report.findUniqueOrThrow({ where: { id: before.id }, select: { conceptKey: true } })).conceptKey).not.toContain('direction:price-fall');
    const added = await addConceptTerm(t.db, admin, { conceptId: 'price-fall', contrastClass: 'direction', language: 'ru', term: 'уцен*' });
    expect(await t.db.auditEvent.count({ where: { action: 'lexicon.term_added', entityId: added.id, actorId: admin.id } })).toBe(1);
    const dearer = await report('В Таразе уголь подорожает с октября', 'KZ-31');
    const cheaper = await report('В Таразе с октября уголь уценят', 'KZ-31');
    expect((await t.db.report.findUniqueOrThrow({ where: { id: cheaper.id }, select: { conceptKey: true } })).conceptKey).toContain('direction:price-fall');
    expect(cheaper.rumorId).not.toBe(dearer.rumorId);
    await createPublishedNotice(t.db, {
      slug: 'taraz-coal-dearer',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { kk: 'Таразда көмір қымбаттамайды', ru: 'Уголь в Таразе не подорожает', en: 'Coal in Taraz will not get more expensive' },
    });
    expect(await slugs('В Таразе уголь уценят', 'ru')).toEqual([]);
  });
});
