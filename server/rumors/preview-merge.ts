// What a merge would move, before it happens: reports (sightings), evidence, open verification
// requests, regions the target would gain and the languages it would then hold. Nothing changes.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { mergeInput } from './schema';

export async function previewMerge(db: Db, actor: Actor, rawInput: { targetId: string; sourceIds: string[] }) {
  const input = mergeInput.parse(rawInput);
  const ids = [input.targetId, ...new Set(input.sourceIds.filter((s) => s !== input.targetId))];
  const rumors = await db.rumor.findMany({ where: { id: { in: ids } }, select: { id: true, claim: true, status: true, regionCodes: true, sightingCount: true } });
  if (rumors.length !== ids.length) throw notFound('Rumour');
  for (const rumor of rumors) assertCoversRegions(actor, rumor.regionCodes);
  const target = rumors.find((r) => r.id === input.targetId)!;
  const sourceIds = ids.slice(1);
  const [reports, evidence, requests, languages] = await Promise.all([
    db.report.groupBy({ by: ['rumorId'], where: { rumorId: { in: sourceIds } }, _count: { _all: true } }),
    db.evidence.count({ where: { rumorId: { in: sourceIds } } }),
    db.verificationRequest.count({ where: { rumorId: { in: sourceIds }, status: 'OPEN' } }),
    db.report.groupBy({ by: ['rumorId', 'language', 'script'], where: { rumorId: { in: ids } } }),
  ]);
  const regionsAfter = [...new Set(rumors.flatMap((r) => r.regionCodes))].sort();
  const tag = (l: { language: string; script: string }) => `${l.language}-${l.script}`;
  return {
    target: { id: target.id, claim: target.claim, regionCodes: target.regionCodes, sightingCount: target.sightingCount, languages: [...new Set(languages.filter((l) => l.rumorId === target.id).map(tag))].sort() },
    sources: sourceIds.map((id) => {
      const rumor = rumors.find((r) => r.id === id)!;
      return {
        id,
        claim: rumor.claim,
        status: rumor.status,
        reports: reports.find((r) => r.rumorId === id)?._count._all ?? 0,
        sightingCount: rumor.sightingCount,
        regionCodes: rumor.regionCodes,
        languages: [...new Set(languages.filter((l) => l.rumorId === id).map(tag))].sort(),
      };
    }),
    reportsMoving: reports.reduce((sum, r) => sum + r._count._all, 0),
    evidenceMoving: evidence,
    openRequestsMoving: requests,
    regionsAdded: regionsAfter.filter((code) => !target.regionCodes.includes(code)),
    regionsAfter,
    languagesAfter: [...new Set(languages.map(tag))].sort(),
  };
}
