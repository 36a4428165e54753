// Small builders for integration tests. Passwords are hashed with the real argon2id code.
import { randomUUID } from 'node:crypto';
import { indexNoticeTranslations } from '../notices/notice-search-fields';
import type { Session } from 'next-auth';
import type { Db } from '../db/client';
import type { Role, RumorStatus } from '../db/generated/enums';
import { hashPassword } from '../auth/password';
import { startStaffSession } from '../auth/staff-sessions';
import type { Actor } from '../policy';
import { normalizeReportText } from '../text';
import { LANGUAGES, type Language } from '../i18n/languages';
import { loadClaimContext, representClaim } from '../lexicon/represent-claim';
import type { RegionCode } from '../regions/codes';
import { clusterPendingReports } from '../reports/cluster-pending-reports';
import { submitReport } from '../reports/submit-report';

let counter = 0;

export async function createStaff(db: Db, role: Role, regionCodes: string[], overrides: { password?: string; canViewContacts?: boolean; nationalQueue?: boolean } = {}) {
  counter++;
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${counter}-${Date.now()}@test.raspa`,
      name: `Test ${role.toLowerCase()} ${counter}`,
      role,
      regionCodes,
      nationalQueue: overrides.nationalQueue ?? false,
      canViewContacts: overrides.canViewContacts ?? role === 'ADMIN',
      passwordHash: await hashPassword(overrides.password ?? 'correct horse battery'),
    },
  });
}

/** The acting user a use case gets, for a staff row created above. */
export function asActor(user: Awaited<ReturnType<typeof createStaff>>): Actor {
  return { id: user.id, name: user.name, role: user.role, regionCodes: user.regionCodes, nationalQueue: user.nationalQueue, canViewContacts: user.canViewContacts };
}

export async function createRumor(db: Db, claim: string, regionCodes: string[], status: RumorStatus = 'NEW') {
  const now = new Date();
  return db.rumor.create({
    data: {
      claim,
      normalizedClaim: normalizeReportText(claim),
      language: 'ru',
      status,
      regionCodes,
      firstSeenAt: now,
      lastSeenAt: now,
      sightingCount: 1,
    },
  });
}

/** A report already in a rumour (a sighting), keyed as the clustering worker keys it. */
export async function addSighting(db: Db, rumorId: string, text: string, language: Language, stored: { id?: string; receivedAt?: Date } = {}) {
  const context = await loadClaimContext(db);
  const normalizedText = normalizeReportText(text);
  const { conceptKey } = representClaim(context, { text, normalizedText, kazakh: language === 'kk' });
  return db.report.create({ data: { ...stored, clientId: randomUUID(), trackingCode: `T${++counter}${randomUUID().slice(0, 8)}`, channel: 'WEB', rumorId, text, normalizedText, language, heardAt: new Date(), conceptKey, conceptKeyRevision: context.lexicon.revision } });
}

/** A signed-in session of `user`, as next-auth hands it to the app, with its live server-side record. */
export async function sessionFor(db: Db, user: { id: string; name: string; email: string }): Promise<Session> {
  const now = new Date();
  const sessionId = await startStaffSession(db, user.id, { browser: 'Chrome', os: 'Linux', deviceType: 'desktop' }, now);
  return { user: { id: user.id, sessionId, name: user.name, email: user.email }, expires: new Date(now.getTime() + 3600_000).toISOString() };
}

/** A published notice (all three languages) on a new rumour, as the publishing workflow would leave it. */
export async function createPublishedNotice(
  db: Db,
  /** Titles in the languages the notice is published in (a Russian one at least: the rumour's claim). */
  options: { slug: string; verdict: 'FALSE' | 'TRUE' | 'MISLEADING' | 'UNVERIFIED' | 'CHECKING'; regionCodes: string[]; titles: Partial<Record<Language, string>> & { ru: string }; summary?: string },
) {
  const rumor = await createRumor(db, options.titles.ru, options.regionCodes, 'PUBLISHED');
  const now = new Date();
  const notice = await db.notice.create({
    data: {
      rumorId: rumor.id,
      slug: options.slug,
      verdict: options.verdict,
      status: 'PUBLISHED',
      regionCodes: options.regionCodes,
      currentVersion: 1,
      firstPublishedAt: now,
      lastPublishedAt: now,
      versions: {
        create: {
          version: 1,
          verdict: options.verdict,
          regionCodes: options.regionCodes,
          publishedAt: now,
          translations: {
            create: LANGUAGES.flatMap((language) => {
              const title = options.titles[language];
              return title === undefined ? [] : [{ language, title, summary: options.summary ?? title, body: title, smsText: title.slice(0, 70), searchText: normalizeReportText(`${title} ${options.summary ?? ''}`) }];
            }),
          },
        },
      },
    },
  });
  const versions = await db.noticeVersion.findMany({ where: { noticeId: notice.id }, select: { id: true } });
  await indexNoticeTranslations(db, versions.map((v) => v.id));
  return { rumor, notice };
}

/** A citizen's report sent through the API and clustered at once, as the worker would: its id. */
export async function submitAndCluster(db: Db, text: string, regionCode: RegionCode | null): Promise<string> {
  const { report } = await submitReport(db, { clientId: randomUUID(), text, regionCode: regionCode ?? undefined }, { channel: 'API', encryptionKey: Buffer.alloc(32, 4).toString('base64') });
  await clusterPendingReports(db);
  return report.id;
}
