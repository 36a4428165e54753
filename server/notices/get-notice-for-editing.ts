// What the notice editor shows: the notice (or, for a rumour's first notice, a draft whose titles
// are suggested from the rumour's claim and reports — see notice-starting-point.ts), the texts of its pending version as form values, every version with its
// "what changed" line, and the regions to choose from.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { approvedVerdict, pendingVersion } from './notice-authoring';
import { findActiveFinalNotice } from './save-notice-draft';
import { withdrawalReasons } from './withdrawal-reason';
import { NOTICE_HEAD_SELECT, NOTICE_LIFECYCLE_SELECT } from './notice-select';
import { getNoticeForEditingInput, type FinalVerdict, type GetNoticeForEditingInput, type NoticeDraftFormValues } from './schema';
import { LANGUAGES, type Language } from '../i18n/languages';
import { noticeStartingPoint } from './notice-starting-point';

type Texts = NoticeDraftFormValues['translations'];
const EMPTY = { title: '', summary: '', body: '', whatToDo: '', smsText: '' };

function textsOf(rows: { language: Language; title: string; summary: string; body: string; whatToDo: string | null; smsText: string }[]): Texts {
  const byLanguage = (language: Language) => {
    const row = rows.find((r) => r.language === language);
    return row ? { title: row.title, summary: row.summary, body: row.body, whatToDo: row.whatToDo ?? '', smsText: row.smsText } : { ...EMPTY };
  };
  return { kk: byLanguage('kk'), ru: byLanguage('ru'), en: byLanguage('en') };
}

export async function getNoticeForEditing(db: Db, actor: Actor, rawInput: GetNoticeForEditingInput) {
  const input = getNoticeForEditingInput.parse(rawInput);
  let noticeId = 'noticeId' in input ? input.noticeId : null;
  const rumorId = 'rumorId' in input ? input.rumorId : (await db.notice.findUnique({ where: { id: noticeId! }, select: { rumorId: true } }))?.rumorId;
  if (!rumorId) throw notFound('Notice');
  const rumor = await db.rumor.findUnique({ where: { id: rumorId }, select: { id: true, claim: true, language: true, status: true, regionCodes: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  noticeId ??= (await findActiveFinalNotice(db, rumor.id))?.id ?? null;

  const [regions, verdict] = await Promise.all([
    db.region.findMany({ orderBy: { code: 'asc' }, select: { code: true, nameKk: true, nameRu: true, nameEn: true } }),
    approvedVerdict(db, rumor.id),
  ]);

  if (!noticeId) {
    // The rumour's first notice, not saved yet: titles suggested from the claim and the reports.
    const startingPoint = verdict ? await noticeStartingPoint(db, rumor, verdict) : null;
    const translations: Texts = { kk: { ...EMPTY }, ru: { ...EMPTY }, en: { ...EMPTY } };
    for (const language of LANGUAGES) translations[language].title = startingPoint?.titles[language]?.text ?? '';
    return {
      startingPoint,
      rumor,
      regions,
      approvedVerdict: verdict,
      notice: null,
      versions: [],
      pendingVersion: null as number | null,
      formValues: verdict ? ({ rumorId: rumor.id, verdict, urgency: 'NORMAL', regionCodes: rumor.regionCodes, changeNote: '', translations } satisfies NoticeDraftFormValues) : null,
      published: null as Texts | null,
    };
  }

  const notice = await db.notice.findUnique({
    where: { id: noticeId },
    select: {
      ...NOTICE_HEAD_SELECT,
      ...NOTICE_LIFECYCLE_SELECT,
      versions: {
        orderBy: { version: 'desc' },
        select: {
          id: true,
          version: true,
          verdict: true,
          changeNote: true,
          publishedAt: true,
          regionCodes: true,
          urgency: true,
          publishedBy: { select: { name: true } },
          translations: { select: { language: true, title: true, summary: true, body: true, whatToDo: true, smsText: true } },
        },
      },
    },
  });
  if (!notice || notice.rumorId !== rumor.id) throw notFound('Notice');
  const pending = pendingVersion(notice);
  const current = notice.versions.find((v) => v.version === notice.currentVersion && v.publishedAt);
  const pendingRow = pending ? notice.versions.find((v) => v.id === pending.id)! : null;
  // A first draft saved before its body was written still gets the body's starting point offered.
  const startingPoint = pendingRow && notice.currentVersion === 0 && notice.verdict !== 'CHECKING' ? await noticeStartingPoint(db, rumor, pendingRow.verdict as FinalVerdict) : null;
  return {
    startingPoint,
    rumor,
    regions,
    approvedVerdict: verdict,
    notice: {
      id: notice.id,
      slug: notice.slug,
      verdict: notice.verdict,
      status: notice.status,
      urgency: notice.urgency,
      regionCodes: notice.regionCodes,
      currentVersion: notice.currentVersion,
      firstPublishedAt: notice.firstPublishedAt,
      lastPublishedAt: notice.lastPublishedAt,
      withdrawnAt: notice.withdrawnAt,
      withdrawnReasons: withdrawalReasons(notice),
      supersededById: notice.supersededById,
    },
    versions: notice.versions.map((v) => ({
      version: v.version,
      verdict: v.verdict,
      changeNote: v.changeNote,
      publishedAt: v.publishedAt,
      publishedBy: v.publishedBy?.name ?? null,
      regionCodes: v.regionCodes,
      urgency: v.urgency,
      languages: LANGUAGES.filter((l) => v.translations.some((t) => t.language === l)),
    })),
    pendingVersion: pendingRow?.version ?? null,
    formValues:
      pendingRow && notice.verdict !== 'CHECKING'
        ? ({
            rumorId: rumor.id,
            noticeId: notice.id,
            verdict: pendingRow.verdict as FinalVerdict,
            // The draft's own targeting; the notice's is the live version's.
            urgency: pendingRow.urgency,
            regionCodes: pendingRow.regionCodes,
            changeNote: pendingRow.changeNote ?? '',
            translations: textsOf(pendingRow.translations),
          } satisfies NoticeDraftFormValues)
        : null,
    published: current ? textsOf(current.translations) : null,
  };
}

export type NoticeForEditing = Awaited<ReturnType<typeof getNoticeForEditing>>;
