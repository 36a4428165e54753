// One notice as the public notice page shows it: its latest published version in the reader's
// language (or the nearest other one), the regions it concerns and the evidence moderators marked
// public. Drafts do not exist for the public; withdrawn notices stay readable with their reason.
import type { Db } from '../db/client';
import type { EvidenceStance, NoticeUrgency, Verdict } from '../db/generated/enums';
import { WITHDRAWAL_REASON_SELECT, withdrawalReasonIn } from './withdrawal-reason';
import { LANGUAGES, pickTranslation, type Language } from '../i18n/languages';
import { detectLanguage } from '../text/language';

export interface PublicNoticeEvidence {
  /** Registered source's name, or the name typed for an unregistered one; null when neither is set. */
  sourceName: string | null;
  /** What the name and the excerpt are written in: staff write them once, in their language, not the notice's (the page's `lang`). */
  sourceLanguage: Language | null;
  excerpt: string;
  excerptLanguage: Language;
  stance: EvidenceStance;
  obtainedAt: Date;
}

export interface PublicNoticeVersion {
  version: number;
  publishedAt: Date;
  /** "What changed", in the moderators' words; null for the first version. */
  changeNote: string | null;
}

export interface PublicNotice {
  id: string;
  slug: string;
  verdict: Verdict;
  status: 'PUBLISHED' | 'WITHDRAWN';
  urgency: NoticeUrgency;
  isDemo: boolean;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  withdrawnAt: Date | null;
  /** Why it was withdrawn, in the requested language or the nearest one written. */
  withdrawnReason: string | null;
  version: number;
  /** "What changed" of a correction (versions after the first). */
  changeNote: string | null;
  /** Language of the text below; differs from the requested one when that has no translation. */
  language: Language;
  availableLanguages: Language[];
  title: string;
  summary: string;
  /** Markdown source. */
  body: string;
  whatToDo: string | null;
  regions: { code: string; nameKk: string; nameRu: string; nameEn: string }[];
  evidence: PublicNoticeEvidence[];
  /** When the rumour was first reported (the timeline's first entry; ClaimReview's first appearance). */
  rumorFirstSeenAt: Date;
  /** Every published version, oldest first. */
  versions: PublicNoticeVersion[];
  /** The final notice that replaced this interim one, when there is one. */
  supersededBy: { slug: string; verdict: Verdict } | null;
  /** The signed code of the version shown (server/signing); null for versions signed before signing existed. */
  verificationCode: string | null;
  /** The code of its withdrawal statement (withdrawn notices only; /verify answers "withdrawn" for it). */
  withdrawalCode: string | null;
}

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;

export async function getPublicNotice(db: Db, slug: string, language: Language): Promise<PublicNotice | null> {
  if (!SLUG_PATTERN.test(slug)) return null;
  const notice = await db.notice.findUnique({
    where: { slug },
    select: {
      id: true,
      rumorId: true,
      slug: true,
      supersededById: true,
      rumor: { select: { firstSeenAt: true } },
      verdict: true,
      status: true,
      urgency: true,
      isDemo: true,
      regionCodes: true,
      firstPublishedAt: true,
      lastPublishedAt: true,
      withdrawnAt: true,
      ...WITHDRAWAL_REASON_SELECT,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        select: {
          version: true,
          changeNote: true,
          publishedAt: true,
          translations: { select: { language: true, title: true, summary: true, body: true, whatToDo: true } },
        },
      },
    },
  });
  if (!notice || notice.status === 'DRAFT') return null;
  const version = notice.versions[0];
  const translations = version?.translations ?? [];
  const translation = pickTranslation(translations, language);
  if (!version || !translation) return null;

  const [regions, evidence, supersededBy, signatures] = await Promise.all([
    db.region.findMany({ where: { code: { in: notice.regionCodes } }, select: { code: true, nameKk: true, nameRu: true, nameEn: true } }),
    db.evidence.findMany({
      where: { rumorId: notice.rumorId, isPublic: true },
      orderBy: { obtainedAt: 'asc' },
      select: { excerpt: true, stance: true, obtainedAt: true, adHocSourceName: true, source: { select: { name: true } } },
    }),
    notice.supersededById
      ? db.notice.findFirst({ where: { id: notice.supersededById, status: 'PUBLISHED' }, select: { slug: true, verdict: true } })
      : Promise.resolve(null),
    db.noticeSignature.findMany({ where: { noticeId: notice.id, version: version.version }, orderBy: { signedAt: 'desc' }, select: { code: true, state: true } }),
  ]);
  const published = signatures.find((s) => s.state === 'PUBLISHED');
  const withdrawal = notice.status === 'WITHDRAWN' ? signatures.find((s) => s.state === 'WITHDRAWN') : undefined;
  const regionByCode = new Map(regions.map((r) => [r.code, r]));

  return {
    id: notice.id,
    slug: notice.slug,
    verdict: notice.verdict,
    status: notice.status,
    urgency: notice.urgency,
    isDemo: notice.isDemo,
    firstPublishedAt: notice.firstPublishedAt,
    lastPublishedAt: notice.lastPublishedAt,
    withdrawnAt: notice.withdrawnAt,
    withdrawnReason: notice.status === 'WITHDRAWN' ? withdrawalReasonIn(notice, language) : null,
    version: version.version,
    changeNote: version.version > 1 ? version.changeNote : null,
    language: translation.language,
    availableLanguages: LANGUAGES.filter((l) => translations.some((t) => t.language === l)),
    title: translation.title,
    summary: translation.summary,
    body: translation.body,
    whatToDo: translation.whatToDo?.trim() ? translation.whatToDo : null,
    regions: notice.regionCodes.flatMap((code) => regionByCode.get(code) ?? []),
    evidence: evidence.map((e) => {
      const sourceName = e.source?.name ?? e.adHocSourceName ?? null;
      return {
        sourceName,
        sourceLanguage: sourceName ? detectLanguage(sourceName).language : null,
        excerpt: e.excerpt,
        excerptLanguage: detectLanguage(e.excerpt).language,
        stance: e.stance,
        obtainedAt: e.obtainedAt,
      };
    }),
    rumorFirstSeenAt: notice.rumor.firstSeenAt,
    versions: notice.versions
      .map((v) => ({ version: v.version, publishedAt: v.publishedAt!, changeNote: v.version > 1 ? v.changeNote : null }))
      .reverse(),
    supersededBy,
    verificationCode: published?.code ?? null,
    withdrawalCode: withdrawal?.code ?? null,
  };
}
