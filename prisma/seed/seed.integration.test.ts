// The seed runs on every start, so it must be idempotent, fast when there is nothing to do, and
// must never overwrite what admins changed. The data checks keep hand-written content honest
// (symmetric borders, SMS lengths, demo markers in every language).
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/password';
import type { Db } from '../../server/db/client';
import { setupTestDatabase } from '../../server/testing/database';
import { retiredConceptTerms } from './concept-lexicon';
import { demoRumors } from './demo-content';
import { seedDatabase } from './index';
import { neighbourCodes, regionSeeds } from './regions';
import { settlementSeeds } from './settlements';
import { SETTLEMENT_DISTRICTS } from './settlement-districts';
import { sourceSeeds } from './sources';
import { LANGUAGES, type Language } from '../../server/i18n/languages';
import { clearLexiconCache, loadLexicon } from '../../server/lexicon/load-lexicon';
import { removeConceptTerm } from '../../server/lexicon/remove-concept-term';
import { extractConcepts } from '../../server/text/concepts';
import { normalizeReportText } from '../../server/text/normalize';
import { toMatchKey } from '../../server/text/transliterate';
import { detectLanguage } from '../../server/text/language';
import { clearPlaceCache, loadPlaceIndex, placesInText } from '../../server/settlements/place-index';
import { asActor, createStaff } from '../../server/testing/fixtures';

const DEMO_MARKER = { en: 'Demonstration data.', ru: 'Демонстрационные данные.', kk: 'Демонстрациялық деректер.' } as const;
const SMS_LIMIT = { en: 160, ru: 70, kk: 70 } as const; // Cyrillic SMS are UCS-2: 70 characters

describe('seed data', () => {
  it('has 20 regions whose borders are symmetric', () => {
    expect(regionSeeds).toHaveLength(20);
    const codes = new Set(regionSeeds.map((r) => r.code));
    for (const [code, neighbours] of Object.entries(neighbourCodes)) {
      expect(codes.has(code)).toBe(true);
      for (const other of neighbours) {
        expect(codes.has(other), `${code} → ${other}`).toBe(true);
        expect(neighbourCodes[other], `${other} should list ${code}`).toContain(code);
      }
    }
  });

  it('places every settlement in a known region, with its official names among the aliases', () => {
    const codes = new Set(regionSeeds.map((r) => r.code));
    for (const s of settlementSeeds) {
      expect(codes.has(s.regionCode), s.nameEn).toBe(true);
      // A name that is an everyday word is looked for only in its longer aliases ("Абай қаласы").
      if (!s.nameIsWord) expect(s.aliases).toEqual(expect.arrayContaining([s.nameKk, s.nameRu, s.nameEn]));
      else expect(s.aliases.filter((alias) => [s.nameKk, s.nameRu, s.nameEn].includes(alias)), s.nameEn).toEqual([]);
      expect(new Set(s.aliases).size).toBe(s.aliases.length);
    }
    // Every regional centre can be typed.
    for (const r of regionSeeds) {
      expect(settlementSeeds.some((s) => s.regionCode === r.code && s.nameEn === r.centerEn), r.centerEn).toBe(true);
    }
  });

  it('names the district of every settlement, in all three languages, and only of seeded ones', () => {
    for (const s of settlementSeeds) {
      expect(s.district, `${s.regionCode} ${s.nameEn}`).not.toBeNull();
      expect(s.district!.nameKk).toMatch(/ ауданы$| қаласы$/);
      expect(s.district!.nameRu).toMatch(/район|^город /);
      expect(s.district!.nameEn).toMatch(/ (District|City)$/);
    }
    // A key the seed does not have is a misspelt name (its settlement would get no district).
    const seeded = new Set(settlementSeeds.map((s) => `${s.regionCode}|${s.nameEn}`));
    for (const [regionCode, byName] of Object.entries(SETTLEMENT_DISTRICTS)) {
      for (const nameEn of Object.keys(byName)) expect(seeded.has(`${regionCode}|${nameEn}`), `${regionCode} ${nameEn}`).toBe(true);
    }
    // A city administration is its own district; a village is in a district, not in a city's name.
    const district = (nameEn: string) => settlementSeeds.find((s) => s.nameEn === nameEn)!.district;
    expect(district('Almaty')).toEqual({ nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty City' });
    expect(district('Oral')).toEqual({ nameKk: 'Орал қаласы', nameRu: 'город Уральск', nameEn: 'Oral City' });
    expect(district('Shetpe')).toEqual({ nameKk: 'Маңғыстау ауданы', nameRu: 'Мангистауский район', nameEn: 'Mangystau District' });
    expect(district('Shengeldy')).toEqual({ nameKk: 'Қонаев қаласы', nameRu: 'город Конаев', nameEn: 'Konaev City' });
  });

  it('names demo sources as a deployer in Kazakhstan would, each in the language the registry reads it in', () => {
    expect(new Set(sourceSeeds.map((s) => s.language))).toEqual(new Set(['kk', 'ru']));
    for (const source of sourceSeeds) {
      expect(detectLanguage(`${source.name} ${source.reliabilityNote}`).language, source.name).toBe(source.language);
      expect(source.name).toMatch(/\(.*демо\)$/);
      if (source.language === 'kk') expect(source.name + source.reliabilityNote).toMatch(/[әғқңөұүі]/);
    }
    // A former name is never a current one: the rename could otherwise take another source's row.
    const names = new Set(sourceSeeds.map((s) => s.name));
    expect(sourceSeeds.flatMap((s) => s.formerNames).filter((name) => names.has(name))).toEqual([]);
  });

  it('keeps demo content within the rules: recent reports, known places and sources, marked notices', () => {
    const settlements = new Set(settlementSeeds.map((s) => s.nameEn));
    const regions = new Set(regionSeeds.map((r) => r.code));
    const sources = new Set(sourceSeeds.map((s) => s.key));
    expect(demoRumors.length).toBeGreaterThanOrEqual(8);
    expect(demoRumors.filter((r) => r.status === 'PUBLISHED').length).toBeGreaterThanOrEqual(4);
    for (const rumor of demoRumors) {
      expect(rumor.reports.length).toBeGreaterThanOrEqual(1);
      expect(rumor.reports.length).toBeLessThanOrEqual(12);
      for (const report of rumor.reports) {
        expect(report.hoursAgo).toBeGreaterThan(0);
        expect(report.hoursAgo).toBeLessThanOrEqual(72);
        if (report.settlement) expect(settlements.has(report.settlement), report.settlement).toBe(true);
        // A place typed that is not a seeded settlement still lands in a real region; a reporter may also name no place.
        if (report.settlementText) expect(report.regionCode, report.settlementText).toBeDefined();
        if (report.regionCode) expect(regions.has(report.regionCode), report.regionCode).toBe(true);
      }
      // Every rumour belongs to a region, so it is in some regional moderator's scope.
      expect(rumor.reports.some((report) => report.settlement || report.regionCode), rumor.claim).toBe(true);
      for (const ev of rumor.evidence ?? []) expect(sources.has(ev.source), ev.source).toBe(true);
      expect(rumor.status === 'PUBLISHED').toBe(Boolean(rumor.notice));
      if (!rumor.notice) continue;
      for (const language of LANGUAGES) {
        const t = rumor.notice.translations[language];
        expect(t.title.length, `${rumor.notice.slug} ${language} title`).toBeLessThanOrEqual(120);
        expect(t.summary.length, `${rumor.notice.slug} ${language} summary`).toBeLessThanOrEqual(280);
        expect(t.smsText.length, `${rumor.notice.slug} ${language} sms`).toBeLessThanOrEqual(SMS_LIMIT[language]);
        expect(t.body.startsWith(DEMO_MARKER[language])).toBe(true);
        expect(t.smsText).toMatch(/^(DEMO|ДЕМО)\./);
        if (language === 'kk') expect(t.body).toMatch(/[әғқңөұүі]/);
      }
    }
  });
});

async function countRows(db: Db) {
  const [regions, settlements, aliases, sources, users, rumors, reports, notices, translations, evidence, drafts, riskTerms, settings] =
    await Promise.all([
      db.region.count(), db.settlement.count(), db.settlementAlias.count(), db.source.count(), db.user.count(),
      db.rumor.count(), db.report.count(), db.notice.count(), db.noticeTranslation.count(), db.evidence.count(),
      db.verdictDraft.count(), db.riskTerm.count(), db.setting.count(),
    ]);
  return { regions, settlements, aliases, sources, users, rumors, reports, notices, translations, evidence, drafts, riskTerms, settings };
}

describe('seedDatabase', () => {
  const t = setupTestDatabase(); // migrated and already seeded with { demo: false }

  it('does nothing more on a database that already has the reference data', async () => {
    const before = await countRows(t.db);
    expect(before).toMatchObject({ regions: 20, users: 0, rumors: 0, sources: 0 });
    expect(before.settlements).toBe(settlementSeeds.length);
    expect(await seedDatabase(t.db, { demo: false })).toEqual({ seededNow: false, staff: [] });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('creates demo staff and content once, and a second run changes nothing', async () => {
    // Admins' choices must survive re-seeding.
    await t.db.region.update({ where: { code: 'KZ-47' }, data: { riskLevel: 2, requiresApproval: true } });

    const first = await seedDatabase(t.db, { demo: true, passwords: { 'admin@raspa.demo': 'given-admin-password' } });
    expect(first.seededNow).toBe(true);
    expect(first.staff.map((s) => s.email)).toEqual([
      'admin@raspa.demo', 'moderator.mangystau@raspa.demo', 'moderator.turkistan@raspa.demo', 'verifier@raspa.demo', 'hotline@raspa.demo',
    ]);
    expect(first.staff[0]?.password).toBe('given-admin-password');
    const verifier = first.staff[3]!;
    const verifierRow = await t.db.user.findUniqueOrThrow({ where: { email: verifier.email } });
    expect(await verifyPassword(verifierRow.passwordHash!, verifier.password)).toBe(true);
    expect(verifierRow.regionCodes).toEqual(['KZ-47', 'KZ-61']);

    const afterFirst = await countRows(t.db);
    expect(afterFirst.rumors).toBe(demoRumors.length);
    expect(afterFirst.notices).toBeGreaterThanOrEqual(4);
    expect(afterFirst.translations).toBe(afterFirst.notices * 3);
    // Demo rumours are flagged as intake flags them: by the risk terms their reports name, words a
    // moderator reads on the rumour page ("изнасиловали"), never ids ("foreign_fighters").
    const terms = new Set((await t.db.riskTerm.findMany({ select: { term: true } })).map((r) => r.term));
    const demoFlags = await t.db.rumor.findMany({ where: { isDemo: true }, select: { claim: true, riskFlags: true } });
    expect(demoFlags.flatMap((r) => r.riskFlags).filter((flag) => !terms.has(flag))).toEqual([]);
    expect(demoFlags.find((r) => r.claim.includes('Сейфуллина'))?.riskFlags).toEqual(expect.arrayContaining(['изнасиловали', 'собираются']));

    // Every start seeds again: it must change nothing (its time is measured by bench/seed-and-images.ts).
    expect(await seedDatabase(t.db, { demo: true })).toEqual({ seededNow: false, staff: [] });
    expect(await countRows(t.db)).toEqual(afterFirst);
    expect(await t.db.region.findUniqueOrThrow({ where: { code: 'KZ-47' } })).toMatchObject({ riskLevel: 2, requiresApproval: true });
  }, 90_000); // seeds everything twice: minutes on a loaded 2-core machine

  it('renames a demo source a running deployment holds under its former English name, keeping its row and evidence', async () => {
    const seed = sourceSeeds.find((s) => s.key === 'prosecutorGeneral')!;
    const row = await t.db.source.findFirstOrThrow({ where: { name: seed.name }, select: { id: true, _count: { select: { evidence: true } } } });
    expect(row._count.evidence).toBeGreaterThan(0);
    await t.db.source.update({ where: { id: row.id }, data: { name: seed.formerNames[0]!, reliabilityNote: 'Authoritative on criminal cases. Demonstration source.' } });
    const before = await countRows(t.db);

    await seedDatabase(t.db, { demo: true });
    expect(await t.db.source.findUniqueOrThrow({ where: { id: row.id }, select: { name: true, reliabilityNote: true, _count: { select: { evidence: true } } } }))
      .toEqual({ name: seed.name, reliabilityNote: seed.reliabilityNote, _count: { evidence: row._count.evidence } });
    expect(await countRows(t.db)).toEqual(before);
  }, 60_000);

  it('brings a newer release\'s lexicon terms to a running deployment, and never back a term an admin removed', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const seeded = await t.db.conceptTerm.findMany({ orderBy: { id: 'asc' }, take: 2, select: { id: true, conceptId: true, language: true, term: true } });
    const [removedByAdmin, newInRelease] = seeded as [(typeof seeded)[number], (typeof seeded)[number]];
    await removeConceptTerm(t.db, asActor(admin), { id: removedByAdmin.id });
    // A term the deployment never had: as if this release's seed added it.
    await t.db.conceptTerm.delete({ where: { id: newInRelease.id } });
    const revision = (await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;

    await seedDatabase(t.db, { demo: false });
    const terms = async (term: { conceptId: string; language: Language; term: string }) =>
      t.db.conceptTerm.count({ where: { conceptId: term.conceptId, language: term.language, term: term.term } });
    expect(await terms(newInRelease)).toBe(1);
    expect(await terms(removedByAdmin)).toBe(0);
    // Every process reloads the lexicon it caches.
    expect((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBeGreaterThan(revision);
    // And the next start has nothing more to do.
    const before = await t.db.conceptTerm.count();
    await seedDatabase(t.db, { demo: false });
    expect(await t.db.conceptTerm.count()).toBe(before);
  });

  it('re-reads every stored key once when a release reads text differently, and not on the next start', async () => {
    const revision = async () => t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 }, select: { revision: true, readingFingerprint: true } });
    const current = await revision();
    expect(current.readingFingerprint).toMatch(/^[\w-]{43}$/);
    // As an earlier release left it: its code read the fixed texts differently (or recorded nothing).
    for (const older of ['an earlier release', null]) {
      await t.db.lexiconRevision.update({ where: { id: 1 }, data: { readingFingerprint: older } });
      const before = (await revision()).revision;
      await seedDatabase(t.db, { demo: false });
      expect(await revision()).toEqual({ revision: before + 1, readingFingerprint: current.readingFingerprint });
      await seedDatabase(t.db, { demo: false });
      expect((await revision()).revision).toBe(before + 1);
    }
  }, 120_000); // four starts, each reading the lexicon: a minute on a loaded 2-core machine

  it('fills in the districts of a deployment seeded before districts existed, once', async () => {
    // As the migration leaves an older deployment: every district empty.
    await t.db.settlement.updateMany({ data: { districtKk: null, districtRu: null, districtEn: null } });
    await seedDatabase(t.db, { demo: false });
    const settlements = await t.db.settlement.findMany({ select: { regionCode: true, nameEn: true, districtKk: true, districtRu: true, districtEn: true } });
    const byKey = new Map(settlements.map((s) => [`${s.regionCode}|${s.nameEn}`, s]));
    for (const seed of settlementSeeds) {
      expect(byKey.get(`${seed.regionCode}|${seed.nameEn}`), seed.nameEn).toMatchObject({ districtKk: seed.district!.nameKk, districtRu: seed.district!.nameRu, districtEn: seed.district!.nameEn });
    }
    expect(byKey.get('KZ-19|Shelek')).toMatchObject({ districtEn: 'Enbekshikazakh District' });
    // The next start rewrites no settlement (an UPDATE would give its row a new xmin).
    const rowVersions = () => t.db.$queryRaw<{ id: string; xmin: string }[]>`SELECT id::text, xmin::text FROM "Settlement" ORDER BY id`;
    const before = await rowVersions();
    await seedDatabase(t.db, { demo: false });
    expect(await rowVersions()).toEqual(before);
  });

  it('deletes seeded terms a newer release retired from a running deployment, and every new member with it reaches the matcher', async () => {
    // As a deployment seeded by an earlier release has them.
    const [retired] = retiredConceptTerms;
    await t.db.conceptTerm.create({ data: { conceptId: retired!.conceptId, language: retired!.language, term: retired!.term } });
    // And without a word this release added (here: an imam, in every language).
    await t.db.conceptTerm.deleteMany({ where: { conceptId: 'muslim', term: { in: ['имам', 'imam'] } } });
    clearLexiconCache();
    const before = await loadLexicon(t.db);
    expect(extractConcepts(normalizeReportText('имам айтты'), before).tokens.has('faith:muslim')).toBe(false);

    await seedDatabase(t.db, { demo: false });
    expect(await t.db.conceptTerm.count({ where: { conceptId: retired!.conceptId, language: retired!.language, term: retired!.term } })).toBe(0);
    clearLexiconCache();
    const after = await loadLexicon(t.db);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(extractConcepts(normalizeReportText('халықты алдап жатыр'), after).tokens.has('brand:halyk')).toBe(false);
    expect(extractConcepts(normalizeReportText('Халық банкі жабылады'), after).tokens.has('brand:halyk')).toBe(true);
    expect(extractConcepts(normalizeReportText('имам айтты'), after).tokens.has('faith:muslim')).toBe(true);
  });

  it('deletes seeded aliases a newer release retired from a running deployment, keeps an admin\'s, and re-reads stored keys', async () => {
    const kosshy = await t.db.settlement.findFirstOrThrow({ where: { regionCode: 'KZ-11', nameEn: 'Kosshy' }, select: { id: true } });
    // As a deployment seeded before session 32 has it, and an alias an admin added since.
    await t.db.settlementAlias.createMany({ data: [{ settlementId: kosshy.id, alias: 'Kosshi', matchKey: toMatchKey('Kosshi') }, { settlementId: kosshy.id, alias: 'Qosshy town', matchKey: toMatchKey('Qosshy town') }] });
    clearPlaceCache();
    const migrationOffice = normalizeReportText('Көші-қон қызметі құжат қабылдамайды');
    expect(placesInText(migrationOffice, (await loadPlaceIndex(t.db)).keys).settlementIds.has(kosshy.id)).toBe(true);
    const before = await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 }, select: { revision: true } });

    await seedDatabase(t.db, { demo: false });
    const aliases = (await t.db.settlementAlias.findMany({ where: { settlementId: kosshy.id }, select: { alias: true } })).map((a) => a.alias);
    expect(aliases).not.toContain('Kosshi');
    expect(aliases).toEqual(expect.arrayContaining(['Qosshy town', 'Қосшы', 'Kosshy']));
    clearPlaceCache();
    expect(placesInText(migrationOffice, (await loadPlaceIndex(t.db)).keys).settlementIds.has(kosshy.id)).toBe(false);
    expect((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 }, select: { revision: true } })).revision).toBe(before.revision + 1);
    // The next start has nothing more to delete.
    await seedDatabase(t.db, { demo: false });
    expect((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 }, select: { revision: true } })).revision).toBe(before.revision + 1);
  });

  it('keeps rumour counters consistent with their reports and never stores contacts', async () => {
    const rumors = await t.db.rumor.findMany({
      include: { reports: true, notices: { include: { versions: { include: { translations: true } } } }, evidence: true, verdictDrafts: true },
    });
    for (const rumor of rumors) {
      expect(rumor.isDemo).toBe(true);
      // Marked as demo in the claim's own script, never with a stray English tag in Cyrillic text.
      expect(rumor.claim).toMatch(/ \(демо\)$/);
      expect(rumor.claim).not.toMatch(/\[demo\]|^(Утверждение|Мәлімдеме): /);
      for (const report of rumor.reports) {
        const [, said = '', mark] = /^(.*) \((демо|demo)\)$/su.exec(report.text) ?? [];
        const letters = (script: RegExp) => (said.match(script) ?? []).length;
        expect(mark, report.text).toBe(letters(/\p{Script=Cyrillic}/gu) >= letters(/\p{Script=Latin}/gu) ? 'демо' : 'demo');
      }
      expect(rumor.sightingCount).toBe(rumor.reports.length);
      expect(rumor.firstSeenAt.getTime()).toBe(Math.min(...rumor.reports.map((r) => r.receivedAt.getTime())));
      for (const report of rumor.reports) {
        expect(report.contactCipher).toBeNull();
        expect(report.heardAt.getTime()).toBeLessThanOrEqual(report.receivedAt.getTime());
      }
      if (rumor.status !== 'PUBLISHED') continue;
      const notice = rumor.notices[0]!;
      expect(notice).toMatchObject({ status: 'PUBLISHED', currentVersion: 1, isDemo: true });
      expect(notice.versions[0]?.translations.map((tr) => tr.language).sort()).toEqual(['en', 'kk', 'ru']);
      expect(rumor.evidence.some((e) => e.isPublic)).toBe(true);
      expect(rumor.verdictDrafts.some((d) => d.status === 'APPROVED' && d.verdict === notice.verdict)).toBe(true);
    }
  });
});
