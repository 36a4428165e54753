// The notices of one rumour for its admin page: the interim and final notices with their state,
// and whether a final notice can be written yet (an approved verdict).
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { approvedVerdict } from './notice-authoring';
import { rumorNoticesInput, type RumorNoticesInput } from './schema';

export async function listRumorNotices(db: Db, actor: Actor, rawInput: RumorNoticesInput) {
  const input = rumorNoticesInput.parse(rawInput);
  const rumor = await db.rumor.findUnique({ where: { id: input.rumorId }, select: { id: true, status: true, regionCodes: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const [notices, verdict] = await Promise.all([
    db.notice.findMany({
      where: { rumorId: rumor.id },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        slug: true,
        verdict: true,
        status: true,
        urgency: true,
        currentVersion: true,
        firstPublishedAt: true,
        lastPublishedAt: true,
        withdrawnAt: true,
        supersededById: true,
        versions: { where: { publishedAt: null }, select: { version: true } },
      },
    }),
    approvedVerdict(db, rumor.id),
  ]);
  const list = notices.map(({ versions, ...n }) => ({ ...n, pendingVersion: versions[0]?.version ?? null, isInterim: n.verdict === 'CHECKING' }));
  const activeFinal = list.find((n) => !n.isInterim && n.status !== 'WITHDRAWN') ?? null;
  return {
    rumorStatus: rumor.status,
    approvedVerdict: verdict,
    notices: list,
    /** The final notice being written or published, if any. */
    activeFinalNoticeId: activeFinal?.id ?? null,
    /** A final notice can be started: the verdict is approved and none is under way. */
    canWriteFinal: verdict !== null && activeFinal === null && ['INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'].includes(rumor.status),
  };
}
