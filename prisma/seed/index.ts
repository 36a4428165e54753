// Seeds the database on every start. Reference data (regions, settlements with aliases, default
// risk terms and settings; demo sources in demo mode) is brought up to date each time; demo staff
// and demo content are created once, on a database that has no users yet.
//
// Fast path: everything is compared in a handful of reads and nothing is written or locked when
// the database is current. Writes happen in transactions holding one advisory lock, so two
// processes starting together cannot both insert.
import type { PrismaClient, Prisma } from '../../server/db/generated/client';
import type { Role } from '../../server/db/generated/enums';
import { recordAuditEvent } from '../../server/audit/record-audit-event';
import { generatePassword, hashPassword } from '../../server/auth/password';
import { toMatchKey } from '../../server/text';
import { currentReadingFingerprint, readingFingerprintRecorded, recordReadingFingerprint } from '../../server/lexicon/reading-fingerprint';
import { conceptSeeds, retiredConceptTerms } from './concept-lexicon';
import { createDemoContent, type DemoStaffKey } from './demo-content';
import { regionSeeds } from './regions';
import { defaultSettings, riskTermSeeds } from './risk-terms';
import { retiredSettlementAliases, settlementSeeds } from './settlements';
import { sourceSeeds } from './sources';
import { LANGUAGES, type Language } from '../../server/i18n/languages';

export interface StaffLogin {
  email: string;
  password: string;
  role: Role;
  regionCodes: string[];
  name: string;
}

export interface SeedResult {
  seededNow: boolean;
  staff: StaffLogin[];
}

export interface SeedOptions {
  demo: boolean;
  /** Passwords for demo staff, by e-mail; the others get random ones. */
  passwords?: Partial<Record<string, string>>;
}

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;

/** Arbitrary constant ("Rasp" in ASCII) for pg_advisory_xact_lock. */
const SEED_LOCK_KEY = 0x52617370;
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 } as const;

interface DemoStaffSeed {
  key: DemoStaffKey;
  email: string;
  name: string;
  role: Role;
  /** Empty for the admin: admins act in every region. */
  regionCodes: string[];
  canViewContacts: boolean;
  locale: Language;
}

/**
 * Each demo account is a person with a fictional Kazakh name, which reads the same on a Kazakh, Russian
 * or English page (a name is not translated, a role label is: "Demo administrator" stood in English on
 * every Kazakh and Russian page that names who did what), marked "(демо)" as the sources are; the
 * role and regions are the account's own, shown where it matters (README lists the logins).
 */
const DEMO_STAFF: readonly DemoStaffSeed[] = [
  { key: 'admin', email: 'admin@raspa.demo', name: 'Әсел Омарова (демо)', role: 'ADMIN', regionCodes: [], canViewContacts: true, locale: 'en' },
  { key: 'mangystau', email: 'moderator.mangystau@raspa.demo', name: 'Ерлан Жақсылықов (демо)', role: 'MODERATOR', regionCodes: ['KZ-47'], canViewContacts: false, locale: 'ru' },
  { key: 'turkistan', email: 'moderator.turkistan@raspa.demo', name: 'Гүлнұр Әбдірахманова (демо)', role: 'MODERATOR', regionCodes: ['KZ-61'], canViewContacts: false, locale: 'ru' },
  { key: 'verifier', email: 'verifier@raspa.demo', name: 'Бауыржан Қасымов (демо)', role: 'VERIFIER', regionCodes: ['KZ-47', 'KZ-61'], canViewContacts: false, locale: 'kk' },
  { key: 'hotline', email: 'hotline@raspa.demo', name: 'Мадина Сейітқали (демо)', role: 'PROXY', regionCodes: [], canViewContacts: false, locale: 'ru' },
];

/**
 * Idempotent: reference data (regions, settlements, sources) is upserted every time; demo staff and
 * demo content are created only when the database has no users. Passwords are random unless given.
 * Demo sources are fictional, so they are only seeded with `demo: true`.
 * `seededNow` is true when this call created the reference data or the demo content.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const reference = await seedReferenceData(prisma, options.demo);
  await seedReadingFingerprint(prisma, reference.createdRegions);
  if (!options.demo) return { seededNow: reference.createdRegions, staff: [] };

  // Most starts end here: hashing passwords costs more than this check.
  if ((await prisma.user.count()) > 0) return { seededNow: reference.createdRegions, staff: [] };

  const logins: StaffLogin[] = DEMO_STAFF.map((s) => ({
    email: s.email,
    password: options.passwords?.[s.email] ?? generatePassword(),
    role: s.role,
    regionCodes: [...s.regionCodes],
    name: s.name,
  }));
  const hashes = await Promise.all(logins.map((l) => hashPassword(l.password)));

  const created = await prisma.$transaction(async (tx) => {
    await lockSeed(tx);
    if ((await tx.user.count()) > 0) return false; // another process won the race
    await createDemoStaffAndContent(tx, hashes);
    return true;
  }, TRANSACTION_OPTIONS);

  return created ? { seededNow: true, staff: logins } : { seededNow: reference.createdRegions, staff: [] };
}

async function lockSeed(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

// ------------------------------------------------------------------------------ reference data

interface ReferenceChanges {
  regionCreates: Prisma.RegionCreateManyInput[];
  regionUpdates: { code: string; data: Prisma.RegionUpdateInput }[];
  /** New settlements with their aliases, created in two statements (one per table), not one per settlement. */
  settlementCreates: { data: Prisma.SettlementCreateManyInput; aliases: { alias: string; matchKey: string }[] }[];
  settlementUpdates: { id: string; data: Prisma.SettlementUpdateInput }[];
  aliasCreates: Prisma.SettlementAliasCreateManyInput[];
  aliasUpdates: { settlementId: string; alias: string; matchKey: string }[];
  /** Seeded aliases a newer release retired because they read other words (settlements.ts retiredSettlementAliases). */
  aliasDeletes: { settlementId: string; alias: string }[];
  riskTermCreates: Prisma.RiskTermCreateManyInput[];
  conceptCreates: Prisma.ConceptCreateManyInput[];
  conceptTermCreates: Prisma.ConceptTermCreateManyInput[];
  /** Ids of seeded terms a newer release retired because they read unrelated words. */
  conceptTermDeletes: string[];
  settingCreates: Prisma.SettingCreateManyInput[];
  sourceCreates: Prisma.SourceCreateManyInput[];
  sourceUpdates: { id: string; data: Prisma.SourceUpdateInput }[];
}

function isEmpty(changes: ReferenceChanges): boolean {
  return Object.values(changes).every((list: unknown[]) => list.length === 0);
}

async function seedReferenceData(prisma: Db, demo: boolean): Promise<{ createdRegions: boolean }> {
  const changes = await computeReferenceChanges(prisma, demo);
  if (isEmpty(changes)) return { createdRegions: false };
  return prisma.$transaction(async (tx) => {
    await lockSeed(tx);
    // Recompute under the lock: another process may have done the work meanwhile.
    const fresh = await computeReferenceChanges(tx, demo);
    await applyReferenceChanges(tx, fresh);
    return { createdRegions: fresh.regionCreates.length > 0 };
  }, TRANSACTION_OPTIONS);
}

/** A release that reads text differently re-reads the stored keys once (server/lexicon/reading-fingerprint.ts). */
async function seedReadingFingerprint(prisma: Db, newDatabase: boolean): Promise<void> {
  const fingerprint = await currentReadingFingerprint(prisma);
  if (await readingFingerprintRecorded(prisma, fingerprint)) return;
  await prisma.$transaction(async (tx) => {
    await lockSeed(tx);
    await recordReadingFingerprint(tx, fingerprint, { newDatabase });
  }, TRANSACTION_OPTIONS);
}

/** The `before` of a `lexicon.term_removed` audit event: the term as it was. */
function isRemovedTerm(before: unknown): before is { conceptId: string; language: string; term: string } {
  if (!before || typeof before !== 'object') return false;
  const { conceptId, language, term } = before as Record<string, unknown>;
  return typeof conceptId === 'string' && typeof language === 'string' && typeof term === 'string';
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function computeReferenceChanges(db: Db | Tx, demo: boolean): Promise<ReferenceChanges> {
  const [regions, settlements, riskTermCount, conceptTerms, removedConceptTerms, settings, sources] = await Promise.all([
    db.region.findMany(),
    db.settlement.findMany({ select: { id: true, regionCode: true, nameKk: true, nameRu: true, nameEn: true, districtKk: true, districtRu: true, districtEn: true, lat: true, lng: true, aliases: { select: { alias: true, matchKey: true } } } }),
    db.riskTerm.count(),
    db.conceptTerm.findMany({ select: { id: true, conceptId: true, language: true, term: true } }),
    db.auditEvent.findMany({ where: { action: 'lexicon.term_removed' }, select: { before: true } }),
    db.setting.findMany({ select: { key: true } }),
    demo ? db.source.findMany({ where: { name: { in: sourceSeeds.flatMap((s) => [s.name, ...s.formerNames]) } } }) : Promise.resolve([]),
  ]);
  const changes: ReferenceChanges = {
    regionCreates: [], regionUpdates: [], settlementCreates: [], settlementUpdates: [], aliasCreates: [],
    aliasUpdates: [], aliasDeletes: [], riskTermCreates: [], conceptCreates: [], conceptTermCreates: [], conceptTermDeletes: [], settingCreates: [], sourceCreates: [], sourceUpdates: [],
  };

  // Regions: names, centres, coordinates and borders follow the seed; riskLevel and
  // requiresApproval belong to admins and are never touched.
  const regionsByCode = new Map(regions.map((r) => [r.code, r]));
  for (const seed of regionSeeds) {
    const row = regionsByCode.get(seed.code);
    if (!row) {
      changes.regionCreates.push({ ...seed });
      continue;
    }
    const differs =
      row.kind !== seed.kind || row.nameKk !== seed.nameKk || row.nameRu !== seed.nameRu || row.nameEn !== seed.nameEn ||
      row.centerKk !== seed.centerKk || row.centerRu !== seed.centerRu || row.centerEn !== seed.centerEn ||
      row.lat !== seed.lat || row.lng !== seed.lng || !sameList(row.formerNames, seed.formerNames) ||
      !sameList(row.neighbourCodes, seed.neighbourCodes);
    if (differs) {
      const { code, ...data } = seed;
      changes.regionUpdates.push({ code, data });
    }
  }

  // Settlements and aliases. Names, coordinates and districts follow the seed, so a deployment
  // that predates districts gets them on its next start. Aliases added by admins are kept; match
  // keys are refreshed so a change to toMatchKey reaches existing rows on the next start.
  const settlementsByKey = new Map(settlements.map((s) => [`${s.regionCode}|${s.nameEn}`, s]));
  for (const seed of settlementSeeds) {
    const row = settlementsByKey.get(`${seed.regionCode}|${seed.nameEn}`);
    const lat = seed.lat ?? null;
    const lng = seed.lng ?? null;
    const district = { districtKk: seed.district?.nameKk ?? null, districtRu: seed.district?.nameRu ?? null, districtEn: seed.district?.nameEn ?? null };
    if (!row) {
      changes.settlementCreates.push({
        data: { regionCode: seed.regionCode, nameKk: seed.nameKk, nameRu: seed.nameRu, nameEn: seed.nameEn, ...district, lat, lng },
        aliases: seed.aliases.map((alias) => ({ alias, matchKey: toMatchKey(alias) })),
      });
      continue;
    }
    if (
      row.nameKk !== seed.nameKk || row.nameRu !== seed.nameRu || row.lat !== lat || row.lng !== lng ||
      row.districtKk !== district.districtKk || row.districtRu !== district.districtRu || row.districtEn !== district.districtEn
    ) {
      changes.settlementUpdates.push({ id: row.id, data: { nameKk: seed.nameKk, nameRu: seed.nameRu, ...district, lat, lng } });
    }
    const existing = new Map(row.aliases.map((a) => [a.alias, a.matchKey]));
    for (const alias of seed.aliases) {
      const matchKey = toMatchKey(alias);
      const current = existing.get(alias);
      if (current === undefined) changes.aliasCreates.push({ settlementId: row.id, alias, matchKey });
      else if (current !== matchKey) changes.aliasUpdates.push({ settlementId: row.id, alias, matchKey });
    }
  }
  // Aliases an earlier release seeded that read other words leave a running deployment too.
  for (const { regionCode, nameEn, alias } of retiredSettlementAliases) {
    const row = settlementsByKey.get(`${regionCode}|${nameEn}`);
    if (row?.aliases.some((a) => a.alias === alias)) changes.aliasDeletes.push({ settlementId: row.id, alias });
  }

  // Risk terms are a starting list: once admins have any, their list stands (deleted ones stay deleted).
  if (riskTermCount === 0) {
    changes.riskTermCreates = riskTermSeeds.map((t) => ({ ...t, matchKey: toMatchKey(t.term) }));
  }

  // The claim lexicon: seeded in full into an empty table; on later starts, what a newer release's
  // seed has and the table lacks is added (new vocabulary and contrast classes reach a running
  // deployment with the upgrade), except terms an admin removed — the audit log remembers those, so
  // an admin's removal stands; seeded terms a newer release retired are deleted. Admins' own
  // additions are never touched (Admin → Settings), unless one is word for word a retired term.
  const termKey = (t: { conceptId: string; language: string; term: string }) => `${t.conceptId}\u0000${t.language}\u0000${t.term}`;
  const present = new Set(conceptTerms.map(termKey));
  const removed = new Set(removedConceptTerms.flatMap(({ before }) => (isRemovedTerm(before) ? [termKey(before)] : [])));
  for (const c of conceptSeeds) {
    const missing = LANGUAGES.flatMap((language) => [...new Set(c[language])].map((term) => ({ conceptId: c.id, language, term }))).filter(
      (t) => !present.has(termKey(t)) && !removed.has(termKey(t)),
    );
    if (missing.length === 0) continue;
    changes.conceptCreates.push({ id: c.id, contrastClass: c.contrastClass, weight: c.weight });
    changes.conceptTermCreates.push(...missing);
  }
  // Terms an earlier release seeded that read unrelated words ("халык*" took Kazakh "халық", the
  // people, for the bank) leave a running deployment too.
  const retired = new Set(retiredConceptTerms.map(termKey));
  changes.conceptTermDeletes = conceptTerms.filter((t) => retired.has(termKey(t))).map((t) => t.id);

  const settingKeys = new Set(settings.map((s) => s.key));
  changes.settingCreates = defaultSettings
    .filter((s) => !settingKeys.has(s.key))
    .map((s) => ({ key: s.key, value: s.value as Prisma.InputJsonValue }));

  // Demo sources: name, type, regions and note follow the seed; reliability, activity and contact are
  // admins'. A row seeded under a former name (the English names before session 39) is renamed, so a
  // running demo keeps one row per source and the evidence already filed under it.
  const sourcesByName = new Map(sources.map((s) => [s.name, s]));
  if (demo) {
    for (const seed of sourceSeeds) {
      const current = sourcesByName.get(seed.name);
      const row = current ?? seed.formerNames.map((name) => sourcesByName.get(name)).find((s) => s?.isDemo);
      const data = { name: seed.name, type: seed.type, regionCodes: seed.regionCodes, reliabilityNote: seed.reliabilityNote };
      if (!row) {
        changes.sourceCreates.push({ ...data, reliability: seed.reliability, isDemo: true });
      } else if (!current || row.type !== seed.type || !sameList(row.regionCodes, seed.regionCodes) || row.reliabilityNote !== seed.reliabilityNote) {
        changes.sourceUpdates.push({ id: row.id, data });
      }
    }
  }
  return changes;
}

async function applyReferenceChanges(tx: Tx, changes: ReferenceChanges): Promise<void> {
  if (changes.regionCreates.length) await tx.region.createMany({ data: changes.regionCreates, skipDuplicates: true });
  for (const { code, data } of changes.regionUpdates) await tx.region.update({ where: { code }, data });
  if (changes.settlementCreates.length) {
    const created = await tx.settlement.createManyAndReturn({ data: changes.settlementCreates.map((c) => c.data), select: { id: true, regionCode: true, nameEn: true } });
    const idOf = new Map(created.map((s) => [`${s.regionCode}|${s.nameEn}`, s.id]));
    const aliases = changes.settlementCreates.flatMap(({ data, aliases }) => aliases.map((a) => ({ settlementId: idOf.get(`${data.regionCode}|${data.nameEn}`)!, ...a })));
    await tx.settlementAlias.createMany({ data: aliases, skipDuplicates: true });
  }
  for (const { id, data } of changes.settlementUpdates) await tx.settlement.update({ where: { id }, data });
  if (changes.aliasCreates.length) await tx.settlementAlias.createMany({ data: changes.aliasCreates, skipDuplicates: true });
  for (const { settlementId, alias, matchKey } of changes.aliasUpdates) {
    await tx.settlementAlias.update({ where: { settlementId_alias: { settlementId, alias } }, data: { matchKey } });
  }
  for (const { settlementId, alias } of changes.aliasDeletes) await tx.settlementAlias.deleteMany({ where: { settlementId, alias } });
  if (changes.riskTermCreates.length) await tx.riskTerm.createMany({ data: changes.riskTermCreates, skipDuplicates: true });
  if (changes.conceptCreates.length) {
    await tx.concept.createMany({ data: changes.conceptCreates, skipDuplicates: true });
    await tx.conceptTerm.createMany({ data: changes.conceptTermCreates, skipDuplicates: true });
  }
  if (changes.conceptTermDeletes.length) await tx.conceptTerm.deleteMany({ where: { id: { in: changes.conceptTermDeletes } } });
  // Stored keys read with a retired alias (a report "in Kosshy") are re-read, as after a lexicon change.
  if (changes.conceptCreates.length || changes.conceptTermDeletes.length || changes.aliasDeletes.length) {
    await tx.lexiconRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: { revision: { increment: 1 } } });
  }
  if (changes.settingCreates.length) await tx.setting.createMany({ data: changes.settingCreates, skipDuplicates: true });
  if (changes.sourceCreates.length) await tx.source.createMany({ data: changes.sourceCreates });
  for (const { id, data } of changes.sourceUpdates) await tx.source.update({ where: { id }, data });
}

// ---------------------------------------------------------------------- demo staff and content

async function createDemoStaffAndContent(tx: Tx, passwordHashes: readonly string[]): Promise<void> {
  const staff = {} as Record<DemoStaffKey, string>;
  for (const [i, s] of DEMO_STAFF.entries()) {
    const user = await tx.user.create({
      data: {
        email: s.email,
        name: s.name,
        passwordHash: passwordHashes[i]!,
        role: s.role,
        regionCodes: s.regionCodes,
        canViewContacts: s.canViewContacts,
        locale: s.locale,
      },
      select: { id: true },
    });
    staff[s.key] = user.id;
  }

  // Demo rumours exist without users only if someone deleted the staff by hand; do not duplicate them.
  if ((await tx.rumor.count({ where: { isDemo: true } })) > 0) return;

  const [settlements, sources] = await Promise.all([
    tx.settlement.findMany({ select: { id: true, nameEn: true, regionCode: true } }),
    tx.source.findMany({ where: { isDemo: true, name: { in: sourceSeeds.map((s) => s.name) } }, select: { id: true, name: true } }),
  ]);
  const sourceIdByName = new Map(sources.map((s) => [s.name, s.id]));
  const counts = await createDemoContent(tx, {
    now: new Date(),
    staff,
    settlements: new Map(settlements.map((s) => [s.nameEn, { id: s.id, regionCode: s.regionCode }])),
    sources: new Map(sourceSeeds.flatMap((s) => {
      const id = sourceIdByName.get(s.name);
      return id ? [[s.key, id] as const] : [];
    })),
  });

  await recordAuditEvent(tx, { actorLabel: 'system', action: 'seed.demo_loaded', entityId: 'demo-content', after: { staff: DEMO_STAFF.map((s) => s.email), ...counts } });
}
