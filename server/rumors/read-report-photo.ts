// A photo attached to a report, for staff who work on the report's rumour. Served by the
// admin photo route to moderators and admins only; never public (photos may show faces or places
// that identify a reporter).
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';

export async function readReportPhoto(db: Db, actor: Actor, rumorId: string, fileId: string) {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { mimeType: true, data: true, report: { select: { rumorId: true, rumor: { select: { regionCodes: true } } } } },
  });
  if (!file?.report?.rumor || file.report.rumorId !== rumorId || !file.mimeType.startsWith('image/')) throw notFound('Photo');
  assertCoversRegions(actor, file.report.rumor.regionCodes);
  return { mimeType: file.mimeType, data: file.data };
}
