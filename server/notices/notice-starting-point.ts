// What a rumour's first notice starts from, so the moderator edits rather than retypes: a title in
// each language the rumour was reported in (its claim in its own language, otherwise one of its
// reports in that language), and, for the body, the approved verdict's rationale with the public
// evidence that decided it. Every piece is a suggestion the editor marks as such; nothing is saved
// until the moderator saves. Non-public evidence is never offered (its source may be at risk).
import type { DbTx } from '../db/client';
import type { EvidenceStance } from '../db/generated/enums';
import { formatDate } from '../i18n/format';
import { LANGUAGES, type Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX, verdictWordInTitle, type FinalVerdict } from './schema';

export type TitleSource = 'claim' | 'report';

export interface NoticeStartingPoint {
  titles: Partial<Record<Language, { text: string; from: TitleSource }>>;
  /** The body's offered starting text in each language (the rationale is as the drafter wrote it). */
  body: Record<Language, string> | null;
  /** Evidence pieces the starting body names, and those left out because they are not public. */
  evidenceUsed: number;
  evidenceHidden: number;
}

/** Reports read to find a title: enough to find a clean sentence without reading a viral rumour's thousands. */
const REPORTS_READ = 50;
const TITLE_MIN = 12;

/**
 * A report's text as a title: its first sentence (or line), whitespace collapsed, cut at a word to
 * fit the title's limit. Null when too little is left to be a title.
 */
export function titleFromReport(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = flat.split(/(?<=[.!?…])\s|\n/u)[0]?.trim() ?? '';
  let title = sentence.replace(/[.…\s]+$/u, '');
  if (title.length > NOTICE_TITLE_MAX) {
    const cut = title.slice(0, NOTICE_TITLE_MAX - 1);
    title = `${cut.slice(0, cut.lastIndexOf(' ') > TITLE_MIN ? cut.lastIndexOf(' ') : cut.length).trim()}…`;
  }
  return title.length >= TITLE_MIN ? title : null;
}

/** Among reports (oldest first), the first that makes a clean title — one not stating the verdict. */
export function pickReportTitle(texts: readonly string[], verdict: FinalVerdict, language: Language): string | null {
  const titles = texts.map(titleFromReport).filter((title): title is string => title !== null);
  return titles.find((title) => !verdictWordInTitle(title, verdict, language)) ?? null;
}

/** Which evidence speaks for the verdict: what refutes a false claim, what supports a true one. */
function stancesFor(verdict: FinalVerdict): EvidenceStance[] {
  if (verdict === 'TRUE') return ['SUPPORTS'];
  if (verdict === 'UNVERIFIED') return ['REFUTES', 'SUPPORTS', 'CONTEXT'];
  return ['REFUTES'];
}

export async function noticeStartingPoint(
  tx: DbTx,
  rumor: { id: string; claim: string; language: Language },
  verdict: FinalVerdict,
): Promise<NoticeStartingPoint> {
  const otherLanguages = LANGUAGES.filter((language) => language !== rumor.language);
  const [reportTexts, draft, evidence] = await Promise.all([
    Promise.all(
      otherLanguages.map((language) =>
        tx.report.findMany({
          where: { rumorId: rumor.id, language },
          // Kazakh titles are written in Cyrillic: Cyrillic reports first, Latin ones after.
          orderBy: [{ script: 'asc' }, { receivedAt: 'asc' }],
          take: REPORTS_READ,
          select: { text: true },
        }),
      ),
    ),
    tx.verdictDraft.findFirst({ where: { rumorId: rumor.id, status: 'APPROVED' }, orderBy: { createdAt: 'desc' }, select: { rationale: true } }),
    tx.evidence.findMany({
      where: { rumorId: rumor.id, stance: { in: stancesFor(verdict) } },
      orderBy: { obtainedAt: 'asc' },
      select: { excerpt: true, url: true, obtainedAt: true, isPublic: true, adHocSourceName: true, source: { select: { name: true } } },
    }),
  ]);

  const titles: NoticeStartingPoint['titles'] = { [rumor.language]: { text: rumor.claim.replace(/\s+/g, ' ').trim().slice(0, NOTICE_TITLE_MAX), from: 'claim' } };
  otherLanguages.forEach((language, index) => {
    const title = pickReportTitle(reportTexts[index]!.map((report) => report.text), verdict, language);
    if (title) titles[language] = { text: title, from: 'report' };
  });

  const shown = evidence.filter((piece) => piece.isPublic);
  const rationale = draft?.rationale.trim() ?? '';
  const body =
    rationale || shown.length > 0
      ? (Object.fromEntries(LANGUAGES.map((language) => [language, startingBody(language, rationale, shown)])) as Record<Language, string>)
      : null;
  return { titles, body, evidenceUsed: shown.length, evidenceHidden: evidence.length - shown.length };
}

function startingBody(
  language: Language,
  rationale: string,
  evidence: { excerpt: string; url: string | null; obtainedAt: Date; adHocSourceName: string | null; source: { name: string } | null }[],
): string {
  const t = translatorFor(language, 'noticeEditor');
  const lines = evidence.map((piece) => {
    const source = piece.source?.name ?? piece.adHocSourceName ?? t('start.unnamedSource');
    const excerpt = piece.excerpt.replace(/\s+/g, ' ').trim();
    return `- ${t('start.evidenceLine', { source, date: formatDate(language, piece.obtainedAt), excerpt })}${piece.url ? ` ${piece.url}` : ''}`;
  });
  const parts = [rationale, lines.length > 0 ? `**${t('start.evidenceHeading')}**\n\n${lines.join('\n')}` : ''].filter(Boolean);
  return parts.join('\n\n').slice(0, NOTICE_BODY_MAX);
}
