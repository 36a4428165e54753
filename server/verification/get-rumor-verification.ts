import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { needsSecondApproval } from './draft-verdict';
import { detectLanguage } from '../text/language';

/** Everything the rumour page's verification panels show: evidence, field tasks, verdict drafts, and who can be asked. */
export async function getRumorVerification(db: Db, actor: Actor, rumorId: string) {
  const rumor = await db.rumor.findUnique({ where: { id: rumorId }, select: { id: true, status: true, regionCodes: true, highRisk: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const [evidence, requests, drafts, verifiers, secondApproval, interimNotice] = await Promise.all([
    db.evidence.findMany({
      where: { rumorId },
      orderBy: { obtainedAt: 'desc' },
      select: {
        id: true,
        excerpt: true,
        url: true,
        stance: true,
        obtainedAt: true,
        isPublic: true,
        adHocSourceName: true,
        verificationRequestId: true,
        source: { select: { id: true, name: true, type: true, reliability: true } },
        createdBy: { select: { name: true } },
        files: { orderBy: { createdAt: 'asc' }, select: { id: true, mimeType: true, byteSize: true } },
      },
    }),
    db.verificationRequest.findMany({
      where: { rumorId },
      orderBy: { createdAt: 'desc' },
      select: { id: true, question: true, dueAt: true, status: true, answer: true, answerNote: true, answeredAt: true, answerCorrectedAt: true, answerLat: true, answerLng: true, assignee: { select: { id: true, name: true } }, requestedBy: { select: { name: true } } },
    }),
    db.verdictDraft.findMany({
      where: { rumorId },
      orderBy: { createdAt: 'desc' },
      select: { id: true, verdict: true, rationale: true, status: true, reviewComment: true, createdAt: true, reviewedAt: true, draftedBy: { select: { id: true, name: true } }, reviewedBy: { select: { id: true, name: true } } },
    }),
    db.user.findMany({
      where: { role: 'VERIFIER', active: true, ...(rumor.regionCodes.length ? { regionCodes: { hasSome: rumor.regionCodes } } : { NOT: { regionCodes: { isEmpty: true } } }) },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, regionCodes: true },
    }),
    needsSecondApproval(db, rumor),
    db.notice.findFirst({
      where: { rumorId, verdict: 'CHECKING', status: 'DRAFT' },
      select: { id: true, slug: true, status: true, versions: { where: { version: 1 }, select: { translations: { select: { language: true, title: true, summary: true, body: true, whatToDo: true, smsText: true } } } } },
    }),
  ]);
  const now = Date.now();
  return {
    rumor: { ...rumor, needsSecondApproval: secondApproval },
    // Staff write a source's name and a quote once, in their language, not the page's: the panel marks each with lang=.
    evidence: evidence.map((e) => {
      const sourceName = e.source?.name ?? e.adHocSourceName;
      return { ...e, sourceLanguage: sourceName ? detectLanguage(sourceName).language : null, excerptLanguage: detectLanguage(e.excerpt).language };
    }),
    requests: requests.map((r) => ({ ...r, overdue: r.status === 'OPEN' && r.dueAt.getTime() < now })),
    drafts: drafts.map((d) => ({ ...d, canReview: d.status === 'AWAITING_APPROVAL' && d.draftedBy.id !== actor.id })),
    verifiers,
    interimNotice: interimNotice ? { id: interimNotice.id, slug: interimNotice.slug, status: interimNotice.status, translations: interimNotice.versions[0]?.translations ?? [] } : null,
  };
}
